using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Infrastructure;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>Producer (OCOP subject) storefronts.</summary>
[OutputCache(PolicyName = StorefrontCachePolicy.Name)]
public sealed class ProducerController(ProducerPageQuery query, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("/chu-the")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Title"] = t["OCOP producers"].Value;
        ViewData["Canonical"] = "/chu-the";
        return View(await query.ListAsync(ct));
    }

    [HttpGet("/chu-the/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (slug.Length > 200) return NotFound();
        var model = await query.GetAsync(slug, ct);
        if (model is null) return NotFound();
        ViewData["Title"] = model.Name;
        ViewData["Canonical"] = "/chu-the/" + model.Slug;
        return View(model);
    }
}
