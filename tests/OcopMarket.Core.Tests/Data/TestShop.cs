using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Shipping;

namespace OcopMarket.Core.Tests.Data;

/// <summary>Minimal plugins written for the tests, two producers' products, and the order services wired on a <see cref="TestDatabase"/>.</summary>
internal sealed class TestShop(TestDatabase database)
{
    public const string Transfer = "Test.Transfer";
    public const string Cod = "Test.Cod";

    private sealed class FlatShipping : IShippingProvider
    {
        public string SystemName => "Test.Shipping";
        public Task<IReadOnlyList<ShippingQuote>> QuoteAsync(ShippingRequest request, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<ShippingQuote>>([new ShippingQuote(SystemName, "flat", "Giao tiêu chuẩn", null,
                request.Parcels.ToDictionary(p => p.ProducerId, p => p.Subtotal >= 500_000 ? 0L : 30_000L))]);
    }

    private sealed class Payment(string name, TimeSpan? window) : IPaymentProvider
    {
        public string SystemName => name;
        public string Name => name;
        public string Description => "";
        public int SortOrder => 0;
        public TimeSpan? PaymentWindow => window;
        public Task<PaymentStart> StartAsync(Order order, CancellationToken ct) => Task.FromResult(new PaymentStart(null));
        public string? InstructionsViewComponent => null;
    }

    private sealed class Providers : IShopProviders
    {
        public IReadOnlyList<IPaymentProvider> Payments { get; } = [new Payment(Transfer, TimeSpan.FromHours(24)), new Payment(Cod, null)];
        public IReadOnlyList<IShippingProvider> Shipping { get; } = [new FlatShipping()];
    }

    public OrderPlacement Placement(OcopDbContext db) =>
        new(db, new StockReservation(db, database.Time), new Providers(),
            new Core.Promotions.CampaignPricing(db, database.Time, new Core.Certification.CertificateStatusPolicy(database.Time)), database.Time);

    public OrderCancellation Cancellation(OcopDbContext db) =>
        new(db, new StockReservation(db, database.Time), new OrderTimeline(db, database.Time), Coupons(db), database.Time);

    public Core.Promotions.Coupons.CouponRedeemer Coupons(OcopDbContext db) =>
        new(db, new Core.Promotions.Coupons.CouponCheck(db,
            new Core.Promotions.CampaignPricing(db, database.Time, new Core.Certification.CertificateStatusPolicy(database.Time)), database.Time), database.Time);

    public ShipmentFulfilment Fulfilment(OcopDbContext db) =>
        new(db, Cancellation(db), new OrderTimeline(db, database.Time), database.Time);

    public OrderPayments Payments(OcopDbContext db) =>
        new(db, Cancellation(db), new OrderTimeline(db, database.Time), database.Time);

    public static PlaceOrderRequest Request(string payment, params (int, int)[] lines) =>
        new(lines, "Nguyễn Văn An", "0912345678", "an@example.vn", 1, null, 2, "12 Lê Lợi", null, "Test.Shipping", "flat", payment);

    /// <summary>Honey (120.000 ₫, 5 in stock) from one producer and tea (250.000 ₫, 10 in stock) from another.</summary>
    public async Task<(Product Honey, Product Tea)> TwoProducersAsync()
    {
        var honey = await database.SeedProductAsync("Mật ong thử");
        await using var db = database.NewDb();
        var first = await db.Producers.SingleAsync(p => p.Id == honey.ProducerId);
        var other = new Producer { Name = "HTX Chè thử", Slug = "htx-che-thu", Type = ProducerType.Cooperative, CommuneId = first.CommuneId, ProvinceId = first.ProvinceId, CreatedAt = database.Time.GetUtcNow() };
        var tea = new Product
        {
            Name = "Chè thử", Slug = "che-thu", Producer = other, CategoryId = honey.CategoryId, Price = 250_000, Unit = "gói",
            StockQuantity = 10, WeightGrams = 500, CreatedAt = database.Time.GetUtcNow(), UpdatedAt = database.Time.GetUtcNow(),
        };
        db.Products.Add(tea);
        await db.SaveChangesAsync();
        return (honey, tea);
    }

    public async Task<Order> PlaceAsync(string payment, params (int, int)[] lines)
    {
        await using var db = database.NewDb();
        var result = await Placement(db).PlaceAsync(Request(payment, lines));
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }

    public async Task<int> StockAsync(int productId)
    {
        await using var db = database.NewDb();
        return await db.Products.Where(p => p.Id == productId).Select(p => p.StockQuantity).SingleAsync();
    }

    public async Task<Order> LoadAsync(int orderId)
    {
        await using var db = database.NewDb();
        return await db.Orders.AsNoTracking().Include(o => o.Shipments).SingleAsync(o => o.Id == orderId);
    }
}
