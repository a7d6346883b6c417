using System.Globalization;

namespace OcopMarket.Web.Features.Portal;

/// <summary>How the portal writes file sizes, in the UI culture (times: VnTime).</summary>
public static class PortalFormat
{
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString("N0", CultureInfo.CurrentCulture) + " B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", CultureInfo.CurrentCulture) + " KB",
        _ => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture) + " MB",
    };

    public static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture);
}
