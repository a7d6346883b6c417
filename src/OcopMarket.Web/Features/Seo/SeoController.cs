using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Data;
using OcopMarket.Web.Infrastructure;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Seo;

/// <summary>robots.txt and sitemap.xml (home, groups, products, producers, display points).</summary>
public sealed class SeoController(OcopDbContext db, IOptions<SiteOptions> site) : Controller
{
    [HttpGet("/robots.txt")]
    [OutputCache(Duration = 3600)]
    public ContentResult Robots()
    {
        var text = new StringBuilder()
            .AppendLine("User-agent: *")
            .AppendLine("Disallow: /tai-khoan/")
            .AppendLine("Disallow: /admin/")
            .AppendLine("Disallow: /portal/")
            .AppendLine("Disallow: /tim-kiem")
            .AppendLine("Disallow: /ngon-ngu/")
            .AppendLine(CultureInfo.InvariantCulture, $"Sitemap: {BaseUrl()}/sitemap.xml")
            .ToString();
        return Content(text, "text/plain; charset=utf-8");
    }

    [HttpGet("/sitemap.xml")]
    [OutputCache(Duration = 600)]
    public async Task<IActionResult> Sitemap(CancellationToken ct)
    {
        var baseUrl = BaseUrl();
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => c.Slug).ToListAsync(ct);
        var products = await db.Products.AsNoTracking().Where(p => p.IsPublished && p.Producer!.IsPublished).OrderBy(p => p.Id)
            .Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(ct);
        var producers = await db.Producers.AsNoTracking().Where(p => p.IsPublished).OrderBy(p => p.Id).Select(p => p.Slug).ToListAsync(ct);

        var stream = new MemoryStream();
        await using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = false }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            void Url(string path, DateTimeOffset? modified = null)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", baseUrl + path);
                if (modified is { } m) xml.WriteElementString("lastmod", m.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            Url("/");
            Url("/danh-muc");
            Url("/chu-the");
            Url("/diem-ban");
            foreach (var c in categories) Url("/danh-muc/" + c);
            foreach (var p in products) Url("/san-pham/" + p.Slug, p.UpdatedAt);
            foreach (var p in producers) Url("/chu-the/" + p);
            xml.WriteEndElement();
            await xml.WriteEndDocumentAsync();
        }
        return File(stream.ToArray(), "application/xml; charset=utf-8");
    }

    private string BaseUrl() =>
        string.IsNullOrEmpty(site.Value.BaseUrl) ? $"{Request.Scheme}://{Request.Host}" : site.Value.BaseUrl.TrimEnd('/');
}
