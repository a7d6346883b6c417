using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Promotions;
using OcopMarket.Core.Shipping;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Coupons;

/// <summary>
/// Coupons, campaigns and products of the test's own (unique codes and names), orders placed through the real
/// OrderPlacement in a DI scope of their own (as a request would), and clean-up of all of it.
/// </summary>
internal sealed class CouponTestKit(OcopWebFactory site) : IAsyncDisposable
{
    private readonly List<int> products = [];
    private readonly List<int> coupons = [];
    private readonly List<int> campaigns = [];

    public OcopWebFactory Site => site;

    public async Task<Product> ProductAsync(string producerKey, long price, int stock = 50)
    {
        var producerId = await site.ProducerIdAsync(producerKey);
        var product = await site.CreateProductAsync(producerId, "Hàng thử mã " + Guid.NewGuid().ToString("N")[..6], price: price, stock: stock);
        products.Add(product.Id);
        return product;
    }

    public async Task<Coupon> CouponAsync(Action<Coupon> configure)
    {
        var coupon = new Coupon
        {
            Code = "THU-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Description = "Mã thử",
            DiscountKind = DiscountKind.Percent, DiscountValue = 10, IsActive = true,
            CreatedAt = site.Time.GetUtcNow(), UpdatedAt = site.Time.GetUtcNow(),
        };
        configure(coupon);
        await site.DbAsync(async db => { db.Coupons.Add(coupon); await db.SaveChangesAsync(); });
        coupons.Add(coupon.Id);
        return coupon;
    }

    /// <summary>A published campaign live now, taking <paramref name="percent"/> % off the given products.</summary>
    public async Task<Campaign> CampaignAsync(int percent, params int[] productIds)
    {
        var now = site.Time.GetUtcNow();
        var campaign = new Campaign
        {
            Name = "Chiến dịch thử " + Guid.NewGuid().ToString("N")[..6], Slug = "chien-dich-thu-" + Guid.NewGuid().ToString("N")[..8],
            Summary = "Thử", Description = "<p>Thử</p>", StartsAt = now.AddDays(-1), EndsAt = now.AddDays(10), Scope = CampaignScope.Products,
            DiscountKind = DiscountKind.Percent, DiscountValue = percent, IsPublished = true, CreatedAt = now, UpdatedAt = now,
            Products = productIds.Select(id => new CampaignProduct { ProductId = id }).ToList(),
        };
        await site.DbAsync(async db => { db.Campaigns.Add(campaign); await db.SaveChangesAsync(); });
        campaigns.Add(campaign.Id);
        return campaign;
    }

    public Task<Coupon> ReloadAsync(int couponId) => site.DbAsync(db => db.Coupons.AsNoTracking().SingleAsync(c => c.Id == couponId));

    /// <summary>Places an order of <paramref name="lines"/> with the code, cash on delivery, to the first producer's address.</summary>
    public async Task<OperationResult<Order>> PlaceAsync(string? code, IReadOnlyList<(Product Product, int Quantity)> lines, string phone = "0912345678", int? userId = null)
    {
        var options = await OptionsAsync(lines[0].Product);
        await using var scope = site.Services.CreateAsyncScope();
        return await Place(scope.ServiceProvider, options, code, lines, phone, userId);
    }

    public async Task<Options> OptionsAsync(Product product)
    {
        var (province, commune) = await site.DbAsync(db => db.Producers.Where(p => p.Id == product.ProducerId)
            .Select(p => new { p.ProvinceId, p.CommuneId }).SingleAsync().ContinueWith(t => (t.Result.ProvinceId, t.Result.CommuneId)));
        await using var scope = site.Services.CreateAsyncScope();
        var providers = scope.ServiceProvider.GetRequiredService<IShopProviders>();
        var payment = providers.Payments.First(p => p.PaymentWindow is null).SystemName;
        foreach (var provider in providers.Shipping)
        {
            var quotes = await provider.QuoteAsync(new ShippingRequest(province, commune, [new ShippingParcel(product.ProducerId, product.Price, 0, [product.Id])]), default);
            if (quotes.Count > 0) return new Options(province, commune, provider.SystemName, quotes[0].Code, payment);
        }
        throw new InvalidOperationException("No shipping plugin quotes a delivery for the test address.");
    }

    public sealed record Options(int Province, int Commune, string Shipping, string Option, string Payment);

    public static Task<OperationResult<Order>> Place(IServiceProvider services, Options o, string? code, IReadOnlyList<(Product Product, int Quantity)> lines,
        string phone, int? userId) =>
        services.GetRequiredService<OrderPlacement>().PlaceAsync(new PlaceOrderRequest(
            lines.Select(l => (l.Product.Id, l.Quantity)).ToList(), "Người mua thử", phone, "mua.thu@example.vn",
            o.Province, null, o.Commune, "Số 1 đường thử", null, o.Shipping, o.Option, o.Payment, userId, CouponCode: code));

    public async Task<OperationResult> CancelAsync(int orderId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderCancellation>().CancelOrderAsync(orderId, "Khách đổi ý", null);
    }

    public async ValueTask DisposeAsync()
    {
        var couponIds = coupons.ToArray();
        await site.DbAsync(db => db.CouponRedemptions.Where(r => couponIds.Contains(r.CouponId)).ExecuteDeleteAsync());
        if (products.Count > 0) await site.DeleteProductsAsync([.. products]);
        await site.DbAsync(async db =>
        {
            await db.Coupons.Where(c => couponIds.Contains(c.Id)).ExecuteDeleteAsync();
            await db.CampaignProducts.Where(p => campaigns.Contains(p.CampaignId)).ExecuteDeleteAsync();
            await db.Campaigns.Where(c => campaigns.Contains(c.Id)).ExecuteDeleteAsync();
        });
    }
}
