using OcopMarket.Core.Places;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Places;

/// <summary>"Near me": published points nearest first from a position, each with its distance.</summary>
public sealed class NearestDisplayPoints(DisplayPointDirectory directory)
{
    public async Task<IReadOnlyList<PointCardModel>> FromAsync(GeoPoint origin, CancellationToken ct) =>
        Order(await directory.LoadAsync(ct), origin);

    /// <summary>Orders cards already loaded (and filtered) nearest first; ties keep their order by name.</summary>
    public static IReadOnlyList<PointCardModel> Order(IEnumerable<PointCardModel> points, GeoPoint origin) =>
        NearestFirst.Order(points, p => p.Position, origin).Select(d => d.Item with { DistanceKm = d.Kilometres }).ToList();
}
