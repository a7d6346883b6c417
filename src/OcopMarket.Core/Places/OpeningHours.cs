using System.Text.RegularExpressions;

namespace OcopMarket.Core.Places;

/// <summary>Whether a place is open at a moment, and when that changes next (all in the place's local time).</summary>
public sealed record OpeningStatus(bool IsOpen, bool AlwaysOpen, DateTime? NextChange);

/// <summary>
/// A weekly opening schedule parsed from what the office types, e.g. "07:30–21:00" (every day), "00:00–24:00",
/// "T2–T6 07:30–11:30, 13:30–17:00; T7 08:00–12:00; CN nghỉ" or the English "Mo-Fr 08:00-17:00; Su closed".
/// Rules are separated by ';' or new lines; a later rule replaces earlier ones for the days it names (as in
/// OpenStreetMap's opening_hours). A range ending before it starts runs past midnight.
/// </summary>
public sealed partial class OpeningHours
{
    // Day index 0 = Monday … 6 = Sunday; each day holds minute ranges [start, end) with end up to 24*60 (+ overnight spill).
    private readonly List<(int Start, int End)>[] _days;

    private OpeningHours(List<(int Start, int End)>[] days) => _days = days;

    public static bool TryParse(string? text, out OpeningHours? hours, out string? error)
    {
        hours = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) { error = "Enter opening hours, e.g. \"T2–T6 07:30–17:00; T7 08:00–12:00\"."; return false; }
        var days = Enumerable.Range(0, 7).Select(_ => new List<(int, int)>()).ToArray();
        foreach (var raw in text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ranges = new List<(int, int)>();
            foreach (Match m in TimeRange().Matches(raw))
            {
                var start = Minutes(m.Groups[1].Value, m.Groups[2].Value);
                var end = Minutes(m.Groups[3].Value, m.Groups[4].Value);
                if (start is null || end is null || start == 24 * 60) { error = $"\"{m.Value}\" is not a valid time range."; return false; }
                if (end == start && end != 0) { error = $"\"{m.Value}\" opens and closes at the same time."; return false; }
                ranges.Add((start.Value, end == 0 && start == 0 ? 24 * 60 : end.Value));
            }
            var rest = TimeRange().Replace(raw, " ").Replace(",", " ").Trim();
            var closed = ClosedWord().IsMatch(rest);
            if (closed) rest = ClosedWord().Replace(rest, " ").Trim();
            if (ranges.Count == 0 && !closed) { error = $"\"{raw}\" has no opening time (use 07:30–17:00, or \"nghỉ\")."; return false; }
            if (ranges.Count > 0 && closed) { error = $"\"{raw}\" is both open and closed."; return false; }
            if (!TryParseDays(rest, out var selected)) { error = $"\"{rest}\" is not a day or a range of days (T2 … T7, CN)."; return false; }
            foreach (var d in selected)
            {
                days[d].Clear();
                days[d].AddRange(ranges);
            }
        }
        hours = new OpeningHours(days);
        return true;
    }

    public static OpeningHours? ParseOrNull(string? text) => TryParse(text, out var h, out _) ? h : null;

    public bool IsAlwaysOpen => _days.All(d => d.Any(r => r.Start == 0 && r.End >= 24 * 60));

    public bool IsOpenAt(DateTime local) => Covers(local);

    /// <summary>The minute ranges of one day as typed (start inclusive, end exclusive; an end before the start runs past midnight), for a week table.</summary>
    public IReadOnlyList<(int Start, int End)> RangesOn(DayOfWeek day) => _days[((int)day + 6) % 7].AsReadOnly();

    /// <summary>Open now, and the next opening or closing within a week (null when it never changes).</summary>
    public OpeningStatus StatusAt(DateTime local)
    {
        if (IsAlwaysOpen) return new OpeningStatus(true, true, null);
        var open = Covers(local);
        // Walk minute boundaries of the coming week; schedules change at most a few times a day.
        var t = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, local.Kind);
        for (var i = 1; i <= 7 * 24 * 60; i++)
        {
            var next = t.AddMinutes(i);
            if (Covers(next) != open) return new OpeningStatus(open, false, next);
        }
        return new OpeningStatus(open, false, null);
    }

    private bool Covers(DateTime local)
    {
        var day = ((int)local.DayOfWeek + 6) % 7;
        var minute = local.Hour * 60 + local.Minute;
        foreach (var (start, end) in _days[day])
        {
            if (end > start ? minute >= start && minute < end : minute >= start) return true;
        }
        // Yesterday's overnight range (e.g. 18:00–02:00) still running after midnight.
        var yesterday = (day + 6) % 7;
        return _days[yesterday].Any(r => r.End < r.Start && minute < r.End);
    }

    private static int? Minutes(string h, string m)
    {
        var hour = int.Parse(h);
        var minute = int.Parse(m);
        if (minute > 59 || hour > 24 || (hour == 24 && minute != 0)) return null;
        return hour * 60 + minute;
    }

    private static bool TryParseDays(string text, out List<int> days)
    {
        days = [];
        if (text.Length == 0) { days.AddRange(Enumerable.Range(0, 7)); return true; }
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split(['-', '–', '—'], StringSplitOptions.RemoveEmptyEntries);
            if (ends.Length is 0 or > 2) return false;
            var from = Day(ends[0]);
            var to = ends.Length == 2 ? Day(ends[1]) : from;
            if (from is null || to is null) return false;
            for (var d = from.Value; ; d = (d + 1) % 7)
            {
                days.Add(d);
                if (d == to) break;
            }
        }
        return true;
    }

    private static int? Day(string token) => token.Trim().ToUpperInvariant() switch
    {
        "T2" or "MO" or "MON" => 0,
        "T3" or "TU" or "TUE" => 1,
        "T4" or "WE" or "WED" => 2,
        "T5" or "TH" or "THU" => 3,
        "T6" or "FR" or "FRI" => 4,
        "T7" or "SA" or "SAT" => 5,
        "CN" or "SU" or "SUN" => 6,
        _ => null,
    };

    [GeneratedRegex(@"(\d{1,2})[:h](\d{2})\s*[-–—]\s*(\d{1,2})[:h](\d{2})")]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"\b(nghỉ|nghi|đóng cửa|closed|off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedWord();
}
