using System.Globalization;

namespace OcopMarket.Web.Features.Portal;

/// <summary>How the portal writes times and sizes: Vietnamese time (UTC+7, no daylight saving) and file sizes in the UI culture.</summary>
public static class PortalFormat
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static string When(DateTimeOffset at) => at.ToOffset(Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset at) => at.ToOffset(Vietnam).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString("N0", CultureInfo.CurrentCulture) + " B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", CultureInfo.CurrentCulture) + " KB",
        _ => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture) + " MB",
    };

    public static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture);
}
