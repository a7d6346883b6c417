namespace OcopMarket.Web.Infrastructure;

public sealed class SiteOptions
{
    public const string Section = "Site";
    public string Name { get; set; } = "OcopMarket";
    /// <summary>Absolute base for canonical URLs and the sitemap; empty = the request's scheme and host.</summary>
    public string BaseUrl { get; set; } = "";
    /// <summary>Query strings longer than this get a 400 page (absurd input, never a 500).</summary>
    public int MaxQueryStringLength { get; set; } = 2048;
}
