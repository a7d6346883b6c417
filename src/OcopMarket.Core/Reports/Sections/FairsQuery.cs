using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reports.Sections;

public sealed record FairRow(int Id, string Name, DateOnly StartsOn, DateOnly EndsOn, string Venue, int Booths);

/// <summary>Published trade fairs whose dates overlap the period, with their booths.</summary>
public sealed record FairsSection(IReadOnlyList<FairRow> Fairs)
{
    public int Count => Fairs.Count;
    public int Booths => Fairs.Sum(f => f.Booths);
}

/// <summary>A fair counts in every month its dates touch (StartsOn..EndsOn inclusive); drafts are not fairs held.</summary>
public sealed class FairsQuery(OcopDbContext db)
{
    public async Task<FairsSection> QueryAsync(ReportPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var fairs = await db.TradeFairs.AsNoTracking()
            .Where(f => f.IsPublished && f.StartsOn <= to && f.EndsOn >= from)
            .OrderBy(f => f.StartsOn).ThenBy(f => f.Id)
            .Select(f => new FairRow(f.Id, f.Name, f.StartsOn, f.EndsOn, f.VenueName, f.Booths.Count))
            .ToListAsync(ct);
        return new FairsSection(fairs);
    }
}
