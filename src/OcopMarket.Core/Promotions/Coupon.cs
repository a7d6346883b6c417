using OcopMarket.Core.Common;

namespace OcopMarket.Core.Promotions;

/// <summary>
/// A coupon code typed at checkout. Its discount is on the order's goods (percent, capped, or an amount), never below 0.
/// One coupon per order. <see cref="UsedCount"/> is raised by a conditional UPDATE inside the order's transaction so a
/// code with <see cref="MaxUses"/> = 1 is used once however many checkouts race for it.
/// </summary>
public class Coupon : Entity, Audit.IAudited
{
    /// <summary>Upper-case, letters/digits/dash; unique.</summary>
    public string Code { get; set; } = "";
    public string Description { get; set; } = "";
    public DiscountKind DiscountKind { get; set; } = DiscountKind.Percent;
    public long DiscountValue { get; set; }
    /// <summary>Cap on a percentage discount, VND per order (null = no cap).</summary>
    public long? MaxDiscount { get; set; }
    /// <summary>Goods subtotal (after campaign prices) the order must reach, VND; 0 = none.</summary>
    public long MinOrderSubtotal { get; set; }
    public DateTimeOffset? StartsAt { get; set; }
    /// <summary>Exclusive end.</summary>
    public DateTimeOffset? EndsAt { get; set; }
    /// <summary>Total uses allowed (1 = single-use; null = unlimited).</summary>
    public int? MaxUses { get; set; }
    public int UsedCount { get; set; }
    /// <summary>Uses allowed per customer (signed-in account, or the phone number for guests); null = unlimited.</summary>
    public int? MaxUsesPerCustomer { get; set; }
    /// <summary>Stacking: whether the coupon also applies to lines already discounted by a campaign.</summary>
    public bool CombinesWithCampaigns { get; set; }
    /// <summary>Limits the coupon to one producer's products (a producer-funded code); null = every product.</summary>
    public int? ProducerId { get; set; }
    /// <summary>The campaign it belongs to, for the campaign's results (optional).</summary>
    public int? CampaignId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One use of a coupon by an order. Released (not deleted) when the order is cancelled.</summary>
public class CouponRedemption : Entity
{
    public int CouponId { get; set; }
    public int OrderId { get; set; }
    /// <summary>"user:42" for a signed-in customer, "phone:0912345678" for a guest: what per-customer limits count.</summary>
    public string CustomerKey { get; set; } = "";
    public long Amount { get; set; }
    public DateTimeOffset RedeemedAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
}
