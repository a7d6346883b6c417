using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Catalog;

public sealed class HomeController(HomePageQuery query) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await query.GetAsync(ct));
}
