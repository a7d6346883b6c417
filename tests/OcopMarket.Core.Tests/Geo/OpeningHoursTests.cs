using OcopMarket.Core.Places;

namespace OcopMarket.Core.Tests.Geo;

public sealed class OpeningHoursTests
{
    // 2026-11-23 is a Monday.
    private static DateTime At(int day, int hour, int minute = 0) => new(2026, 11, 23 + day, hour, minute, 0);

    [Fact]
    public void A_single_range_applies_every_day()
    {
        var h = OpeningHours.ParseOrNull("07:30–21:00")!;
        Assert.False(h.IsOpenAt(At(0, 7, 29)));
        Assert.True(h.IsOpenAt(At(0, 7, 30)));
        Assert.True(h.IsOpenAt(At(6, 20, 59)));
        Assert.False(h.IsOpenAt(At(6, 21, 0)));
    }

    [Fact]
    public void Day_rules_lunch_breaks_and_closed_days()
    {
        var h = OpeningHours.ParseOrNull("T2–T6 07:30–11:30, 13:30–17:00; T7 08:00–12:00; CN nghỉ")!;
        Assert.True(h.IsOpenAt(At(4, 10, 0)));   // Friday morning
        Assert.False(h.IsOpenAt(At(4, 12, 0)));  // lunch
        Assert.True(h.IsOpenAt(At(4, 16, 59)));
        Assert.True(h.IsOpenAt(At(5, 11, 0)));   // Saturday
        Assert.False(h.IsOpenAt(At(5, 13, 0)));
        Assert.False(h.IsOpenAt(At(6, 10, 0)));  // Sunday closed
    }

    [Fact]
    public void English_days_and_later_rules_override_earlier_ones()
    {
        var h = OpeningHours.ParseOrNull("Mo-Su 08:00-17:00; Su closed")!;
        Assert.True(h.IsOpenAt(At(5, 9, 0)));
        Assert.False(h.IsOpenAt(At(6, 9, 0)));
    }

    [Fact]
    public void A_range_past_midnight_runs_into_the_next_day()
    {
        var h = OpeningHours.ParseOrNull("T6 18:00–02:00")!;
        Assert.True(h.IsOpenAt(At(4, 23, 0)));
        Assert.True(h.IsOpenAt(At(5, 1, 59)));
        Assert.False(h.IsOpenAt(At(5, 2, 0)));
        Assert.False(h.IsOpenAt(At(3, 23, 0)));
    }

    [Fact]
    public void Round_the_clock_is_always_open()
    {
        var h = OpeningHours.ParseOrNull("00:00–24:00")!;
        Assert.True(h.IsAlwaysOpen);
        Assert.Equal(new OpeningStatus(true, true, null), h.StatusAt(At(2, 3, 0)));
    }

    [Fact]
    public void Status_says_when_it_next_opens_or_closes()
    {
        var h = OpeningHours.ParseOrNull("T2–T6 07:30–17:00")!;
        var friday = h.StatusAt(At(4, 16, 0));
        Assert.True(friday.IsOpen);
        Assert.Equal(At(4, 17, 0), friday.NextChange);
        var saturday = h.StatusAt(At(5, 9, 0));
        Assert.False(saturday.IsOpen);
        Assert.Equal(At(7, 7, 30), saturday.NextChange); // Monday
    }

    [Theory]
    [InlineData("")]
    [InlineData("luôn mở")]
    [InlineData("25:00–26:00")]
    [InlineData("T9 08:00–17:00")]
    [InlineData("08:60–17:00")]
    [InlineData("CN nghỉ 08:00–10:00")]
    public void Nonsense_is_refused_with_a_reason(string text)
    {
        Assert.False(OpeningHours.TryParse(text, out var h, out var error));
        Assert.Null(h);
        Assert.False(string.IsNullOrEmpty(error));
    }
}

public sealed class GeoDistanceTests
{
    [Fact]
    public void Hanoi_to_Ho_Chi_Minh_City_is_about_1140_km()
    {
        var km = GeoDistance.Kilometres(new GeoPoint(21.0285, 105.8542), new GeoPoint(10.7769, 106.7009));
        Assert.InRange(km, 1130, 1150);
    }

    [Fact]
    public void Same_place_is_zero_and_distance_is_symmetric()
    {
        var a = new GeoPoint(19.8138, 105.6064);
        var b = new GeoPoint(19.8056, 105.7818);
        Assert.Equal(0, GeoDistance.Kilometres(a, a), 6);
        Assert.Equal(GeoDistance.Kilometres(a, b), GeoDistance.Kilometres(b, a), 9);
        Assert.InRange(GeoDistance.Kilometres(a, b), 18, 19);
    }
}
