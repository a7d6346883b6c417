namespace OcopMarket.Core.Promotions.Coupons;

/// <summary>
/// Splits an order's coupon discount over its parcels in proportion to their eligible goods, in whole đồng:
/// each share is rounded down and the remainder goes to the largest parcel, so the shares always add up to the discount.
/// </summary>
public static class DiscountAllocation
{
    public static Dictionary<int, long> Split(long discount, IReadOnlyDictionary<int, long> weights)
    {
        var shares = weights.Keys.ToDictionary(k => k, _ => 0L);
        var total = weights.Values.Where(w => w > 0).Sum();
        if (discount <= 0 || total <= 0) return shares;
        foreach (var (key, weight) in weights.Where(w => w.Value > 0))
            shares[key] = (long)((decimal)discount * weight / total);
        var largest = weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key).First().Key;
        shares[largest] += discount - shares.Values.Sum();
        return shares;
    }
}
