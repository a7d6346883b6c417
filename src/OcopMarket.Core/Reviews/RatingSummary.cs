using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reviews;

/// <summary>Approved reviews of a product: how many, the average (one decimal) and how many gave each star (index 0 = 1★).</summary>
public sealed record RatingSummary(int ProductId, int Count, double Average, IReadOnlyList<int> PerStar)
{
    public static RatingSummary Empty(int productId) => new(productId, 0, 0, [0, 0, 0, 0, 0]);

    public int CountOf(int stars) => PerStar[stars - 1];

    /// <summary>Share of the reviews that gave <paramref name="stars"/>, 0–100, for the bars.</summary>
    public int PercentOf(int stars) => Count == 0 ? 0 : (int)Math.Round(100.0 * CountOf(stars) / Count, MidpointRounding.AwayFromZero);
}

/// <summary>Rating summaries over approved reviews only (pending and rejected ones never count).</summary>
public sealed class RatingSummaryQuery(OcopDbContext db)
{
    public async Task<RatingSummary> ForProductAsync(int productId, CancellationToken ct = default) =>
        (await ForProductsAsync([productId], ct))[productId];

    public async Task<IReadOnlyDictionary<int, RatingSummary>> ForProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken ct = default)
    {
        var ids = productIds.Distinct().ToList();
        var counts = await db.ProductReviews.AsNoTracking()
            .Where(r => ids.Contains(r.ProductId) && r.Status == ReviewStatus.Approved)
            .GroupBy(r => new { r.ProductId, r.Rating })
            .Select(g => new { g.Key.ProductId, g.Key.Rating, Count = g.Count() })
            .ToListAsync(ct);
        return ids.ToDictionary(id => id, id => Summarise(id, counts.Where(c => c.ProductId == id).Select(c => (c.Rating, c.Count))));
    }

    public static RatingSummary Summarise(int productId, IEnumerable<(int Rating, int Count)> counts)
    {
        var perStar = new int[5];
        foreach (var (rating, count) in counts)
            if (rating is >= ReviewRules.MinRating and <= ReviewRules.MaxRating) perStar[rating - 1] += count;
        var total = perStar.Sum();
        if (total == 0) return RatingSummary.Empty(productId);
        var sum = perStar.Select((c, i) => c * (i + 1)).Sum();
        return new RatingSummary(productId, total, Math.Round((double)sum / total, 1, MidpointRounding.AwayFromZero), perStar);
    }
}
