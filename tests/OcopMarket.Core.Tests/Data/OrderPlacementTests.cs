using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Shipping;

namespace OcopMarket.Core.Tests.Data;

/// <summary>Order placement rules on a real SQLite file; the providers are minimal plugins written for the test (<see cref="TestShop"/>).</summary>
public sealed class OrderPlacementTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private TestShop Shop => new(_database);

    private OrderPlacement NewPlacement(out Core.Data.OcopDbContext db)
    {
        db = _database.NewDb();
        return Shop.Placement(db);
    }

    private Task<(Product Honey, Product Tea)> TwoProducersAsync() => Shop.TwoProducersAsync();

    private static PlaceOrderRequest Request(params (int, int)[] lines) => TestShop.Request(TestShop.Transfer, lines);

    [Fact]
    public async Task An_order_with_two_producers_becomes_two_shipments_with_server_computed_totals()
    {
        var (honey, tea) = await TwoProducersAsync();
        await using var db0 = _database.NewDb();
        var commune = await db0.AdminUnits.FirstAsync(u => u.Level == Places.AdminUnitLevel.Commune);
        var request = Request((honey.Id, 2), (tea.Id, 2)) with { ProvinceId = commune.ParentId!.Value, CommuneId = commune.Id };

        var result = await NewPlacement(out _).PlaceAsync(request);

        Assert.True(result.Succeeded, result.Error);
        await using var db = _database.NewDb();
        var order = await db.Orders.Include(o => o.Shipments).ThenInclude(s => s.Lines).SingleAsync(o => o.Id == result.Value!.Id);
        Assert.Equal(2, order.Shipments.Count);
        Assert.Equal(2 * 120_000 + 2 * 250_000, order.Subtotal);
        Assert.Equal(30_000, order.ShippingTotal); // honey parcel 240.000 pays; tea parcel 500.000 ships free
        Assert.Equal(order.Subtotal + order.ShippingTotal, order.Total);
        Assert.Equal(PaymentStatus.Pending, order.PaymentStatus);
        Assert.Equal(_database.Time.GetUtcNow().AddHours(24), order.PaymentDueAt);
        Assert.Matches("^OCP[0-9]{6}[A-Z2-9]{5}$", order.Number);
        Assert.Equal(3, await db.Products.Where(p => p.Id == honey.Id).Select(p => p.StockQuantity).SingleAsync());
        Assert.Equal(8, await db.Products.Where(p => p.Id == tea.Id).Select(p => p.StockQuantity).SingleAsync());
        Assert.True(await db.OrderEvents.AnyAsync(e => e.OrderId == order.Id && e.Kind == "placed"));
    }

    [Fact]
    public async Task When_one_line_is_short_nothing_is_reserved_and_no_order_is_written()
    {
        var (honey, tea) = await TwoProducersAsync();
        var result = await NewPlacement(out _).PlaceAsync(Request((tea.Id, 3), (honey.Id, 6))); // honey has 5
        Assert.False(result.Succeeded);
        Assert.Equal("Only {1} of \"{0}\" left in stock.", result.Error);
        await using var db = _database.NewDb();
        Assert.Equal(10, await db.Products.Where(p => p.Id == tea.Id).Select(p => p.StockQuantity).SingleAsync());
        Assert.False(await db.Orders.AnyAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1000)]
    public async Task Absurd_quantities_are_refused(int quantity)
    {
        var (honey, _) = await TwoProducersAsync();
        var result = await NewPlacement(out _).PlaceAsync(Request((honey.Id, quantity)));
        Assert.False(result.Succeeded);
        Assert.Equal("Each quantity must be between 1 and {0}.", result.Error);
    }

    [Fact]
    public async Task Unknown_payment_or_delivery_options_are_refused()
    {
        var (honey, _) = await TwoProducersAsync();
        Assert.Equal("Choose a payment method.", (await NewPlacement(out _).PlaceAsync(Request((honey.Id, 1)) with { PaymentProvider = "Nope" })).Error);
        Assert.StartsWith("The chosen delivery option", (await NewPlacement(out _).PlaceAsync(Request((honey.Id, 1)) with { ShippingOption = "express" })).Error);
    }

    [Fact]
    public async Task An_unpublished_product_cannot_be_bought()
    {
        var (honey, _) = await TwoProducersAsync();
        await using (var db = _database.NewDb())
        {
            await db.Products.Where(p => p.Id == honey.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsPublished, false));
        }
        var result = await NewPlacement(out _).PlaceAsync(Request((honey.Id, 1)));
        Assert.False(result.Succeeded);
    }
}
