namespace OcopMarket.Core.Places;

/// <summary>An item with its great-circle distance from where the visitor stands.</summary>
public sealed record Distanced<T>(T Item, double Kilometres);

/// <summary>Orders places nearest first from an origin (the visitor's position or a typed place's estimate).</summary>
public static class NearestFirst
{
    /// <summary>
    /// Nearest first; equal distances keep the input order (a stable sort), so callers pass items already in
    /// their fallback order (by name) and get a deterministic list.
    /// </summary>
    public static IReadOnlyList<Distanced<T>> Order<T>(IEnumerable<T> items, Func<T, GeoPoint> position, GeoPoint origin)
    {
        if (!origin.IsValid) throw new ArgumentOutOfRangeException(nameof(origin), origin, "The origin is not a valid WGS 84 position.");
        return items.Select(i => new Distanced<T>(i, GeoDistance.Kilometres(origin, position(i))))
            .OrderBy(d => d.Kilometres)
            .ToList();
    }

    /// <summary>The centre of a few known positions (an estimate for a place we have no coordinates of); null when none.</summary>
    public static GeoPoint? Centre(IEnumerable<GeoPoint> points)
    {
        var list = points.Where(p => p.IsValid).ToList();
        if (list.Count == 0) return null;
        // Plain averaging is fine within a province (tens of km); nothing here spans the antimeridian.
        return new GeoPoint(list.Average(p => p.Latitude), list.Average(p => p.Longitude));
    }
}
