using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Places;
using OcopMarket.Core.Settings;

namespace OcopMarket.Plugin.Shipping.Rates;

public sealed record RegionProvinces(int Region, IReadOnlyList<string> Provinces);

public sealed record RatesPage(RatesForm Form, RatesSettings Current, IReadOnlyList<RegionProvinces> Regions);

/// <summary>The office's delivery price list, /admin/van-chuyen (stored as "Shipping.Rates.*" site settings).</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ShippingRatesController(ISiteSettings settings, OcopDbContext db, ShippingRegions regions, IStringLocalizer<ShippingRatesResource> l) : Controller
{
    public const string Path = "/admin/van-chuyen";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var current = RatesSettings.From(settings);
        return View(new RatesPage(RatesForm.From(current), current, await RegionsAsync(ct)));
    }

    [HttpPost(Path)]
    public async Task<IActionResult> Index(RatesForm form, CancellationToken ct)
    {
        var rates = form.ToSettings(ModelState, l);
        if (rates is null) return View(new RatesPage(form, RatesSettings.From(settings), await RegionsAsync(ct)));
        await settings.SaveAsync(rates.ToValues(), ct);
        TempData["Status"] = l["Delivery rates saved. The next quote at checkout uses them."].Value;
        TempData["StatusKind"] = "success";
        return Redirect(Path);
    }

    /// <summary>Today's provinces by delivery region, so the office sees what "same region" means.</summary>
    private async Task<IReadOnlyList<RegionProvinces>> RegionsAsync(CancellationToken ct)
    {
        var provinces = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == AdminUnitLevel.Province && u.ValidTo == null && u.Code.StartsWith("P"))
            .OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(ct);
        return ShippingRegions.All
            .Select(r => new RegionProvinces(r, provinces.Where(p => regions.RegionOf(p.Code) == r).Select(p => p.Name).ToList()))
            .ToList();
    }
}
