using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Infrastructure;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>Public fairs: the list, a fair's page and its calendar file. All output-cached (no forms); office edits evict them.</summary>
public sealed class FairsController(FairPages pages, IOptions<SiteOptions> site, IStringLocalizer<FairsResource> l) : Controller
{
    [HttpGet(FairPaths.Public)]
    [OutputCache(PolicyName = StorefrontCachePolicy.Name)]
    public async Task<IActionResult> Index([FromQuery] int page = 1, CancellationToken ct = default)
    {
        if (page is < 1 or > 10_000) return BadRequest();
        ViewData["Title"] = l["Trade fairs and events"].Value;
        ViewData["Description"] = l["OCOP trade fairs, markets and product weeks: dates, venues on the map, the producers taking part and the products to find at their booths."].Value;
        ViewData["Canonical"] = page == 1 ? FairPaths.Public : FairPaths.Public + "?page=" + page;
        return View(await pages.ListAsync(page, ct));
    }

    [HttpGet(FairPaths.Public + "/{slug}")]
    [OutputCache(PolicyName = StorefrontCachePolicy.Name)]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (slug.Length > 200) return NotFound();
        var fair = await pages.GetAsync(slug, ct);
        if (fair is null) return NotFound();
        ViewData["Title"] = fair.Name;
        ViewData["Description"] = fair.Summary;
        ViewData["Canonical"] = FairPaths.Show(fair.Slug);
        if (fair.CoverImageId is int cover) ViewData["OgImage"] = $"/media/{cover}/800.jpg";
        return View(fair);
    }

    [HttpGet(FairPaths.Public + "/{slug}/lich.ics")]
    [OutputCache(PolicyName = StorefrontCachePolicy.Name)]
    public async Task<IActionResult> Calendar(string slug, CancellationToken ct)
    {
        if (slug.Length > 200) return NotFound();
        var fair = await pages.GetAsync(slug, ct);
        if (fair is null) return NotFound();
        var url = SiteUrls.Absolute(HttpContext, site.Value, FairPaths.Show(fair.Slug));
        var text = FairCalendarFile.Write(fair, url, new Uri(url).Host);
        return File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", fair.Slug + ".ics");
    }
}
