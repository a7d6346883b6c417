using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Shipping;

namespace OcopMarket.Core.Tests.Data;

/// <summary>Order placement rules on a real SQLite file; the providers are minimal plugins written for the test.</summary>
public sealed class OrderPlacementTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private sealed class FlatShipping : IShippingProvider
    {
        public string SystemName => "Test.Shipping";
        public Task<IReadOnlyList<ShippingQuote>> QuoteAsync(ShippingRequest request, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<ShippingQuote>>([new ShippingQuote(SystemName, "flat", "Giao tiêu chuẩn", null,
                request.Parcels.ToDictionary(p => p.ProducerId, p => p.Subtotal >= 500_000 ? 0L : 30_000L))]);
    }

    private sealed class Transfer : IPaymentProvider
    {
        public string SystemName => "Test.Transfer";
        public string Name => "Chuyển khoản";
        public string Description => "";
        public int SortOrder => 0;
        public TimeSpan? PaymentWindow => TimeSpan.FromHours(24);
        public Task<PaymentStart> StartAsync(Order order, CancellationToken ct) => Task.FromResult(new PaymentStart(null));
        public string? InstructionsViewComponent => null;
    }

    private sealed class Providers : IShopProviders
    {
        public IReadOnlyList<IPaymentProvider> Payments { get; } = [new Transfer()];
        public IReadOnlyList<IShippingProvider> Shipping { get; } = [new FlatShipping()];
    }

    private OrderPlacement NewPlacement(out Core.Data.OcopDbContext db)
    {
        db = _database.NewDb();
        return new OrderPlacement(db, new StockReservation(db, _database.Time), new Providers(), _database.Time);
    }

    private async Task<(Product Honey, Product Tea)> TwoProducersAsync()
    {
        var honey = await _database.SeedProductAsync("Mật ong thử");
        await using var db = _database.NewDb();
        var first = await db.Producers.Include(p => p.Commune).SingleAsync(p => p.Id == honey.ProducerId);
        var other = new Producer { Name = "HTX Chè thử", Slug = "htx-che-thu", Type = ProducerType.Cooperative, CommuneId = first.CommuneId, ProvinceId = first.ProvinceId, CreatedAt = _database.Time.GetUtcNow() };
        var tea = new Product
        {
            Name = "Chè thử", Slug = "che-thu", Producer = other, CategoryId = honey.CategoryId, Price = 250_000, Unit = "gói",
            StockQuantity = 10, WeightGrams = 500, CreatedAt = _database.Time.GetUtcNow(), UpdatedAt = _database.Time.GetUtcNow(),
        };
        db.Products.Add(tea);
        await db.SaveChangesAsync();
        return (honey, tea);
    }

    private static PlaceOrderRequest Request(params (int, int)[] lines) =>
        new(lines, "Nguyễn Văn An", "0912345678", "an@example.vn", 1, null, 2, "12 Lê Lợi", null, "Test.Shipping", "flat", "Test.Transfer");

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
