namespace OcopMarket.Core.Traceability.Lots;

/// <summary>Traceability happens in Việt Nam: dates and times of lots and events are read and written at UTC+7 (no daylight saving).</summary>
public static class TraceTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    /// <summary>A local wall-clock time typed in a form, as a moment at UTC+7.</summary>
    public static DateTimeOffset FromLocal(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Offset);
}
