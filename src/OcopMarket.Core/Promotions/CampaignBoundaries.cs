namespace OcopMarket.Core.Promotions;

/// <summary>A campaign's period: live from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
public readonly record struct CampaignPeriod(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// When storefront prices change by the clock alone: the instants a published campaign starts or ends. Pure, so the
/// scheduler's decisions can be tested with any clock.
/// </summary>
public static class CampaignBoundaries
{
    /// <summary>The first start or end strictly after <paramref name="now"/>, or null when none is ahead.</summary>
    public static DateTimeOffset? Next(IEnumerable<CampaignPeriod> periods, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var p in periods)
        {
            foreach (var b in new[] { p.Start, p.End })
                if (b > now && (next is null || b < next)) next = b;
        }
        return next;
    }

    /// <summary>Whether a start or end lies in (<paramref name="from"/>, <paramref name="to"/>]: prices changed in between.</summary>
    public static bool AnyCrossed(IEnumerable<CampaignPeriod> periods, DateTimeOffset from, DateTimeOffset to) =>
        to > from && periods.Any(p => (p.Start > from && p.Start <= to) || (p.End > from && p.End <= to));

    /// <summary>How long to sleep: until the next boundary, but never more than <paramref name="max"/> (saves and clock jumps are re-read).</summary>
    public static TimeSpan SleepFor(DateTimeOffset? next, DateTimeOffset now, TimeSpan max)
    {
        if (next is not { } at) return max;
        var wait = at - now;
        if (wait < TimeSpan.Zero) return TimeSpan.Zero;
        return wait < max ? wait : max;
    }
}
