namespace OcopMarket.Web.Framework;

public sealed class SiteOptions
{
    public const string Section = "Site";
    public string Name { get; set; } = "OcopMarket";
    /// <summary>Absolute base for canonical URLs and the sitemap; empty = the request's scheme and host.</summary>
    public string BaseUrl { get; set; } = "";
    /// <summary>Query strings longer than this get a 400 page (absurd input, never a 500).</summary>
    public int MaxQueryStringLength { get; set; } = 8192;
}

public static class SiteUrls
{
    /// <summary>Absolute URL for canonical links, Open Graph and JSON-LD: the configured base or the request's host.</summary>
    public static string Absolute(Microsoft.AspNetCore.Http.HttpContext http, SiteOptions site, string path)
    {
        var root = string.IsNullOrEmpty(site.BaseUrl) ? $"{http.Request.Scheme}://{http.Request.Host}" : site.BaseUrl.TrimEnd('/');
        return root + path;
    }
}

/// <summary>
/// Maps (section "Map"). With no tile URL every map draws its points on a plain background, so the site, the tests and
/// offline demos never call a tile server; set e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png" with its attribution.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Map";
    public string TileUrl { get; set; } = "";
    public string TileAttribution { get; set; } = "";
    /// <summary>Directions link for a point; {lat} and {lng} are replaced. Empty = only the geo: URI.</summary>
    public string DirectionsUrl { get; set; } = "https://www.google.com/maps/dir/?api=1&destination={lat},{lng}";

    public string? DirectionsFor(double latitude, double longitude) => string.IsNullOrEmpty(DirectionsUrl) ? null
        : DirectionsUrl.Replace("{lat}", latitude.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{lng}", longitude.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture));

    public static string GeoUri(double latitude, double longitude) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"geo:{latitude:0.######},{longitude:0.######}");
}
