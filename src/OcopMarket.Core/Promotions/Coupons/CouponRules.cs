using OcopMarket.Core.Common;

namespace OcopMarket.Core.Promotions.Coupons;

/// <summary>One priced order line as the coupon sees it (LineTotal already at the campaign price).</summary>
public sealed record CouponLine(int ProductId, int ProducerId, long LineTotal, int? CampaignId);

/// <summary>What a valid code gives this order: the discount and the eligible goods per producer (for the parcels' shares).</summary>
public sealed record CouponQuote(int CouponId, string Code, long EligibleSubtotal, long Discount, IReadOnlyDictionary<int, long> EligibleByProducer);

/// <summary>
/// The coupon's rules for an order, without the database: active, dates, uses left (as last read), producer limit,
/// stacking with campaigns, minimum order and the discount itself. Per-customer limits and the authoritative
/// "uses left" are decided by the database (<see cref="CouponRedeemer"/>).
/// </summary>
public static class CouponRules
{
    public const string NotFound = "This code does not exist.";
    public const string UsedUp = "This code has been fully used.";
    public const string NotYetValid = "This code can be used from {0}.";
    public const string Expired = "This code expired on {0}.";
    public const string OtherProducer = "This code only applies to products of {0}.";
    public const string NotCombinable = "This code cannot be combined with campaign prices: every product it applies to already has a campaign discount.";
    public const string BelowMinimum = "Add {0} more of eligible products to use this code (minimum order {1}).";
    public const string CustomerLimit = "You have already used this code as many times as allowed ({0}).";

    /// <param name="producerName">The coupon's producer, for the message when none of its products is in the order.</param>
    public static OperationResult<CouponQuote> Evaluate(Coupon coupon, IReadOnlyList<CouponLine> lines, DateTimeOffset now, string? producerName = null)
    {
        if (!coupon.IsActive) return Fail(NotFound);
        if (coupon.StartsAt is { } starts && now < starts) return Fail(NotYetValid, starts);
        if (coupon.EndsAt is { } ends && now >= ends) return Fail(Expired, ends);
        if (coupon.MaxUses is { } max && coupon.UsedCount >= max) return Fail(UsedUp);

        var ofProducer = coupon.ProducerId is { } producerId ? lines.Where(l => l.ProducerId == producerId).ToList() : lines.ToList();
        if (ofProducer.Count == 0) return Fail(OtherProducer, producerName ?? "");
        var eligible = coupon.CombinesWithCampaigns ? ofProducer : ofProducer.Where(l => l.CampaignId is null).ToList();
        if (eligible.Count == 0) return Fail(NotCombinable);

        var subtotal = eligible.Sum(l => l.LineTotal);
        if (subtotal < coupon.MinOrderSubtotal) return Fail(BelowMinimum, coupon.MinOrderSubtotal - subtotal, coupon.MinOrderSubtotal);

        var discount = DiscountMath.DiscountOn(subtotal, coupon.DiscountKind, coupon.DiscountValue, coupon.MaxDiscount);
        var byProducer = eligible.GroupBy(l => l.ProducerId).ToDictionary(g => g.Key, g => g.Sum(l => l.LineTotal));
        return OperationResult<CouponQuote>.Ok(new CouponQuote(coupon.Id, coupon.Code, subtotal, discount, byProducer));
    }

    private static OperationResult<CouponQuote> Fail(string error, params object[] arguments) => OperationResult<CouponQuote>.Fail(error, arguments);
}
