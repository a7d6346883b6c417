namespace OcopMarket.Web.Features.Places;

/// <summary>Việt Nam local time from the site's clock: opening hours of places are written in it (UTC+7, no daylight saving).</summary>
public sealed class PointClock(TimeProvider time)
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public DateTime LocalNow => time.GetUtcNow().ToOffset(VietnamOffset).DateTime;
}
