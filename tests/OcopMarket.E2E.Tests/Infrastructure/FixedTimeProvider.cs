namespace OcopMarket.E2E.Tests.Infrastructure;

/// <summary>
/// A clock stopped at <see cref="Now"/> (the Web tests' date), Hà Nội local time: certificate expiry and
/// star badges, hence pages and screenshots, do not change with the day the tests run.
/// </summary>
public sealed class FixedTimeProvider : TimeProvider
{
    /// <summary>25 November 2026, 10:00 in Hà Nội.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(7));

    private static readonly TimeZoneInfo Vietnam = FindVietnam();

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => Vietnam;

    private static TimeZoneInfo FindVietnam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}
