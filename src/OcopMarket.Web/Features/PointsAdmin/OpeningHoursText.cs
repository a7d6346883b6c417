using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Places;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>One day of the week preview: the opening ranges as "07:30–11:30", or none (closed).</summary>
public sealed record DayHours(int Day, IReadOnlyList<string> Ranges, bool AllDay);

/// <summary>The week the office's text means, and whether the point is open at this moment (Việt Nam time).</summary>
public sealed record WeekPreview(IReadOnlyList<DayHours> Days, OpeningStatus Now, DateTime LocalNow);

/// <summary>
/// What the office reads about opening hours: <see cref="OpeningHours"/>' English error messages in the user's
/// language, and a preview of the week the typed text gives, so a slip ("T2-T6" where "T2–CN" was meant) shows.
/// </summary>
public sealed class OpeningHoursText(IStringLocalizer<PointsAdminResource> text, TimeProvider time)
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    // OpeningHours' messages quote the offending part first; the rest is fixed. Keys in PointsAdminResource use {0}.
    private static readonly string[] QuotedMessages =
    [
        "\" is not a valid time range.",
        "\" opens and closes at the same time.",
        "\" has no opening time (use 07:30–17:00, or \"nghỉ\").",
        "\" is both open and closed.",
        "\" is not a day or a range of days (T2 … T7, CN).",
    ];

    /// <summary>The parser's message in the request's language (unknown shapes fall back to the English text).</summary>
    public string Localize(string error)
    {
        foreach (var tail in QuotedMessages)
        {
            if (error.Length > tail.Length + 1 && error[0] == '"' && error.EndsWith(tail, StringComparison.Ordinal))
                return text["\"{0}" + tail, error[1..^tail.Length]].Value;
        }
        return text[error].Value;
    }

    /// <summary>The preview for a saved text, or null when there is none (or it no longer parses).</summary>
    public WeekPreview? Preview(string? hoursText)
    {
        var hours = OpeningHours.ParseOrNull(hoursText);
        if (hours is null) return null;
        var now = time.GetUtcNow().ToOffset(VietnamOffset).DateTime;
        return new WeekPreview(Week(hours), hours.StatusAt(now), now);
    }

    /// <summary>
    /// Monday … Sunday of a reference week, minute by minute (OpeningHours answers "open at?" only; 10,080 cheap
    /// questions). A range past midnight shows as "… –24:00" and "00:00– …" on the next day.
    /// </summary>
    public static IReadOnlyList<DayHours> Week(OpeningHours hours)
    {
        var monday = new DateTime(2024, 1, 1); // a Monday
        var days = new List<DayHours>(7);
        for (var d = 0; d < 7; d++)
        {
            var ranges = new List<string>();
            int? start = null;
            for (var m = 0; m <= 24 * 60; m++)
            {
                var open = m < 24 * 60 && hours.IsOpenAt(monday.AddDays(d).AddMinutes(m));
                if (open && start is null) start = m;
                else if (!open && start is { } s)
                {
                    ranges.Add($"{Clock(s)}–{Clock(m)}");
                    start = null;
                }
            }
            days.Add(new DayHours(d, ranges, ranges is ["00:00–24:00"]));
        }
        return days;
    }

    /// <summary>"T2" … "CN" style day name in the request's language.</summary>
    public string DayName(int day) => text["Day." + day].Value;

    /// <summary>"Open now · closes at 21:00", "Closed now · opens at 07:30 Monday", "Open 24 hours".</summary>
    public string Describe(WeekPreview preview)
    {
        var status = preview.Now;
        if (status.AlwaysOpen) return text["Open 24 hours, every day"].Value;
        if (status.NextChange is not { } next)
            return status.IsOpen ? text["Open now"].Value : text["Closed all week"].Value;
        var at = next.ToString("HH:mm", CultureInfo.InvariantCulture);
        var sameDay = next.Date == preview.LocalNow.Date;
        var when = sameDay ? at : $"{at} {DayName(((int)next.DayOfWeek + 6) % 7)}";
        return status.IsOpen ? text["Open now · closes at {0}", when].Value : text["Closed now · opens at {0}", when].Value;
    }

    private static string Clock(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";
}
