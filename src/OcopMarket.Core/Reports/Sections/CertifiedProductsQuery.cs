using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reports.Sections;

/// <summary>Products with a valid rank (3★+) on one OCOP group (top-level category).</summary>
public sealed record GroupStars(int GroupId, string Group, string GroupEn, int Three, int Four, int Five)
{
    public int Total => Three + Four + Five;
}

/// <summary>Products whose certificate is valid on <see cref="AsOf"/> (the badge rule), by their best rank and by group.</summary>
public sealed record CertifiedProductsSection(DateOnly AsOf, int Three, int Four, int Five, IReadOnlyList<GroupStars> ByGroup)
{
    public int Total => Three + Four + Five;
    public int FourOrMore => Four + Five;
}

/// <summary>
/// Counts products by their best valid rank on the period's last day, with <see cref="CertificateStatusPolicy.BadgeValidOn"/>:
/// "valid" means exactly what the storefront badge means (3★+, issued, not expired, not revoked by then).
/// </summary>
public sealed class CertifiedProductsQuery(OcopDbContext db)
{
    public async Task<CertifiedProductsSection> QueryAsync(ReportPeriod period, CancellationToken ct)
    {
        var asOf = period.AsOf;
        var best = db.Certificates.Where(CertificateStatusPolicy.BadgeValidOn(asOf))
            .GroupBy(c => c.ProductId)
            .Select(g => new { ProductId = g.Key, Stars = g.Max(c => c.Stars) });
        var rows = await (
                from b in best
                join p in db.Products on b.ProductId equals p.Id
                group b by new { p.CategoryId, b.Stars } into g
                select new { g.Key.CategoryId, g.Key.Stars, Count = g.Count() })
            .ToListAsync(ct);

        // Groups are the top of the category tree (a product sits in a subgroup); the tree is small, walk it in memory.
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Name, c.NameEn, c.SortOrder }).ToDictionaryAsync(c => c.Id, ct);
        int GroupOf(int id)
        {
            for (var guard = 0; guard < 10 && categories.TryGetValue(id, out var c) && c.ParentId is { } parent; guard++) id = parent;
            return id;
        }

        var byGroup = rows.GroupBy(r => GroupOf(r.CategoryId))
            .Select(g =>
            {
                var c = categories.GetValueOrDefault(g.Key);
                return (Sort: c?.SortOrder ?? int.MaxValue, Row: new GroupStars(g.Key, c?.Name ?? "?", c?.NameEn ?? "?",
                    g.Where(x => x.Stars == 3).Sum(x => x.Count), g.Where(x => x.Stars == 4).Sum(x => x.Count), g.Where(x => x.Stars >= 5).Sum(x => x.Count)));
            })
            .OrderBy(x => x.Sort).ThenBy(x => x.Row.GroupId).Select(x => x.Row).ToList();

        return new CertifiedProductsSection(asOf,
            rows.Where(r => r.Stars == 3).Sum(r => r.Count), rows.Where(r => r.Stars == 4).Sum(r => r.Count), rows.Where(r => r.Stars >= 5).Sum(r => r.Count),
            byGroup);
    }
}
