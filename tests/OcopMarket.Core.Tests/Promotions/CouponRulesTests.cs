using OcopMarket.Core.Promotions;
using OcopMarket.Core.Promotions.Coupons;

namespace OcopMarket.Core.Tests.Promotions;

public sealed class CouponRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(7));

    private static Coupon Percent(int value = 10, long? cap = null, long min = 0) => new()
    {
        Id = 7, Code = "THU", DiscountKind = DiscountKind.Percent, DiscountValue = value, MaxDiscount = cap, MinOrderSubtotal = min, IsActive = true,
    };

    private static readonly CouponLine[] TwoProducers = [new(1, 10, 300_000, null), new(2, 20, 100_000, null)];

    [Fact]
    public void Percent_of_the_goods_rounded_down_and_capped()
    {
        Assert.Equal(40_000, CouponRules.Evaluate(Percent(10), TwoProducers, Now).Value!.Discount);
        Assert.Equal(30_000, CouponRules.Evaluate(Percent(10, cap: 30_000), TwoProducers, Now).Value!.Discount);
        Assert.Equal(3_333, CouponRules.Evaluate(Percent(10), [new CouponLine(1, 10, 33_339, null)], Now).Value!.Discount);
    }

    [Fact]
    public void An_amount_never_exceeds_the_eligible_goods()
    {
        var coupon = new Coupon { Code = "BIG", DiscountKind = DiscountKind.Amount, DiscountValue = 500_000, IsActive = true };
        var quote = CouponRules.Evaluate(coupon, TwoProducers, Now).Value!;
        Assert.Equal(400_000, quote.Discount);
        coupon.ProducerId = 20;
        Assert.Equal(100_000, CouponRules.Evaluate(coupon, TwoProducers, Now).Value!.Discount);
    }

    [Fact]
    public void Dates_are_checked_with_the_end_exclusive()
    {
        var coupon = Percent();
        coupon.StartsAt = Now.AddMinutes(1);
        var early = CouponRules.Evaluate(coupon, TwoProducers, Now);
        Assert.Equal(CouponRules.NotYetValid, early.Error);
        Assert.Equal(coupon.StartsAt, early.Arguments![0]);
        coupon.StartsAt = Now;
        Assert.True(CouponRules.Evaluate(coupon, TwoProducers, Now).Succeeded);
        coupon.EndsAt = Now;
        Assert.Equal(CouponRules.Expired, CouponRules.Evaluate(coupon, TwoProducers, Now).Error);
        coupon.EndsAt = Now.AddTicks(1);
        Assert.True(CouponRules.Evaluate(coupon, TwoProducers, Now).Succeeded);
    }

    [Fact]
    public void Inactive_and_used_up_codes_are_refused()
    {
        var coupon = Percent();
        coupon.IsActive = false;
        Assert.Equal(CouponRules.NotFound, CouponRules.Evaluate(coupon, TwoProducers, Now).Error);
        coupon.IsActive = true;
        coupon.MaxUses = 3;
        coupon.UsedCount = 3;
        Assert.Equal(CouponRules.UsedUp, CouponRules.Evaluate(coupon, TwoProducers, Now).Error);
        coupon.UsedCount = 2;
        Assert.True(CouponRules.Evaluate(coupon, TwoProducers, Now).Succeeded);
    }

    [Fact]
    public void The_minimum_counts_only_eligible_goods_and_says_what_is_missing()
    {
        var coupon = Percent(min: 200_000);
        coupon.ProducerId = 20;
        var result = CouponRules.Evaluate(coupon, TwoProducers, Now, "HTX Thử");
        Assert.Equal(CouponRules.BelowMinimum, result.Error);
        Assert.Equal([100_000L, 200_000L], result.Arguments!);
        coupon.ProducerId = null;
        Assert.True(CouponRules.Evaluate(coupon, TwoProducers, Now).Succeeded);
    }

    [Fact]
    public void A_producer_code_applies_only_to_that_producer()
    {
        var coupon = Percent(10);
        coupon.ProducerId = 10;
        var quote = CouponRules.Evaluate(coupon, TwoProducers, Now).Value!;
        Assert.Equal(300_000, quote.EligibleSubtotal);
        Assert.Equal(30_000, quote.Discount);
        Assert.Equal([10], quote.EligibleByProducer.Keys);
        coupon.ProducerId = 99;
        var other = CouponRules.Evaluate(coupon, TwoProducers, Now, "HTX Khác");
        Assert.Equal(CouponRules.OtherProducer, other.Error);
        Assert.Equal("HTX Khác", other.Arguments![0]);
    }

    [Fact]
    public void Campaign_lines_are_left_out_unless_the_code_combines()
    {
        CouponLine[] lines = [new(1, 10, 300_000, 5), new(2, 20, 100_000, null)];
        var coupon = Percent(10);
        Assert.Equal(10_000, CouponRules.Evaluate(coupon, lines, Now).Value!.Discount);
        coupon.CombinesWithCampaigns = true;
        Assert.Equal(40_000, CouponRules.Evaluate(coupon, lines, Now).Value!.Discount);
        coupon.CombinesWithCampaigns = false;
        Assert.Equal(CouponRules.NotCombinable, CouponRules.Evaluate(coupon, [new CouponLine(1, 10, 300_000, 5)], Now).Error);
    }
}

public sealed class DiscountAllocationTests
{
    [Fact]
    public void Shares_are_proportional_and_add_up_exactly()
    {
        var shares = DiscountAllocation.Split(10_001, new Dictionary<int, long> { [1] = 100_000, [2] = 200_000, [3] = 0 });
        Assert.Equal(10_001, shares.Values.Sum());
        Assert.Equal(3_333, shares[1]);
        Assert.Equal(6_668, shares[2]); // the remainder goes to the largest parcel
        Assert.Equal(0, shares[3]);
    }

    [Fact]
    public void Nothing_to_split()
    {
        Assert.All(DiscountAllocation.Split(0, new Dictionary<int, long> { [1] = 5 }).Values, v => Assert.Equal(0, v));
        Assert.Empty(DiscountAllocation.Split(100, new Dictionary<int, long>()));
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(7L)]
    [InlineData(29_999L)]
    public void Any_discount_sums_exactly(long discount)
    {
        var shares = DiscountAllocation.Split(discount, new Dictionary<int, long> { [1] = 33_333, [2] = 33_333, [3] = 33_334 });
        Assert.Equal(discount, shares.Values.Sum());
    }

    [Fact]
    public void Codes_are_normalised_and_checked()
    {
        Assert.Equal("CHAO-MUNG", CouponCodes.Normalize("  chao-mung "));
        Assert.True(CouponCodes.IsWellFormed("MATONG50K"));
        Assert.False(CouponCodes.IsWellFormed("MÃ-1"));
        Assert.False(CouponCodes.IsWellFormed("A--B"));
        Assert.False(CouponCodes.IsWellFormed("-AB"));
        Assert.Equal("phone:0912345678", CouponCodes.CustomerKey(null, "0912 345 678"));
        Assert.Equal("user:42", CouponCodes.CustomerKey(42, "0912 345 678"));
        Assert.Matches("^[A-Z2-9]{8}$", CouponCodes.Generate());
    }
}
