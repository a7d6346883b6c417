using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Places;

/// <summary>
/// "Available at" on a product page: the published points that stock the product, in one query. The product page is
/// output-cached for a minute, so each row also carries its week as data (minutes per day) and points-open.js
/// re-evaluates "open now" in the visitor's browser; the first five show, "sort by distance" (client-side,
/// only when the visitor asks) brings the nearest five forward.
/// </summary>
public sealed class ProductAvailabilityViewComponent(OcopDbContext db, PointClock clock) : ViewComponent
{
    public const int Shown = 5;
    // Enough for the client-side "nearest five" to be meaningful without shipping a whole province's network.
    private const int Carried = 30;

    public async Task<IViewComponentResult> InvokeAsync(int productId)
    {
        var rows = await db.DisplayPointProducts.AsNoTracking()
            .Where(x => x.ProductId == productId && x.DisplayPoint!.IsPublished)
            .Select(x => x.DisplayPoint!)
            .OrderBy(d => d.Name)
            .Take(Carried)
            .Select(d => new
            {
                d.Id, d.Name, d.Slug, d.Type, d.Address, Commune = d.Commune!.Name, ProvinceId = d.Commune.ParentId,
                Province = d.Commune.Parent != null ? d.Commune.Parent.Name : null, d.Latitude, d.Longitude, d.Phone, d.OpeningHours,
            })
            .ToListAsync(HttpContext.RequestAborted);
        var now = clock.LocalNow;
        var points = rows
            .OrderBy(r => VietnameseText.Fold(r.Name), StringComparer.OrdinalIgnoreCase)
            .Select(r => new ProductPointModel(
                new PointCardModel(r.Id, r.Name, r.Slug, r.Type, r.Address, r.Commune, r.ProvinceId, r.Province, r.Latitude, r.Longitude,
                    r.Phone, r.OpeningHours, null, null, [], 0, 0) { Open = DisplayPointDirectory.OpenState(r.OpeningHours, now) },
                WeekJson(r.OpeningHours)))
            .ToList();
        return View(new ProductAvailabilityModel(points, Shown));
    }

    /// <summary>[[[start, end], …] × 7], Monday first, minutes of the day; "" when the hours could not be read.</summary>
    private static string WeekJson(string? text)
    {
        if (OpeningHours.ParseOrNull(text) is not { } hours) return "";
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
        return JsonSerializer.Serialize(days.Select(d => hours.RangesOn(d).Select(r => new[] { r.Start, r.End })));
    }
}
