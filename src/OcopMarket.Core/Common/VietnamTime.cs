namespace OcopMarket.Core.Common;

/// <summary>
/// Việt Nam's clock (UTC+7 all year, no daylight saving): what "today", "this month" and opening hours mean here,
/// whatever the server's own zone. Formatting for people is VnTime in the web framework.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToVietnam(this DateTimeOffset value) => value.ToOffset(Offset);

    /// <summary>The wall-clock time in Việt Nam now (for opening hours and the like).</summary>
    public static DateTime LocalNow(TimeProvider time) => time.GetUtcNow().ToOffset(Offset).DateTime;

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(LocalNow(time));

    /// <summary>The instant a Việt Nam calendar day starts (midnight UTC+7), for date-range filters.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
