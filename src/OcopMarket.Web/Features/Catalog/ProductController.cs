using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using OcopMarket.Web.Infrastructure;

namespace OcopMarket.Web.Features.Catalog;

[OutputCache(PolicyName = StorefrontCachePolicy.Name)]
public sealed class ProductController(ProductDetailsQuery query) : Controller
{
    [HttpGet("/san-pham/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (slug.Length > 200) return NotFound();
        var model = await query.GetAsync(slug, ct);
        if (model is null) return NotFound();
        ViewData["Title"] = model.Name;
        ViewData["Description"] = model.ShortDescription;
        ViewData["Canonical"] = "/san-pham/" + model.Slug;
        return View(model);
    }
}
