using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Infrastructure;

namespace OcopMarket.Web.Features.Campaigns;

/// <summary>Public campaign pages (output-cached; the boundary service evicts them when a campaign starts or ends).</summary>
[OutputCache(PolicyName = StorefrontCachePolicy.Name)]
public sealed class CampaignsController(CampaignPages pages, IStringLocalizer<PromotionsResource> l) : Controller
{
    public const string ListPath = "/chien-dich";

    [HttpGet(ListPath)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Title"] = l["Offers and campaigns"].Value;
        ViewData["Description"] = l["Promotion campaigns on certified OCOP products: discounts applied automatically, no code needed."].Value;
        ViewData["Canonical"] = ListPath;
        return View(await pages.CurrentAsync(liveOnly: false, ct));
    }

    [HttpGet(ListPath + "/{slug}")]
    public async Task<IActionResult> Show(string slug, [FromQuery] int page = 1, CancellationToken ct = default)
    {
        if (slug.Length > 200 || page is < 1 or > 10_000) return NotFound();
        var model = await pages.GetAsync(slug, page, ct);
        if (model is null) return NotFound();
        ViewData["Title"] = model.Campaign.Name;
        ViewData["Description"] = model.Campaign.Summary;
        ViewData["Canonical"] = ListPath + "/" + model.Campaign.Slug + (model.Pager.Page > 1 ? "?page=" + model.Pager.Page : "");
        if (model.Campaign.BannerImageId is int banner) ViewData["OgImage"] = $"/media/{banner}/800.jpg";
        return View(model);
    }
}
