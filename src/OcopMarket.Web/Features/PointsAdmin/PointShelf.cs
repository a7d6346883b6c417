using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>Which products the shelf page lists: all, those stocked, those of producers in the point's province, or those that may be stocked.</summary>
public enum StockScope
{
    All = 0,
    Stocked = 1,
    Nearby = 2,
    Choosable = 3,
}

public sealed class ShelfQuery : ListQuery
{
    public StockScope Scope { get; set; }
}

/// <summary>The point the shelf belongs to.</summary>
public sealed record ShelfPoint(int Id, string Name, DisplayPointType Type, string Address, string Commune, string? Province, int Stocked, int StockedNotAllowed);

/// <summary>One product on the shelf page (member-init so the database sorts and pages on it).</summary>
public sealed class ShelfRow
{
    public int ProductId { get; init; }
    public string Name { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Producer { get; init; } = "";
    public string? Province { get; init; }
    public bool Nearby { get; init; }
    public bool Stocked { get; init; }
    public bool IsPublished { get; init; }
    /// <summary>The rank of today's valid certificate (3★+), or null: then the product may not be stocked.</summary>
    public int? Stars { get; init; }
    public bool Allowed => Stars is not null;
    /// <summary>Why it may not be stocked (an English key with arguments), filled after the page is read.</summary>
    public ShelfReason? Reason { get; set; }
}

/// <summary>Why a product may not be on a point's shelf today, as a message key and its arguments.</summary>
public sealed record ShelfReason(string Key, params object[] Arguments);

public sealed record ShelfPage(ShelfPoint Point, ShelfQuery Query, PagedList<ShelfRow> Rows);

public enum ShelfSaveOutcome
{
    Saved,
    PointNotFound,
    Refused,
}

public sealed record ShelfSaveResult(ShelfSaveOutcome Outcome, int Added = 0, int Removed = 0, IReadOnlyList<(string Name, ShelfReason Reason)>? Refused = null);

/// <summary>
/// The products a display point stocks — the one editor of DisplayPointProducts (the pickup plugin links here).
/// Decision 950/QĐ-BCT: a point shows and sells only products whose 3★+ OCOP certificate is valid today, so only
/// those can be ticked; the rest are listed greyed with the reason, and a post ticking one is refused whole.
/// </summary>
public sealed class PointShelf(OcopDbContext db, CertificateStatusPolicy certificates, TimeProvider time, PointsRefresh refresh)
{
    private static readonly SortMap<ShelfRow> Sorts = new SortMap<ShelfRow>()
        .Add("name", p => p.Name).Add("producer", p => p.Producer).Add("stocked", p => p.Stocked).Add("stars", p => p.Stars);

    public async Task<ShelfPage?> GetAsync(int pointId, ShelfQuery query, CancellationToken ct)
    {
        var today = certificates.Today;
        var badge = CertificateStatusPolicy.BadgeValidOn(today);
        var header = await db.DisplayPoints.AsNoTracking().Where(p => p.Id == pointId)
            .Select(p => new
            {
                p.Id, p.Name, p.Type, p.Address, Commune = p.Commune!.Name, Province = p.Commune.Parent!.Name, ProvinceId = p.Commune.ParentId,
                Stocked = db.DisplayPointProducts.Count(s => s.DisplayPointId == p.Id),
                NotAllowed = db.DisplayPointProducts.Count(s => s.DisplayPointId == p.Id && !s.Product!.Certificates.AsQueryable().Any(badge)),
            })
            .FirstOrDefaultAsync(ct);
        if (header is null) return null;

        var stock = db.DisplayPointProducts.Where(s => s.DisplayPointId == pointId);
        // Drafts and rejected listings cannot be sold anywhere, so they are not offered for a shelf.
        var products = db.Products.AsNoTracking().Where(p => p.ModerationStatus == ModerationStatus.Approved || stock.Any(s => s.ProductId == p.Id));
        if (query.Text is { } text)
        {
            var folded = VietnameseText.Fold(text).ToLowerInvariant();
            products = products.Where(p => p.SearchKey.Contains(folded) || p.Producer!.Name.Contains(text) || p.Producer.Slug.Contains(SlugGenerator.Generate(text)));
        }
        products = query.Scope switch
        {
            StockScope.Stocked => products.Where(p => stock.Any(s => s.ProductId == p.Id)),
            StockScope.Nearby => products.Where(p => p.Producer!.ProvinceId == header.ProvinceId),
            StockScope.Choosable => products.Where(p => p.Certificates.AsQueryable().Any(badge)),
            _ => products,
        };
        var rows = await products
            .Select(p => new ShelfRow
            {
                ProductId = p.Id, Name = p.Name, Unit = p.Unit, Producer = p.Producer!.Name, Province = p.Producer.Province!.Name,
                Nearby = p.Producer.ProvinceId == header.ProvinceId, Stocked = stock.Any(s => s.ProductId == p.Id), IsPublished = p.IsPublished,
                Stars = p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars),
            })
            .ToPagedListAsync(query, Sorts, ct);
        await ExplainAsync(rows.Items.Where(r => !r.Allowed).ToList(), today, ct);
        return new ShelfPage(new ShelfPoint(header.Id, header.Name, header.Type, header.Address, header.Commune, header.Province, header.Stocked, header.NotAllowed),
            query, rows);
    }

    /// <summary>
    /// Saves the ticks of the products that were on the page (<paramref name="shown"/>); products on other pages or
    /// filtered out keep their state. A ticked product without a valid 3★+ certificate refuses the whole post.
    /// One SaveChanges, so the page's changes commit together.
    /// </summary>
    public async Task<ShelfSaveResult> SaveAsync(int pointId, IReadOnlyCollection<int> shown, IReadOnlyCollection<int> stocked, CancellationToken ct)
    {
        var point = await db.DisplayPoints.FirstOrDefaultAsync(p => p.Id == pointId, ct);
        if (point is null) return new(ShelfSaveOutcome.PointNotFound);
        var today = certificates.Today;
        var badge = CertificateStatusPolicy.BadgeValidOn(today);
        var shownIds = shown.Distinct().Take(ListQuery.MaxPageSize).ToList();
        var wanted = stocked.Intersect(shownIds).ToHashSet();

        var candidates = await db.Products.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, Allowed = p.Certificates.AsQueryable().Any(badge) })
            .ToListAsync(ct);
        var notAllowed = candidates.Where(p => !p.Allowed).ToList();
        if (notAllowed.Count > 0)
        {
            var reasons = await ReasonsAsync(notAllowed.Select(p => p.Id).ToList(), today, ct);
            return new(ShelfSaveOutcome.Refused, Refused: notAllowed.Select(p => (p.Name, reasons[p.Id])).ToList());
        }

        var current = await db.DisplayPointProducts.Where(s => s.DisplayPointId == pointId && shownIds.Contains(s.ProductId)).ToListAsync(ct);
        var removed = current.Where(s => !wanted.Contains(s.ProductId)).ToList();
        var added = candidates.Select(p => p.Id).Except(current.Select(s => s.ProductId)).ToList();
        if (removed.Count + added.Count == 0) return new(ShelfSaveOutcome.Saved);

        db.DisplayPointProducts.RemoveRange(removed);
        db.DisplayPointProducts.AddRange(added.Select(p => new DisplayPointProduct { DisplayPointId = pointId, ProductId = p }));
        point.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await refresh.AfterChangeAsync(ct);
        return new(ShelfSaveOutcome.Saved, added.Count, removed.Count);
    }

    private async Task ExplainAsync(IReadOnlyList<ShelfRow> rows, DateOnly today, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var reasons = await ReasonsAsync(rows.Select(r => r.ProductId).ToList(), today, ct);
        foreach (var row in rows) row.Reason = reasons[row.ProductId];
    }

    /// <summary>Why each product has no valid 3★+ certificate today, from its latest certificate.</summary>
    private async Task<Dictionary<int, ShelfReason>> ReasonsAsync(IReadOnlyList<int> productIds, DateOnly today, CancellationToken ct)
    {
        var all = await db.Certificates.AsNoTracking().Where(c => productIds.Contains(c.ProductId)).ToListAsync(ct);
        return productIds.ToDictionary(id => id, id =>
        {
            var latest = CertificateStatusPolicy.Latest(all.Where(c => c.ProductId == id));
            if (latest is null) return new ShelfReason("No OCOP certificate");
            return CertificateStatusPolicy.StatusOn(latest, today) switch
            {
                CertificateStatus.Revoked => new ShelfReason("Certificate revoked on {0}", Date(latest.RevokedOn!.Value)),
                CertificateStatus.Expired => new ShelfReason("Certificate expired on {0}", Date(latest.ExpiresOn)),
                CertificateStatus.NotYetValid => new ShelfReason("Certificate valid from {0}", Date(latest.IssuedOn)),
                _ => new ShelfReason("Rated {0}★: only 3★ and above", latest.Stars),
            };
        });
    }

    private static string Date(DateOnly day) => Framework.VnTime.Date(day);
}
