using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Promotions.Coupons;

/// <summary>
/// Checks a code against an order's lines as the database stands now. Used for the checkout's "Apply" preview
/// (advisory) and, inside the order's transaction, by <see cref="CouponRedeemer"/> before it takes a use.
/// </summary>
public sealed class CouponCheck(OcopDbContext db, CampaignPricing pricing, TimeProvider time)
{
    /// <summary>The preview for a cart: lines priced as placing the order would price them (campaign prices, live now).</summary>
    /// <param name="customerKey">Counts the per-customer limit when known (signed in, or a valid phone typed).</param>
    public async Task<OperationResult<CouponQuote>> PreviewAsync(string? code, IReadOnlyList<(int ProductId, int Quantity)> lines, string? customerKey, CancellationToken ct = default)
    {
        var ids = lines.Select(l => l.ProductId).Distinct().ToList();
        var producers = await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.IsPublished && p.ModerationStatus == ModerationStatus.Approved && p.Producer!.IsPublished)
            .ToDictionaryAsync(p => p.Id, p => p.ProducerId, ct);
        var prices = await pricing.PricesAsync(producers.Keys.ToList(), ct);
        var priced = lines.Where(l => producers.ContainsKey(l.ProductId) && l.Quantity > 0)
            .Select(l => new CouponLine(l.ProductId, producers[l.ProductId], prices[l.ProductId].Price * l.Quantity, prices[l.ProductId].CampaignId))
            .ToList();
        var result = await CheckAsync(code, priced, ct);
        if (result.Succeeded && customerKey is not null && await FindAsync(code, ct) is { } coupon && await OverCustomerLimitAsync(coupon, customerKey, ct))
            return OperationResult<CouponQuote>.Fail(CouponRules.CustomerLimit, coupon.MaxUsesPerCustomer!.Value);
        return result;
    }

    /// <summary>Every rule but the per-customer limit (which needs the coupon's row lock to be exact: see the redeemer).</summary>
    public async Task<OperationResult<CouponQuote>> CheckAsync(string? code, IReadOnlyList<CouponLine> lines, CancellationToken ct = default)
    {
        var coupon = await FindAsync(code, ct);
        if (coupon is null) return OperationResult<CouponQuote>.Fail(CouponRules.NotFound);
        var producerName = coupon.ProducerId is { } producerId
            ? await db.Producers.Where(p => p.Id == producerId).Select(p => p.Name).FirstOrDefaultAsync(ct)
            : null;
        return CouponRules.Evaluate(coupon, lines, time.GetUtcNow(), producerName);
    }

    public Task<Coupon?> FindAsync(string? code, CancellationToken ct)
    {
        var normalized = CouponCodes.Normalize(code);
        return normalized.Length is 0 or > CouponCodes.MaxLength
            ? Task.FromResult<Coupon?>(null)
            : db.Coupons.AsNoTracking().FirstOrDefaultAsync(c => c.Code == normalized, ct);
    }

    /// <summary>The customer's unreleased redemptions have reached the coupon's per-customer limit.</summary>
    public async Task<bool> OverCustomerLimitAsync(Coupon coupon, string customerKey, CancellationToken ct) =>
        coupon.MaxUsesPerCustomer is { } limit &&
        await db.CouponRedemptions.CountAsync(r => r.CouponId == coupon.Id && r.CustomerKey == customerKey && r.ReleasedAt == null, ct) >= limit;
}
