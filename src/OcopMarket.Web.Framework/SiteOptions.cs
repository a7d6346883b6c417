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
