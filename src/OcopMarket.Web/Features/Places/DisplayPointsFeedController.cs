using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Places;

/// <summary>
/// The points as an RFC 7946 GeoJSON FeatureCollection (coordinates [lng, lat]) for maps and apps; ?type= filters,
/// ?lat&amp;lng sorts nearest first with distanceKm. Bad parameters get RFC 7807 problem details. Not cached: openNow is live.
/// </summary>
[ApiController]
public sealed class DisplayPointsFeedController(DisplayPointDirectory directory, IStringLocalizer<PointsResource> l, IOptions<SiteOptions> site) : ControllerBase
{
    public const string ContentType = "application/geo+json";
    // Vietnamese names as UTF-8 rather than \uXXXX escapes: this is JSON for maps and apps, never inlined into HTML.
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [HttpGet("/api/diem-ban.geojson")]
    public async Task<IActionResult> Get([FromQuery] string? type, [FromQuery] string? lat, [FromQuery] string? lng, CancellationToken ct)
    {
        if (!Coordinates.TryRead(lat, lng, out var origin))
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: l["Invalid position"],
                detail: l["lat must be a number from -90 to 90 and lng from -180 to 180, both given (e.g. lat=19.80&lng=105.77)."]);
        var typeFilter = PointTypeSlugs.Parse(type);
        if (!string.IsNullOrWhiteSpace(type) && typeFilter is null)
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: l["Unknown point type"],
                detail: l["type must be one of: {0}.", string.Join(", ", Enum.GetValues<Core.Places.DisplayPointType>().Select(PointTypeSlugs.For))]);

        var points = (await directory.LoadAsync(ct)).Where(p => typeFilter is null || p.Type == typeFilter).ToList();
        IReadOnlyList<PointCardModel> ordered = origin is { } here ? NearestDisplayPoints.Order(points, here) : points;
        var features = ordered.Select(p => new
        {
            type = "Feature",
            id = p.Id,
            geometry = new { type = "Point", coordinates = new[] { Math.Round(p.Longitude, 6), Math.Round(p.Latitude, 6) } },
            properties = new Dictionary<string, object?>
            {
                ["id"] = p.Id,
                ["name"] = p.Name,
                ["slug"] = p.Slug,
                ["type"] = PointTypeSlugs.For(p.Type),
                ["typeName"] = l[PointTexts.TypeLabel(p.Type)].Value,
                ["address"] = p.FullAddress,
                ["phone"] = p.Phone,
                ["openingHours"] = p.OpeningHours,
                ["openNow"] = p.Open?.IsOpen,
                ["openStatus"] = p.Open is { } o ? PointTexts.Describe(o, l) : null,
                ["url"] = SiteUrls.Absolute(HttpContext, site.Value, "/diem-ban/" + p.Slug),
                ["photo"] = p.PhotoId is { } photo ? SiteUrls.Absolute(HttpContext, site.Value, $"/media/{photo}/400.jpg") : null,
                ["producers"] = p.Producers.Select(x => x.Name).ToArray(),
                ["distanceKm"] = p.DistanceKm is { } km ? Math.Round(km, 2) : null,
            },
        });
        var collection = new { type = "FeatureCollection", features };
        return new JsonResult(collection, JsonOptions) { ContentType = ContentType };
    }
}
