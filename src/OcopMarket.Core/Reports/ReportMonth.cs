using System.Globalization;
using OcopMarket.Core.Common;

namespace OcopMarket.Core.Reports;

/// <summary>
/// A Việt Nam calendar month: from the first day 00:00 (+07) up to, not including, the next month's first day.
/// Written "2026-11" in URLs and "11/2026" for people.
/// </summary>
public readonly record struct ReportMonth
{
    public ReportMonth(int year, int month)
    {
        if (year is < 2000 or > 2100) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        Year = year;
        Month = month;
    }

    public int Year { get; }
    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);
    public ReportMonth Previous => Of(FirstDay.AddMonths(-1));
    public ReportMonth Next => Of(FirstDay.AddMonths(1));

    /// <summary>The month and the part of the year up to its end (for year-to-date progress against targets).</summary>
    public ReportPeriod Period => new(FirstDay, LastDay);
    public ReportPeriod YearToDate => new(new DateOnly(Year, 1, 1), LastDay);

    public static ReportMonth Of(DateOnly day) => new(day.Year, day.Month);

    public static ReportMonth Current(TimeProvider time) => Of(VietnamTime.Today(time));

    /// <summary>"2026-11" (the query string form); anything else is refused.</summary>
    public static bool TryParse(string? text, out ReportMonth month)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || y is < 2000 or > 2100 || m is < 1 or > 12) return false;
        month = new ReportMonth(y, m);
        return true;
    }

    /// <summary>"2026-11".</summary>
    public string Key => $"{Year:0000}-{Month:00}";

    /// <summary>"11/2026", as Vietnamese documents write a month.</summary>
    public string Label => $"{Month:00}/{Year:0000}";

    public override string ToString() => Key;

    public int CompareTo(ReportMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);
    public static bool operator <(ReportMonth a, ReportMonth b) => a.CompareTo(b) < 0;
    public static bool operator >(ReportMonth a, ReportMonth b) => a.CompareTo(b) > 0;
}

/// <summary>
/// Days From..To (inclusive, Việt Nam dates) and the instants that bound them, for DateTimeOffset columns.
/// <see cref="AsOf"/> is the day "at the end of the period" figures are read on (certificates valid, points published).
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public DateTimeOffset Start => VietnamTime.StartOf(From);
    /// <summary>Exclusive: the first instant after the period.</summary>
    public DateTimeOffset End => VietnamTime.StartOf(To.AddDays(1));
    public DateOnly AsOf => To;

    /// <summary>The same period, cut at <paramref name="today"/> when it has not ended yet (the current month is read "so far").</summary>
    public ReportPeriod Until(DateOnly today) => today < To && today >= From ? this with { To = today } : this;

    public bool Contains(DateOnly day) => day >= From && day <= To;
}
