using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Places;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Places;

/// <summary>
/// The public map and list of display and sale points, "near me" (?lat&amp;lng, or a typed place ?noi=) and each point's page.
/// Deliberately not output-cached: every card says "open now · closes 21:00" by the clock, the points are two small
/// queries, and a cached copy would keep saying "open" after closing time.
/// </summary>
public sealed class DisplayPointsController(
    DisplayPointDirectory directory, TypedPlaceResolver places, DisplayPointPageQuery pages, PointMap map,
    IStringLocalizer<PointsResource> l) : Controller
{
    [HttpGet("/diem-ban")]
    public async Task<IActionResult> Index([FromQuery(Name = "loai")] string? type, [FromQuery(Name = "tinh")] string? province,
        [FromQuery] string? lat, [FromQuery] string? lng, [FromQuery] string? noi, CancellationToken ct)
    {
        if (!Coordinates.TryRead(lat, lng, out var origin)) return BadRequest();
        if (noi is { Length: > TypedPlaceResolver.MaxLength }) return BadRequest();
        var all = await directory.LoadAsync(ct);

        var typeFilter = PointTypeSlugs.Parse(type);
        var provinceOptions = all.Where(p => p.ProvinceId is not null && p.Province is not null)
            .GroupBy(p => p.ProvinceId!.Value)
            .Select(g => (Slug: SlugGenerator.Generate(g.First().Province!), Name: g.First().Province!, Count: g.Count()))
            .OrderBy(p => VietnameseText.Fold(p.Name), StringComparer.OrdinalIgnoreCase).ToList();
        var provinceFilter = provinceOptions.FirstOrDefault(p => p.Slug == province).Slug;
        var shown = all.Where(p => (typeFilter is null || p.Type == typeFilter)
            && (provinceFilter is null || p.Province is not null && SlugGenerator.Generate(p.Province) == provinceFilter)).ToList();

        PlaceMatchModel? match = null;
        IReadOnlyList<PointCardModel> ordered = shown;
        if (origin is { } here)
        {
            ordered = NearestDisplayPoints.Order(shown, here);
        }
        else if (!string.IsNullOrWhiteSpace(noi))
        {
            var place = await places.ResolveAsync(noi, ct);
            match = new PlaceMatchModel(place.Typed, place.MatchedName is null ? null : place.IsFormer ? l["{0} (before 2025)", place.MatchedName].Value : place.MatchedName,
                place.ProvinceName, place.Estimate is not null, place.FromProvince);
            if (place.Estimate is { } estimate) ordered = NearestDisplayPoints.Order(shown, estimate);
            // Nothing known around the unit: at least its province's points first (stable: by name within each part).
            else if (place.ProvinceId is { } pid) ordered = shown.OrderByDescending(p => p.ProvinceId == pid).ToList();
        }

        ViewData["Title"] = l["OCOP display and sale points"].Value;
        ViewData["Description"] = l["Shops, hotel and restaurant corners, kiosks and fair booths selling certified OCOP products: map, opening hours, directions."].Value;
        ViewData["Canonical"] = "/diem-ban";
        var types = Enum.GetValues<DisplayPointType>().Where(t => all.Any(p => p.Type == t))
            .Select(t => new PointOptionModel(PointTypeSlugs.For(t), l[PointTypeLabel(t)], t == typeFilter)).ToList();
        var provinces = provinceOptions.Select(p => new PointOptionModel(p.Slug, p.Name, p.Slug == provinceFilter)).ToList();
        return View(new PointListPageModel(ordered, all.Count, types, provinces,
            typeFilter is null ? null : PointTypeSlugs.For(typeFilter.Value), provinceFilter,
            origin?.Latitude, origin?.Longitude, noi?.Trim(), match, map.Json(ordered)));
    }

    [HttpGet("/diem-ban/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (slug.Length > SlugGenerator.MaxLength) return NotFound();
        var model = await pages.GetAsync(slug, ct);
        if (model is null) return NotFound();
        var p = model.Point;
        ViewData["Title"] = p.Name;
        ViewData["Description"] = string.Create(CultureInfo.CurrentCulture, $"{l[PointTypeLabel(p.Type)]} – {p.FullAddress}");
        ViewData["Canonical"] = "/diem-ban/" + p.Slug;
        if (model.Photos.Count > 0) ViewData["OgImage"] = $"/media/{model.Photos[0].MediaId}/800.jpg";
        return View(model with { MapJson = map.Json([p], zoom: 14) });
    }

    private static string PointTypeLabel(DisplayPointType t) => PointTexts.TypeLabel(t);
}
