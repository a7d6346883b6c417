using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;

namespace OcopMarket.Core.Reports.Sections;

public sealed record NewDisplayPoint(int Id, string Name, DisplayPointType Type, string Address, DateOnly CreatedOn);

/// <summary>Display and sale points published at the end of the period (by type) and those added in it.</summary>
public sealed record DisplayPointsSection(int Published, int New, IReadOnlyDictionary<DisplayPointType, int> PublishedByType, IReadOnlyList<NewDisplayPoint> NewPoints);

/// <summary>
/// Points by <see cref="DisplayPoint.CreatedAt"/>. Publication has no history, so "published at the end of the period"
/// is a point published now that existed by then (a point hidden later drops out of past months too).
/// </summary>
public sealed class DisplayPointsQuery(OcopDbContext db)
{
    public async Task<DisplayPointsSection> QueryAsync(ReportPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var byType = await db.DisplayPoints.AsNoTracking()
            .Where(p => p.IsPublished && p.CreatedAt < end)
            .GroupBy(p => p.Type).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var added = await db.DisplayPoints.AsNoTracking()
            .Where(p => p.CreatedAt >= start && p.CreatedAt < end)
            .Select(p => new { p.Id, p.Name, p.Type, p.Address, p.CreatedAt })
            .ToListAsync(ct);
        var newPoints = added.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new NewDisplayPoint(p.Id, p.Name, p.Type, p.Address, DateOnly.FromDateTime(p.CreatedAt.ToOffset(Common.VietnamTime.Offset).DateTime)))
            .ToList();
        return new DisplayPointsSection(byType.Values.Sum(), newPoints.Count, byType, newPoints);
    }
}
