namespace OcopMarket.Core.Reports;

public enum TargetStatus
{
    /// <summary>Below the target's minimum.</summary>
    Below = 1,
    /// <summary>At or above the minimum, and not above the maximum (or no maximum).</summary>
    Reached = 2,
    /// <summary>Above the range's maximum.</summary>
    Above = 3,
}

/// <summary>Where a year-to-date figure stands against a yearly target (Min, or the range Min–Max).</summary>
public sealed record TargetProgress(decimal Min, decimal? Max, decimal Actual, TargetStatus Status, int Percent)
{
    public static TargetProgress Evaluate(decimal min, decimal? max, decimal actual)
    {
        var status = actual < min ? TargetStatus.Below : max is { } m && actual > m ? TargetStatus.Above : TargetStatus.Reached;
        // Percent of the minimum (what "achieved" means in the office's reports); a zero minimum is reached by anything.
        var percent = min <= 0 ? 100 : (int)Math.Floor(actual * 100 / min);
        return new TargetProgress(min, max, actual, status, Math.Max(0, percent));
    }
}
