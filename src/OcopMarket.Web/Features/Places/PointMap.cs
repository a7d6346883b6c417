using System.Text.Json;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Places;

/// <summary>The data-map JSON of ocop-map.js for points: a marker per point, its card's id, link and a one-line detail.</summary>
public sealed class PointMap(IStringLocalizer<PointsResource> l)
{
    public string Json(IEnumerable<PointCardModel> points, int? zoom = null) => JsonSerializer.Serialize(new
    {
        points = points.Select(p => new
        {
            id = p.Id,
            lat = p.Latitude,
            lng = p.Longitude,
            name = p.Name,
            href = "/diem-ban/" + p.Slug,
            detail = Detail(p),
        }),
        line = false,
        zoom,
    });

    public string Detail(PointCardModel p)
    {
        var parts = new List<string> { l[PointTexts.TypeLabel(p.Type)] };
        if (p.Open is { } open) parts.Add(PointTexts.Describe(open, l));
        if (p.DistanceKm is { } km) parts.Add(PointTexts.Distance(km));
        return string.Join(" · ", parts);
    }
}
