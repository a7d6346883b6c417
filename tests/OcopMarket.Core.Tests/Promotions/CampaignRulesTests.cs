using Microsoft.Extensions.Time.Testing;
using OcopMarket.Core.Common;
using OcopMarket.Core.Promotions;

namespace OcopMarket.Core.Tests.Promotions;

public sealed class DiscountMathTests
{
    [Theory]
    [InlineData(250_000, 10, null, 25_000)]
    [InlineData(250_000, 10, 20_000L, 20_000)] // capped
    [InlineData(99_999, 15, null, 14_999)] // rounded down to whole đồng
    [InlineData(1_000, 100, null, 1_000)]
    [InlineData(0, 10, null, 0)]
    public void Percent_is_rounded_down_and_capped(long amount, long percent, long? cap, long expected) =>
        Assert.Equal(expected, DiscountMath.DiscountOn(amount, DiscountKind.Percent, percent, cap));

    [Theory]
    [InlineData(100_000, 30_000, 30_000)]
    [InlineData(20_000, 30_000, 20_000)] // never more than the price: the price never goes below 0
    [InlineData(20_000, 0, 0)]
    public void An_amount_never_exceeds_the_price(long amount, long value, long expected) =>
        Assert.Equal(expected, DiscountMath.DiscountOn(amount, DiscountKind.Amount, value, null));
}

public sealed class CampaignBoundariesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 10, 0, 0, VietnamTime.Offset);

    private static readonly CampaignPeriod[] Periods =
    [
        new(T0.AddHours(-5), T0.AddHours(2)), // live, ends in 2 h
        new(T0.AddMinutes(30), T0.AddDays(1)), // starts in 30 min
        new(T0.AddDays(-3), T0.AddDays(-1)), // over
    ];

    [Fact]
    public void The_next_boundary_is_the_nearest_start_or_end_ahead()
    {
        Assert.Equal(T0.AddMinutes(30), CampaignBoundaries.Next(Periods, T0));
        Assert.Equal(T0.AddHours(2), CampaignBoundaries.Next(Periods, T0.AddMinutes(30))); // strictly after "now"
        Assert.Equal(T0.AddDays(1), CampaignBoundaries.Next(Periods, T0.AddHours(3)));
        Assert.Null(CampaignBoundaries.Next(Periods, T0.AddDays(2)));
        Assert.Null(CampaignBoundaries.Next([], T0));
    }

    [Fact]
    public void A_boundary_is_crossed_when_it_lies_after_the_last_check_up_to_now()
    {
        Assert.False(CampaignBoundaries.AnyCrossed(Periods, T0, T0.AddMinutes(29)));
        Assert.True(CampaignBoundaries.AnyCrossed(Periods, T0, T0.AddMinutes(30))); // inclusive start
        Assert.False(CampaignBoundaries.AnyCrossed(Periods, T0.AddMinutes(30), T0.AddMinutes(31))); // already handled
        Assert.True(CampaignBoundaries.AnyCrossed(Periods, T0.AddHours(1), T0.AddHours(5))); // an end
        Assert.False(CampaignBoundaries.AnyCrossed(Periods, T0, T0)); // no time passed
    }

    [Fact]
    public void The_scheduler_sleeps_until_the_boundary_but_at_most_the_maximum()
    {
        var max = TimeSpan.FromMinutes(1);
        Assert.Equal(TimeSpan.FromSeconds(20), CampaignBoundaries.SleepFor(T0.AddSeconds(20), T0, max));
        Assert.Equal(max, CampaignBoundaries.SleepFor(T0.AddHours(1), T0, max));
        Assert.Equal(max, CampaignBoundaries.SleepFor(null, T0, max));
        Assert.Equal(TimeSpan.Zero, CampaignBoundaries.SleepFor(T0.AddSeconds(-5), T0, max));
    }

    [Fact]
    public void Driven_by_a_fake_clock_the_boundaries_follow_the_time()
    {
        var clock = new FakeTimeProvider(T0.ToUniversalTime());
        var last = clock.GetUtcNow();
        var next = CampaignBoundaries.Next(Periods, last)!.Value;
        clock.Advance(CampaignBoundaries.SleepFor(next, clock.GetUtcNow(), TimeSpan.FromHours(1)));
        Assert.True(CampaignBoundaries.AnyCrossed(Periods, last, clock.GetUtcNow()));
        Assert.Equal(T0.AddHours(2), CampaignBoundaries.Next(Periods, clock.GetUtcNow()));
    }
}

public sealed class CampaignStatusTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, VietnamTime.Offset);
    private static readonly DateTimeOffset End = new(2026, 12, 8, 0, 0, 0, VietnamTime.Offset);

    [Fact]
    public void Status_comes_from_the_clock_with_an_inclusive_start_and_exclusive_end()
    {
        Assert.Equal(CampaignStatus.Upcoming, CampaignStatuses.Of(true, Start, End, Start.AddTicks(-1)));
        Assert.Equal(CampaignStatus.Live, CampaignStatuses.Of(true, Start, End, Start));
        Assert.Equal(CampaignStatus.Live, CampaignStatuses.Of(true, Start, End, End.AddTicks(-1)));
        Assert.Equal(CampaignStatus.Ended, CampaignStatuses.Of(true, Start, End, End));
        Assert.Equal(CampaignStatus.Draft, CampaignStatuses.Of(false, Start, End, Start.AddDays(1)));
    }
}
