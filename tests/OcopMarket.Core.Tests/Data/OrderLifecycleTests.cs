using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;

namespace OcopMarket.Core.Tests.Data;

/// <summary>Cancellation, fulfilment steps, payments, refunds and expiry on a real SQLite file.</summary>
public sealed class OrderLifecycleTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestShop _shop;

    public OrderLifecycleTests() => _shop = new TestShop(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Cancelling_an_order_returns_its_stock_once_even_when_two_people_cancel_at_once()
    {
        var (honey, tea) = await _shop.TwoProducersAsync();
        var order = await _shop.PlaceAsync(TestShop.Cod, (honey.Id, 2), (tea.Id, 3));
        Assert.Equal(3, await _shop.StockAsync(honey.Id));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var db = _database.NewDb();
            return await _shop.Cancellation(db).CancelOrderAsync(order.Id, "Khách đổi ý", 7);
        }));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(5, await _shop.StockAsync(honey.Id));
        Assert.Equal(10, await _shop.StockAsync(tea.Id));
        var loaded = await _shop.LoadAsync(order.Id);
        Assert.Equal(OrderStatus.Cancelled, loaded.Status);
        Assert.Equal("Khách đổi ý", loaded.CancelReason);
        Assert.All(loaded.Shipments, s => Assert.Equal(ShipmentStatus.Cancelled, s.Status));
        await using var check = _database.NewDb();
        Assert.Equal(1, await check.OrderEvents.CountAsync(e => e.OrderId == order.Id && e.Kind == "cancelled"));
    }

    [Fact]
    public async Task A_producer_cancelling_its_parcel_leaves_the_other_parcel_and_the_order_open()
    {
        var (honey, tea) = await _shop.TwoProducersAsync();
        var order = await _shop.PlaceAsync(TestShop.Cod, (honey.Id, 1), (tea.Id, 1));
        var honeyParcel = (await _shop.LoadAsync(order.Id)).Shipments.Single(s => s.ProducerId == honey.ProducerId);

        await using var db = _database.NewDb();
        var wrongProducer = await _shop.Fulfilment(db).CancelAsync(honeyParcel.Id, tea.ProducerId, "Hết hàng", 1);
        Assert.False(wrongProducer.Succeeded);
        var result = await _shop.Fulfilment(db).CancelAsync(honeyParcel.Id, honey.ProducerId, "Hết hàng", 1);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(5, await _shop.StockAsync(honey.Id));
        Assert.Equal(9, await _shop.StockAsync(tea.Id));
        Assert.Equal(OrderStatus.Placed, (await _shop.LoadAsync(order.Id)).Status);
    }

    [Fact]
    public async Task Parcels_move_step_by_step_and_the_order_completes_when_every_live_parcel_is_delivered()
    {
        var (honey, tea) = await _shop.TwoProducersAsync();
        var order = await _shop.PlaceAsync(TestShop.Cod, (honey.Id, 1), (tea.Id, 1));
        var parcels = (await _shop.LoadAsync(order.Id)).Shipments;
        var honeyParcel = parcels.Single(s => s.ProducerId == honey.ProducerId).Id;
        var teaParcel = parcels.Single(s => s.ProducerId == tea.ProducerId).Id;
        await using var db = _database.NewDb();
        var steps = _shop.Fulfilment(db);

        Assert.False((await steps.MarkDeliveredAsync(honeyParcel, honey.ProducerId, 1)).Succeeded); // not handed over yet
        Assert.True((await steps.ConfirmAsync(honeyParcel, honey.ProducerId, 1)).Succeeded);
        Assert.False((await steps.ConfirmAsync(honeyParcel, honey.ProducerId, 1)).Succeeded); // a double click moves it once
        Assert.True((await steps.PackAsync(honeyParcel, honey.ProducerId, 1)).Succeeded);
        Assert.Equal("Enter the carrier and the tracking number.", (await steps.HandOverAsync(honeyParcel, honey.ProducerId, "GHTK", " ", 1)).Error);
        Assert.True((await steps.HandOverAsync(honeyParcel, honey.ProducerId, "GHTK", "S123456", 1)).Succeeded);
        Assert.False((await _shop.Cancellation(db).CancelOrderAsync(order.Id, "Muộn quá", 1)).Succeeded); // a parcel has left
        Assert.True((await steps.MarkDeliveredAsync(honeyParcel, honey.ProducerId, 1)).Succeeded);
        Assert.Equal(OrderStatus.Placed, (await _shop.LoadAsync(order.Id)).Status);

        Assert.True((await steps.CancelAsync(teaParcel, null, "Sản phẩm hỏng khi đóng gói", 1)).Succeeded); // the office cancels the rest
        var done = await _shop.LoadAsync(order.Id);
        Assert.Equal(OrderStatus.Completed, done.Status);
        var shipped = done.Shipments.Single(s => s.Id == honeyParcel);
        Assert.Equal(("GHTK", "S123456"), (shipped.Carrier, shipped.TrackingNumber));
        Assert.NotNull(shipped.HandedOverAt);
        Assert.NotNull(shipped.DeliveredAt);
        Assert.Equal(["placed", "shipment.confirmed", "shipment.packed", "shipment.handed_over", "shipment.delivered", "shipment.cancelled", "completed"],
            await db.OrderEvents.Where(e => e.OrderId == order.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
    }

    [Fact]
    public async Task An_unpaid_transfer_order_cannot_be_prepared_until_it_is_paid_and_the_same_payment_counts_once()
    {
        var (honey, _) = await _shop.TwoProducersAsync();
        var order = await _shop.PlaceAsync(TestShop.Transfer, (honey.Id, 1));
        var parcel = (await _shop.LoadAsync(order.Id)).Shipments.Single().Id;
        await using var db = _database.NewDb();

        Assert.Equal("The order is not paid yet; wait for the payment before preparing it.", (await _shop.Fulfilment(db).ConfirmAsync(parcel, null, 1)).Error);
        Assert.False((await _shop.Payments(db).RecordPaymentAsync(order.Id, TestShop.Transfer, "FT1", order.Total - 1)).Succeeded);
        var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var own = _database.NewDb();
            return await _shop.Payments(own).RecordPaymentAsync(order.Id, TestShop.Transfer, "FT1", order.Total, 5);
        }));
        Assert.All(twice, r => Assert.True(r.Succeeded, r.Error));

        var paid = await _shop.LoadAsync(order.Id);
        Assert.Equal(PaymentStatus.Paid, paid.PaymentStatus);
        Assert.Equal(1, await db.OrderEvents.CountAsync(e => e.OrderId == order.Id && e.Kind == "paid"));
        Assert.True((await _shop.Fulfilment(db).ConfirmAsync(parcel, null, 1)).Succeeded);
    }

    [Fact]
    public async Task Refunds_add_up_and_never_exceed_what_was_paid()
    {
        var (honey, _) = await _shop.TwoProducersAsync();
        var order = await _shop.PlaceAsync(TestShop.Transfer, (honey.Id, 1));
        await using var db = _database.NewDb();
        var payments = _shop.Payments(db);
        Assert.Equal("At most {0:N0} ₫ can be refunded.", (await payments.RecordRefundAsync(order.Id, 1, "Chưa thu tiền", null, 1)).Error);
        await payments.RecordPaymentAsync(order.Id, TestShop.Transfer, "FT9", order.Total);

        Assert.True((await payments.RecordRefundAsync(order.Id, 50_000, "Hàng móp", null, 1)).Succeeded);
        Assert.Equal(PaymentStatus.PartiallyRefunded, (await _shop.LoadAsync(order.Id)).PaymentStatus);
        Assert.False((await payments.RecordRefundAsync(order.Id, order.Total, "Quá số tiền", null, 1)).Succeeded);
        Assert.True((await payments.RecordRefundAsync(order.Id, order.Total - 50_000, "Hoàn phần còn lại", "re_1", 1)).Succeeded);
        Assert.True((await payments.RecordRefundAsync(order.Id, order.Total - 50_000, "Webhook lặp lại", "re_1", null)).Succeeded); // idempotent by reference

        var refunded = await _shop.LoadAsync(order.Id);
        Assert.Equal(PaymentStatus.Refunded, refunded.PaymentStatus);
        Assert.Equal(order.Total, refunded.RefundedTotal);
        Assert.Equal(2, await db.Refunds.CountAsync(r => r.OrderId == order.Id));
        Assert.Equal(0, await payments.RefundableAsync(order.Id));
    }

    [Fact]
    public async Task Unpaid_transfers_expire_after_their_window_and_give_the_stock_back_while_cod_orders_stay()
    {
        var (honey, tea) = await _shop.TwoProducersAsync();
        var transfer = await _shop.PlaceAsync(TestShop.Transfer, (honey.Id, 2));
        var cod = await _shop.PlaceAsync(TestShop.Cod, (tea.Id, 1));
        await using var db = _database.NewDb();

        _database.Time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await _shop.Payments(db).ExpireOverdueAsync());
        _database.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await _shop.Payments(db).ExpireOverdueAsync());
        Assert.Equal(0, await _shop.Payments(db).ExpireOverdueAsync()); // once

        var expired = await _shop.LoadAsync(transfer.Id);
        Assert.Equal((OrderStatus.Cancelled, PaymentStatus.Expired), (expired.Status, expired.PaymentStatus));
        Assert.Equal(5, await _shop.StockAsync(honey.Id));
        Assert.Equal(OrderStatus.Placed, (await _shop.LoadAsync(cod.Id)).Status);
        Assert.Equal(9, await _shop.StockAsync(tea.Id));

        // The money arrives late: it is recorded, the order stays cancelled, and staff are asked to refund it.
        Assert.True((await _shop.Payments(db).RecordPaymentAsync(transfer.Id, TestShop.Transfer, "FT-late", transfer.Total)).Succeeded);
        Assert.Equal(OrderStatus.Cancelled, (await _shop.LoadAsync(transfer.Id)).Status);
        Assert.True(await db.OrderEvents.AnyAsync(e => e.OrderId == transfer.Id && e.Kind == "paid.after_cancellation"));
        Assert.Equal(5, await _shop.StockAsync(honey.Id));
    }

    [Fact]
    public async Task Cash_collected_for_a_cod_order_marks_it_paid_with_one_paid_event()
    {
        var (honey, _) = await _shop.TwoProducersAsync();
        var order = await _shop.PlaceAsync(TestShop.Cod, (honey.Id, 1));
        await using var db = _database.NewDb();
        Assert.True((await _shop.Payments(db).RecordPaymentAsync(order.Id, TestShop.Cod, null, order.Total, 3)).Succeeded);
        Assert.Equal(PaymentStatus.Paid, (await _shop.LoadAsync(order.Id)).PaymentStatus);
        Assert.Equal(["placed", "paid"], await db.OrderEvents.Where(e => e.OrderId == order.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
    }

    [Fact]
    public async Task A_failure_reported_after_the_payment_leaves_the_order_paid_and_the_timeline_quiet()
    {
        var (honey, _) = await _shop.TwoProducersAsync();
        var order = await _shop.PlaceAsync(TestShop.Transfer, (honey.Id, 1));
        await using var db = _database.NewDb();
        await _shop.Payments(db).RecordFailureAsync(order.Id, TestShop.Transfer, "pi_1", "card_declined");
        await _shop.Payments(db).RecordPaymentAsync(order.Id, TestShop.Transfer, "pi_2", order.Total);
        await _shop.Payments(db).RecordFailureAsync(order.Id, TestShop.Transfer, "pi_1", "card_declined");

        Assert.Equal(PaymentStatus.Paid, (await _shop.LoadAsync(order.Id)).PaymentStatus);
        Assert.Equal(["placed", "payment.failed", "paid"], await db.OrderEvents.Where(e => e.OrderId == order.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
    }
}
