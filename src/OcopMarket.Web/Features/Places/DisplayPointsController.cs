using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;
using OcopMarket.Web.Infrastructure;

namespace OcopMarket.Web.Features.Places;

/// <summary>The list of display and sale points (the map, "near me" and point pages come with the places issue).</summary>
[OutputCache(PolicyName = StorefrontCachePolicy.Name)]
public sealed class DisplayPointsController(OcopDbContext db, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("/diem-ban")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["Title"] = t["OCOP display and sale points"].Value;
        ViewData["Canonical"] = "/diem-ban";
        var points = await db.DisplayPoints.AsNoTracking().Where(d => d.IsPublished).OrderBy(d => d.Name)
            .ToCards()
            .ToListAsync(ct);
        return View(points);
    }
}
