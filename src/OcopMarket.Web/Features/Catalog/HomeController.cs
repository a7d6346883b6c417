using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Catalog;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.StorefrontCachePolicy.Name)]
public sealed class HomeController(HomePageQuery query) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await query.GetAsync(ct));
}
