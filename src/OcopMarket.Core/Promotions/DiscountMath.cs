namespace OcopMarket.Core.Promotions;

/// <summary>
/// The one place discounts are computed (campaign per unit, coupon per order): a percentage is rounded down to whole
/// đồng, a cap limits it, and a discount never exceeds the amount it is taken from.
/// </summary>
public static class DiscountMath
{
    public static long DiscountOn(long amount, DiscountKind kind, long value, long? cap)
    {
        if (amount <= 0 || value <= 0) return 0;
        var discount = kind == DiscountKind.Percent ? amount * Math.Min(value, 100) / 100 : value;
        if (cap is > 0) discount = Math.Min(discount, cap.Value);
        return Math.Min(discount, amount);
    }
}
