using AngleSharp.Dom;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Orders;

/// <summary>/admin/don-hang: the list's filters, the detail with its timeline, and the office's actions (cancel, payment, refund).</summary>
public abstract class OrdersAdminTests(OcopWebFactory site)
{
    private static string[] Numbers(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#order-list tr[data-order]").Select(r => r.GetAttribute("data-order")!).ToArray();

    [Fact]
    public async Task The_list_filters_by_producer_payment_status_search_and_date()
    {
        await using var shop = await OrderTestShop.CreateAsync(site);
        var onlyA = await shop.PlaceAsync((shop.ProductA, 1));
        var onlyB = await shop.PlaceAsync((shop.ProductB, 2));
        var cancelled = await shop.PlaceAsync((shop.ProductA, 1), (shop.ProductB, 1));
        // Arrange: B's order waits for a transfer; the third is cancelled.
        await site.DbAsync(db => db.Orders.Where(o => o.Id == onlyB.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.PaymentStatus, PaymentStatus.Pending)));
        await site.DbAsync(db => db.Orders.Where(o => o.Id == cancelled.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OrderStatus.Cancelled)));
        var (admin, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = admin;

        var byA = Numbers(await admin.GetDocumentAsync($"/admin/don-hang?producer={shop.A.Id}"));
        Assert.Equal(new[] { onlyA.Number, cancelled.Number }.Order(), byA.Order());

        var pending = Numbers(await admin.GetDocumentAsync($"/admin/don-hang?payment=Pending&producer={shop.B.Id}"));
        Assert.Equal([onlyB.Number], pending);

        var cancelledOnly = Numbers(await admin.GetDocumentAsync($"/admin/don-hang?status=Cancelled&producer={shop.B.Id}"));
        Assert.Equal([cancelled.Number], cancelledOnly);

        Assert.Equal([onlyA.Number], Numbers(await admin.GetDocumentAsync($"/admin/don-hang?q={onlyA.Phone}")));
        Assert.Equal([onlyB.Number], Numbers(await admin.GetDocumentAsync($"/admin/don-hang?q={Uri.EscapeDataString(onlyB.CustomerName)}")));
        Assert.Equal([onlyA.Number], Numbers(await admin.GetDocumentAsync($"/admin/don-hang?q={onlyA.Number.ToLowerInvariant()}")));

        // The factory's clock is 25/11/2026 10:00 in Hà Nội: the orders are of that Việt Nam day.
        Assert.Equal(new[] { onlyB.Number, cancelled.Number }.Order(),
            Numbers(await admin.GetDocumentAsync($"/admin/don-hang?producer={shop.B.Id}&from=2026-11-25&to=2026-11-25&method=Payments.CashOnDelivery")).Order());
        Assert.Empty(Numbers(await admin.GetDocumentAsync($"/admin/don-hang?producer={shop.A.Id}&to=2026-11-24")));
        Assert.Empty(Numbers(await admin.GetDocumentAsync($"/admin/don-hang?producer={shop.A.Id}&from=2026-11-26")));
        Assert.Empty(Numbers(await admin.GetDocumentAsync($"/admin/don-hang?producer={shop.A.Id}&method=Payments.Stripe")));
    }

    [Fact]
    public async Task The_detail_shows_the_buyer_the_parcels_and_the_timeline()
    {
        await using var shop = await OrderTestShop.CreateAsync(site);
        var order = await shop.PlaceAsync((shop.ProductA, 2), (shop.ProductB, 1));
        var commune = await site.DbAsync(db => db.AdminUnits.Where(u => u.Id == order.CommuneId).Select(u => u.Name).SingleAsync());
        var (admin, _) = await site.CreateSignedInClientAsync(Roles.TradePromotion); // back office may read
        using var _c = admin;

        var page = await admin.GetDocumentAsync($"/admin/don-hang/{order.Number}");
        Assert.Equal(order.CustomerName, page.QuerySelector("[data-customer]")!.TextContent.Trim());
        Assert.Contains(commune, page.QuerySelector("[data-address]")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("[data-shipment]").Length);
        Assert.Contains(shop.A.Name, page.QuerySelector("[data-shipment]")!.TextContent);
        var placed = page.QuerySelector("#order-timeline li[data-kind='placed']");
        Assert.NotNull(placed);
        Assert.Contains("Đơn hàng được đặt", placed.TextContent);
        // Reading is not acting: trade promotion sees no action form and may not post one.
        Assert.Null(page.QuerySelector("#cancel-order-form"));
        using var denied = await admin.PostAsync($"/admin/don-hang/{order.Number}", $"/admin/don-hang/{order.Number}/huy", ("reason", "thử"));
        Assert.True(denied.StatusCode == HttpStatusCode.Forbidden || denied.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/tai-khoan/tu-choi", StringComparison.Ordinal),
            $"{(int)denied.StatusCode} {denied.RequestMessage?.RequestUri}");
        Assert.Equal(OrderStatus.Placed, (await shop.ReloadAsync(order)).Status);
        using var missing = await admin.GetAsync("/admin/don-hang/OCP000000NONE");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Cancelling_releases_the_stock_once()
    {
        await using var shop = await OrderTestShop.CreateAsync(site);
        var stockA = await shop.StockAsync(shop.ProductA);
        var stockB = await shop.StockAsync(shop.ProductB);
        var order = await shop.PlaceAsync((shop.ProductA, 3), (shop.ProductB, 2));
        Assert.Equal(stockA - 3, await shop.StockAsync(shop.ProductA));
        var (admin, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = admin;

        var page = await admin.GetDocumentAsync($"/admin/don-hang/{order.Number}");
        var after = await admin.SubmitAndReadAsync(page, "#cancel-order-form", new() { ["reason"] = "Khách gọi điện hủy" });
        Assert.Contains("Đơn hàng đã được hủy", after.QuerySelector("[role='status']")!.TextContent);
        Assert.Equal(OrderStatus.Cancelled, (await shop.ReloadAsync(order)).Status);
        Assert.Equal(stockA, await shop.StockAsync(shop.ProductA));
        Assert.Equal(stockB, await shop.StockAsync(shop.ProductB));
        Assert.Null(after.QuerySelector("#cancel-order-form"));

        // A second cancellation (stale page, double click) is refused and gives nothing back twice.
        var again = await admin.SubmitAndReadAsync(page, "#cancel-order-form", new() { ["reason"] = "Bấm lại" });
        Assert.Contains("đã được hủy trước đó", again.QuerySelector("[role='status']")!.TextContent);
        Assert.Equal(stockA, await shop.StockAsync(shop.ProductA));
        Assert.Equal(stockB, await shop.StockAsync(shop.ProductB));
        Assert.Equal(1, await site.DbAsync(db => db.OrderEvents.CountAsync(e => e.OrderId == order.Id && e.Kind == "cancelled")));

        // Without a reason nothing happens.
        var other = await shop.PlaceAsync((shop.ProductA, 1));
        var otherPage = await admin.GetDocumentAsync($"/admin/don-hang/{other.Number}");
        var refused = await admin.SubmitAndReadAsync(otherPage, "#cancel-order-form", new() { ["reason"] = "  " });
        Assert.Contains("lý do", refused.QuerySelector("[role='status']")!.TextContent);
        Assert.Equal(OrderStatus.Placed, (await shop.ReloadAsync(other)).Status);
    }

    [Fact]
    public async Task A_manual_refund_can_be_partial_then_full_and_never_more_than_paid()
    {
        await using var shop = await OrderTestShop.CreateAsync(site);
        var order = await shop.PlaceAsync((shop.ProductA, 2));
        var (admin, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var _c = admin;
        var url = $"/admin/don-hang/{order.Number}";

        var page = await admin.GetDocumentAsync(url);
        Assert.Null(page.QuerySelector("#refund-form")); // nothing received yet, nothing to refund
        page = await admin.SubmitAndReadAsync(page, "#record-payment-form", new() { ["amount"] = order.Total.ToString(), ["reference"] = "COD-" + shop.Tag });
        Assert.Equal(order.Total.ToString(), page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#refund-amount")!.Value);

        page = await admin.SubmitAndReadAsync(page, "#refund-form", new() { ["amount"] = "50000", ["reason"] = "Giao thiếu một hũ" });
        var reloaded = await shop.ReloadAsync(order);
        Assert.Equal(50_000, reloaded.RefundedTotal);
        Assert.Equal(PaymentStatus.PartiallyRefunded, reloaded.PaymentStatus);
        Assert.Equal((order.Total - 50_000).ToString(), page.QuerySelector("[data-refundable]")!.TextContent.Replace(".", "").Replace("₫", "").Trim());

        // More than what is left is refused (posted straight, past the form's max) and changes nothing.
        page = await admin.SubmitAndReadAsync(page, "#refund-form", new() { ["amount"] = order.Total.ToString(), ["reason"] = "Quá số tiền" });
        Assert.Contains("Chỉ có thể hoàn tối đa", page.QuerySelector("[role='status']")!.TextContent);
        Assert.Equal(50_000, (await shop.ReloadAsync(order)).RefundedTotal);

        page = await admin.SubmitAndReadAsync(page, "#refund-form", new() { ["amount"] = (order.Total - 50_000).ToString(), ["reason"] = "Hoàn nốt" });
        reloaded = await shop.ReloadAsync(order);
        Assert.Equal(order.Total, reloaded.RefundedTotal);
        Assert.Equal(PaymentStatus.Refunded, reloaded.PaymentStatus);
        Assert.Null(page.QuerySelector("#refund-form"));
        Assert.Equal(2, page.QuerySelectorAll("#refunds [data-refund]").Length);
        Assert.Equal(2, await site.DbAsync(db => db.Refunds.CountAsync(r => r.OrderId == order.Id && r.ProviderReference == null)));
        Assert.Equal(2, page.QuerySelectorAll("#order-timeline li[data-kind='refunded']").Length);
    }
}

[Collection(Collections.Sqlite)]
public sealed class OrdersAdminSqliteTests(SqliteWebFactory site) : OrdersAdminTests(site);

[Collection(Collections.Postgres)]
public sealed class OrdersAdminPostgresTests(PostgresWebFactory site) : OrdersAdminTests(site);
