using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.CatalogAdmin;

public enum QueueItemKind
{
    /// <summary>A new (or resubmitted) listing waiting for approval.</summary>
    Listing = 1,
    /// <summary>A pending change of name, category or images on an approved listing.</summary>
    Change = 2,
}

public sealed class ModerationQueueQuery : ListQuery
{
    public QueueItemKind? Kind { get; set; }
}

/// <summary>One waiting item of either kind (member-init so each table's query can sort on it).</summary>
public sealed class QueueItem
{
    public QueueItemKind Kind { get; init; }
    /// <summary>The product's id for a listing, the change request's id for a change.</summary>
    public int Id { get; init; }
    public int ProductId { get; init; }
    public string Product { get; init; } = "";
    public string Producer { get; init; } = "";
    public string Category { get; init; } = "";
    public DateTimeOffset SubmittedAt { get; init; }
    public int? ImageId { get; init; }
}

public sealed record ListingReview(
    int ProductId, string Name, string? NameEn, string Slug, string Producer, int ProducerId, bool ProducerPublished,
    string Category, string? Group, long Price, string Unit, int Stock, string? Gtin, int? WeightGrams,
    string ShortDescription, string Description, ModerationStatus Status, string? ModerationNote, DateTimeOffset? SubmittedAt,
    IReadOnlyList<int> ImageIds, IReadOnlyList<ProductCertificateRow> Certificates);

public sealed record ChangeReview(
    int RequestId, int ProductId, string Producer, ChangeRequestStatus Status, string? DecisionNote, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt,
    string NameBefore, string NameAfter, string? NameEnBefore, string? NameEnAfter,
    string CategoryBefore, string CategoryAfter, IReadOnlyList<int> ImagesBefore, IReadOnlyList<int> ImagesAfter)
{
    public bool NameChanged => NameBefore != NameAfter || NameEnBefore != NameEnAfter;
    public bool CategoryChanged => CategoryBefore != CategoryAfter;
    public bool ImagesChanged => !ImagesBefore.SequenceEqual(ImagesAfter);
}

/// <summary>
/// What waits for the office: submitted listings and pending change requests, oldest first. The two
/// kinds live in two tables; each is sorted and cut in the database, then the two short lists are merged.
/// </summary>
public sealed class ModerationQueue(OcopDbContext db, RichTextSanitizer sanitizer, CertificateStatusPolicy certificates)
{
    public async Task<PagedList<QueueItem>> ListAsync(ModerationQueueQuery query, CancellationToken ct)
    {
        var sort = string.Equals(query.Sort, "product", StringComparison.OrdinalIgnoreCase) ? "product" : "submitted";
        var size = query.SafePageSize;
        var listings = query.Kind is null or QueueItemKind.Listing ? Listings(query.Text) : null;
        var changes = query.Kind is null or QueueItemKind.Change ? Changes(query.Text) : null;
        var total = (listings is null ? 0 : await listings.CountAsync(ct)) + (changes is null ? 0 : await changes.CountAsync(ct));
        var pageCount = Math.Max(1, (total + size - 1) / size);
        var page = Math.Min(query.SafePage, pageCount);
        // Page p of the merged list lies within the first p × size items of each list.
        var take = page * size;
        var merged = new List<QueueItem>();
        if (listings is not null) merged.AddRange(await Order(listings, sort, query.Desc).Take(take).ToListAsync(ct));
        if (changes is not null) merged.AddRange(await Order(changes, sort, query.Desc).Take(take).ToListAsync(ct));
        var ordered = sort == "product"
            ? (query.Desc ? merged.OrderByDescending(i => i.Product, StringComparer.CurrentCulture) : merged.OrderBy(i => i.Product, StringComparer.CurrentCulture)).ThenBy(i => i.SubmittedAt)
            : query.Desc ? merged.OrderByDescending(i => i.SubmittedAt) : merged.OrderBy(i => i.SubmittedAt);
        var items = ordered.Skip((page - 1) * size).Take(size).ToList();
        return new PagedList<QueueItem>(items, total, page, size, sort, query.Desc);
    }

    public async Task<int> CountAsync(CancellationToken ct) =>
        await Listings(null).CountAsync(ct) + await Changes(null).CountAsync(ct);

    private static IQueryable<QueueItem> Order(IQueryable<QueueItem> items, string sort, bool desc) => sort == "product"
        ? desc ? items.OrderByDescending(i => i.Product).ThenBy(i => i.SubmittedAt) : items.OrderBy(i => i.Product).ThenBy(i => i.SubmittedAt)
        : desc ? items.OrderByDescending(i => i.SubmittedAt).ThenBy(i => i.Id) : items.OrderBy(i => i.SubmittedAt).ThenBy(i => i.Id);

    private IQueryable<QueueItem> Listings(string? text)
    {
        var products = db.Products.AsNoTracking().Where(p => p.ModerationStatus == ModerationStatus.Submitted);
        if (text is not null)
        {
            var folded = VietnameseText.Fold(text).ToLowerInvariant();
            products = products.Where(p => p.SearchKey.Contains(folded) || p.Producer!.Name.Contains(text));
        }
        return products.Select(p => new QueueItem
        {
            Kind = QueueItemKind.Listing,
            Id = p.Id,
            ProductId = p.Id,
            Product = p.Name,
            Producer = p.Producer!.Name,
            Category = p.Category!.Name,
            SubmittedAt = p.SubmittedAt ?? p.UpdatedAt,
            ImageId = p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault(),
        });
    }

    private IQueryable<QueueItem> Changes(string? text)
    {
        var rows = from r in db.ProductChangeRequests.AsNoTracking()
                   where r.Status == ChangeRequestStatus.Pending
                   join p in db.Products.AsNoTracking() on r.ProductId equals p.Id
                   select new { r, p };
        if (text is not null)
        {
            var folded = VietnameseText.Fold(text).ToLowerInvariant();
            rows = rows.Where(x => x.p.SearchKey.Contains(folded) || x.r.ProposedName.Contains(text) || x.p.Producer!.Name.Contains(text));
        }
        return rows.Select(x => new QueueItem
        {
            Kind = QueueItemKind.Change,
            Id = x.r.Id,
            ProductId = x.p.Id,
            Product = x.r.ProposedName,
            Producer = x.p.Producer!.Name,
            Category = db.Categories.Where(c => c.Id == x.r.ProposedCategoryId).Select(c => c.Name).FirstOrDefault() ?? "",
            SubmittedAt = x.r.SubmittedAt,
            ImageId = x.p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault(),
        });
    }

    public async Task<ListingReview?> ListingAsync(int productId, CancellationToken ct)
    {
        var p = await db.Products.AsNoTracking().Where(x => x.Id == productId)
            .Select(x => new
            {
                x.Id, x.Name, x.NameEn, x.Slug, Producer = x.Producer!.Name, x.ProducerId, ProducerPublished = x.Producer.IsPublished,
                Category = x.Category!.Name, Group = x.Category.Parent != null ? x.Category.Parent.Name : null,
                x.Price, x.Unit, x.StockQuantity, x.Gtin, x.WeightGrams, x.ShortDescription, x.Description,
                x.ModerationStatus, x.ModerationNote, x.SubmittedAt,
                Images = x.Images.OrderBy(i => i.SortOrder).Select(i => i.MediaFileId).ToList(),
                Certificates = x.Certificates.OrderByDescending(c => c.IssuedOn).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (p is null) return null;
        // Stored descriptions are sanitised on every save; cleaning again costs little and guards rows written elsewhere.
        return new ListingReview(p.Id, p.Name, p.NameEn, p.Slug, p.Producer, p.ProducerId, p.ProducerPublished, p.Category, p.Group,
            p.Price, p.Unit, p.StockQuantity, p.Gtin, p.WeightGrams, p.ShortDescription, sanitizer.Sanitize(p.Description),
            p.ModerationStatus, p.ModerationNote, p.SubmittedAt, p.Images,
            p.Certificates.Select(c => new ProductCertificateRow(c.Id, c.DecisionNumber, c.Stars, c.IssuedOn, c.ExpiresOn, certificates.StatusOf(c))).ToList());
    }

    public async Task<ChangeReview?> ChangeAsync(int requestId, CancellationToken ct)
    {
        var r = await db.ProductChangeRequests.AsNoTracking().FirstOrDefaultAsync(x => x.Id == requestId, ct);
        if (r is null) return null;
        var p = await db.Products.AsNoTracking().Where(x => x.Id == r.ProductId)
            .Select(x => new
            {
                x.Name, x.NameEn, Producer = x.Producer!.Name, Category = x.Category!.Parent != null ? x.Category.Parent.Name + " › " + x.Category.Name : x.Category.Name,
                Images = x.Images.OrderBy(i => i.SortOrder).Select(i => i.MediaFileId).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (p is null) return null;
        var proposed = await db.Categories.AsNoTracking().Where(c => c.Id == r.ProposedCategoryId)
            .Select(c => c.Parent != null ? c.Parent.Name + " › " + c.Name : c.Name).FirstOrDefaultAsync(ct) ?? "—";
        return new ChangeReview(r.Id, r.ProductId, p.Producer, r.Status, r.DecisionNote, r.SubmittedAt, r.DecidedAt,
            p.Name, r.ProposedName, p.NameEn, r.ProposedNameEn, p.Category, proposed, p.Images, r.ImageIds);
    }
}
