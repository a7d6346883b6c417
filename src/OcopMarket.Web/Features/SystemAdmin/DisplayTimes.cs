using System.Globalization;

namespace OcopMarket.Web.Features.SystemAdmin;

/// <summary>Dates and times for the screens, in the site's time zone (the clock's local zone: Việt Nam) and the UI culture.</summary>
public static class DisplayTimes
{
    public static string Date(this TimeProvider time, DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, time.LocalTimeZone).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(this TimeProvider time, DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, time.LocalTimeZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
