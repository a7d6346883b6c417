using Microsoft.Extensions.Options;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Stamps;

/// <summary>
/// The GS1 Digital Link a stamp's QR code carries: https://&lt;site&gt;/01/{GTIN-14}/10/{lot}/21/{serial}, on the configured
/// site address (or the request's host), which the public traceability page resolves.
/// </summary>
public sealed class StampLinks(IHttpContextAccessor http, IOptions<SiteOptions> site)
{
    public string Url(string gtin, string lotCode, string serial) =>
        SiteUrls.Absolute(http.HttpContext!, site.Value, DigitalLink.Format(gtin, lotCode, serial));

    /// <summary>The same address without "https://", for people typing it from the label.</summary>
    public static string WithoutScheme(string url) => url[(url.IndexOf("://", StringComparison.Ordinal) is var i and >= 0 ? i + 3 : 0)..];
}
