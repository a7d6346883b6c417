using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Orders;
using OcopMarket.Plugin.Payments.CashOnDelivery;
using OcopMarket.Plugin.Shipping.Pickup;
using OcopMarket.Plugin.Shipping.Rates;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Shipping;

/// <summary>OrderPlacement re-quotes the chosen shipping option and prices each producer's parcel on its own.</summary>
public abstract class ShippingOrderPlacementTests(OcopWebFactory site)
{
    [Fact]
    public async Task A_two_producer_cart_pays_shipping_per_parcel()
    {
        var honey = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);   // Thanh Hóa, same province as the buyer
        var persimmon = await site.SeededProducerIdAsync(ShippingTestData.HoaCu); // Lạng Sơn: another region
        var tag = Guid.NewGuid().ToString("N")[..6];
        var jar = await site.CreateProductAsync(honey, "Mật ong thử phí giao " + tag, price: 150_000, stock: 10);
        var box = await site.CreateProductAsync(persimmon, "Hồng thử phí giao " + tag, price: 120_000, stock: 10);
        await site.DbAsync(async db =>
        {
            await db.Products.Where(p => p.Id == jar.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.WeightGrams, 700));
            await db.Products.Where(p => p.Id == box.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.WeightGrams, 1_000));
        });
        try
        {
            var province = await site.ProvinceIdAsync("P38");
            var commune = await site.DbAsync(db => db.AdminUnits.Where(u => u.ParentId == province).Select(u => u.Id).FirstAsync());
            await using var scope = site.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<OrderPlacement>().PlaceAsync(new PlaceOrderRequest(
                [(jar.Id, 2), (box.Id, 3)], "Người mua thử phí giao", "0912345678", "phigiao@example.vn",
                province, null, commune, "Số 1 đường thử", null,
                ShippingRatesPlugin.Name, ShippingRatesProvider.Standard, CashOnDeliveryPlugin.Name));

            Assert.True(result.Succeeded, result.Error);
            var order = await site.DbAsync(db => db.Orders.AsNoTracking().Include(o => o.Shipments).SingleAsync(o => o.Id == result.Value!.Id));
            var honeyParcel = order.Shipments.Single(s => s.ProducerId == honey);
            var persimmonParcel = order.Shipments.Single(s => s.ProducerId == persimmon);
            // 2 × 700 g = 1,4 kg in the same province: 20.000 + one 500 g step 5.000.
            Assert.Equal(300_000, honeyParcel.Subtotal);
            Assert.Equal(25_000, honeyParcel.ShippingCost);
            // 3 × 1 kg = 3 kg from another region: 40.000 + four steps 20.000; 360.000 is below the free threshold.
            Assert.Equal(360_000, persimmonParcel.Subtotal);
            Assert.Equal(60_000, persimmonParcel.ShippingCost);
            Assert.All(order.Shipments, s => Assert.Equal((ShippingRatesPlugin.Name, ShippingRatesProvider.Standard, (int?)null), (s.ShippingProvider, s.ShippingOption, s.PickupPointId)));
            Assert.Equal(85_000, order.ShippingTotal);
            Assert.Equal(660_000 + 85_000, order.Total);
        }
        finally
        {
            await site.DeleteProductsAsync(jar.Id, box.Id); // and the order
        }
    }

    [Fact]
    public async Task A_pickup_point_that_does_not_stock_the_cart_is_refused()
    {
        var honey = await site.SeededProducerIdAsync(ShippingTestData.BinhSon);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var jar = await site.CreateProductAsync(honey, "Mật ong thử nhận sai điểm " + tag, stock: 5);
        var other = await site.CreateProductAsync(honey, "Mật ong thử điểm khác " + tag, stock: 5);
        var point = await site.CreatePointAsync("Điểm thử không có hàng " + tag, null, other.Id);
        try
        {
            var province = await site.ProvinceIdAsync("P38");
            var commune = await site.DbAsync(db => db.AdminUnits.Where(u => u.ParentId == province).Select(u => u.Id).FirstAsync());
            await using var scope = site.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<OrderPlacement>().PlaceAsync(new PlaceOrderRequest(
                [(jar.Id, 1)], "Người mua thử", "0912345678", "nhansai@example.vn", province, null, commune, "Số 1", null,
                PickupPlugin.Name, PickupProvider.CodePrefix + point.Id, CashOnDeliveryPlugin.Name));

            Assert.False(result.Succeeded);
            Assert.Equal("The chosen delivery option is not available for this address. Choose another.", result.Error);
            Assert.Equal(5, await site.DbAsync(db => db.Products.Where(p => p.Id == jar.Id).Select(p => p.StockQuantity).SingleAsync()));
        }
        finally
        {
            await site.DeletePointsAsync(point.Id);
            await site.DeleteProductsAsync(jar.Id, other.Id);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class ShippingOrderPlacementTestsSqlite(SqliteWebFactory site) : ShippingOrderPlacementTests(site);

[Collection(Collections.Postgres)]
public sealed class ShippingOrderPlacementTestsPostgres(PostgresWebFactory site) : ShippingOrderPlacementTests(site);
