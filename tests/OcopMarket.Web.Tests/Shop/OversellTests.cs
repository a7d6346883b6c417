using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Shipping;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Shop;

/// <summary>
/// The acceptance test for stock: 200 buyers check out at the same moment for a product with 10 units,
/// each through its own DI scope and database connection (as 200 requests would), on the real database.
/// Exactly 10 orders succeed; every other buyer gets the out-of-stock message; the stock ends at 0, never below.
/// </summary>
public abstract class OversellTests(OcopWebFactory site)
{
    private const int Buyers = 200;
    private const int Units = 10;

    [Fact]
    public async Task Two_hundred_concurrent_checkouts_for_ten_units_make_exactly_ten_orders()
    {
        var producerId = await site.ProducerIdAsync("hoa-cu");
        var product = await site.CreateProductAsync(producerId, "Mật ong bạc hà thử tranh mua " + Guid.NewGuid().ToString("N")[..6], price: 150_000, stock: Units);
        try
        {
            var (province, commune) = await site.DbAsync(db => db.Producers.Where(p => p.Id == producerId).Select(p => new { p.ProvinceId, p.CommuneId }).SingleAsync()
                .ContinueWith(t => (t.Result.ProvinceId, t.Result.CommuneId)));
            var (shipping, option, payment) = await ChooseOptionsAsync(product.Id, producerId, province, commune);

            using var start = new ManualResetEventSlim(false);
            var buyers = Enumerable.Range(0, Buyers).Select(i => Task.Run(async () =>
            {
                start.Wait();
                await using var scope = site.Services.CreateAsyncScope();
                var placement = scope.ServiceProvider.GetRequiredService<OrderPlacement>();
                return await placement.PlaceAsync(new PlaceOrderRequest([(product.Id, 1)], $"Người mua {i}", "0912345678", $"buyer{i}@example.vn",
                    province, null, commune, "Số 1 đường thử", null, shipping, option, payment));
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(buyers);

            Assert.Equal(Units, results.Count(r => r.Succeeded));
            var refused = results.Where(r => !r.Succeeded).ToList();
            Assert.Equal(Buyers - Units, refused.Count);
            Assert.All(refused, r => Assert.Equal("\"{0}\" is out of stock.", r.Error));
            Assert.Equal(0, await site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.StockQuantity).SingleAsync()));
            Assert.Equal(Units, await site.DbAsync(db => db.OrderLines.Where(l => l.ProductId == product.Id).SumAsync(l => l.Quantity)));
            Assert.Equal(Units, await site.DbAsync(db => db.Orders.CountAsync(o => o.Lines.Any(l => l.ProductId == product.Id))));
        }
        finally
        {
            await site.DeleteProductsAsync(product.Id); // and the orders that hold it
        }
    }

    /// <summary>Cash on delivery, and the first delivery option the enabled shipping plugins quote for this address.</summary>
    private async Task<(string Shipping, string Option, string Payment)> ChooseOptionsAsync(int productId, int producerId, int province, int commune)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var providers = scope.ServiceProvider.GetRequiredService<IShopProviders>();
        var payment = providers.Payments.First(p => p.PaymentWindow is null).SystemName;
        foreach (var provider in providers.Shipping)
        {
            var quotes = await provider.QuoteAsync(new ShippingRequest(province, commune, [new ShippingParcel(producerId, 150_000, 0, [productId])]), default);
            if (quotes.Count > 0) return (provider.SystemName, quotes[0].Code, payment);
        }
        throw new InvalidOperationException("No shipping plugin quotes a delivery for the test address.");
    }
}

[Collection(Collections.Sqlite)]
public sealed class OversellSqliteTests(SqliteWebFactory site) : OversellTests(site);

[Collection(Collections.Postgres)]
public sealed class OversellPostgresTests(PostgresWebFactory site) : OversellTests(site);
