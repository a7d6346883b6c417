using OcopMarket.Web.Framework.Models;
using System.Globalization;
using System.Text;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>
/// "Add to calendar": one all-day VEVENT in iCalendar (RFC 5545). DTEND of an all-day event is exclusive, so it is the
/// day after the fair's last day. Text values are escaped (\ ; , and newlines) and lines folded at 75 octets.
/// </summary>
public static class FairCalendarFile
{
    public static string Write(FairPageModel fair, string pageUrl, string host)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//OcopMarket//Hoi cho OCOP//VI",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:fair-{fair.Id}@{host}",
            "DTSTAMP:" + fair.UpdatedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
            "DTSTART;VALUE=DATE:" + Day(fair.StartsOn),
            "DTEND;VALUE=DATE:" + Day(fair.EndsOn.AddDays(1)),
            "SUMMARY:" + Escape(fair.Name),
            "LOCATION:" + Escape(string.Join(", ", new[] { fair.VenueName, fair.VenueAddress }.Where(s => !string.IsNullOrWhiteSpace(s)))),
            string.Create(CultureInfo.InvariantCulture, $"GEO:{fair.Latitude:0.######};{fair.Longitude:0.######}"),
            "DESCRIPTION:" + Escape(string.Join("\n", new[] { fair.Summary, fair.OpeningHours, pageUrl }.Where(s => !string.IsNullOrWhiteSpace(s)))),
            "URL:" + pageUrl,
        };
        if (!string.IsNullOrWhiteSpace(fair.Organiser)) lines.Add("ORGANIZER;CN=" + ParamValue(fair.Organiser) + ":" + (fair.Website ?? pageUrl));
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines) Fold(text, line);
        return text.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    // A parameter value is quoted; a quote inside cannot be escaped in RFC 5545, so it is dropped.
    private static string ParamValue(string value) => "\"" + value.Replace("\"", "") + "\"";

    /// <summary>Lines longer than 75 octets (UTF-8) continue on the next line after a space, never splitting a character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                text.Append("\r\n ");
                octets = 1;
            }
            text.Append(rune.ToString());
            octets += size;
        }
        text.Append("\r\n");
    }
}
