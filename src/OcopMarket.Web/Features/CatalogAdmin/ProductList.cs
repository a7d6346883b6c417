using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>The product list's filters: OCOP group, producer, moderation state, published, stars by today's date (0 = none).</summary>
public sealed class ProductListQuery : ListQuery
{
    public int? Group { get; set; }
    public int? Producer { get; set; }
    public ModerationStatus? Status { get; set; }
    public bool? Published { get; set; }
    public int? Stars { get; set; }
}

/// <summary>One row (member-init so the database sorts on its columns).</summary>
public sealed class ProductRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public int ProducerId { get; init; }
    public string Producer { get; init; } = "";
    public string Category { get; init; } = "";
    public string CategoryEn { get; init; } = "";
    public long Price { get; init; }
    public string Unit { get; init; } = "";
    public int Stock { get; init; }
    public int? Stars { get; init; }
    public ModerationStatus Status { get; init; }
    public bool IsPublished { get; init; }
    public bool ProducerPublished { get; init; }
    public int? ImageId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed record ProductListPage(PagedList<ProductRow> Rows, ProductListQuery Query,
    IReadOnlyList<(int Id, string Name)> Groups, IReadOnlyList<(int Id, string Name)> Producers);

public sealed class ProductList(OcopDbContext db, CertificateStatusPolicy certificates)
{
    private static readonly SortMap<ProductRow> Sorts = new SortMap<ProductRow>()
        .Add("updated", r => r.UpdatedAt)
        .Add("name", r => r.Name)
        .Add("producer", r => r.Producer)
        .Add("price", r => r.Price)
        .Add("stock", r => r.Stock)
        .Add("stars", r => r.Stars)
        .Add("status", r => r.Status);

    public async Task<ProductListPage> GetAsync(ProductListQuery query, CancellationToken ct)
    {
        // Newest changes first unless the office picks a column.
        if (string.IsNullOrEmpty(query.Sort)) query.Desc = true;
        var today = certificates.Today;
        var badge = CertificateStatusPolicy.BadgeValidOn(today);
        var products = db.Products.AsNoTracking();
        if (query.Text is { } text)
        {
            // SearchKey is the folded, lower-case name and descriptions: "mat ong" and "Mật ong" both match.
            var folded = VietnameseText.Fold(text).ToLowerInvariant();
            products = products.Where(p => p.SearchKey.Contains(folded) || p.Slug.Contains(folded) || p.Gtin == text);
        }
        if (query.Group is { } group) products = products.Where(p => p.CategoryId == group || p.Category!.ParentId == group);
        if (query.Producer is { } producer) products = products.Where(p => p.ProducerId == producer);
        if (query.Status is { } status) products = products.Where(p => p.ModerationStatus == status);
        if (query.Published is { } published) products = products.Where(p => p.IsPublished == published);
        if (query.Stars is { } stars)
            products = stars is >= 3 and <= 5
                ? products.Where(p => p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) == stars)
                : products.Where(p => !p.Certificates.AsQueryable().Any(badge));

        var rows = products.Select(p => new ProductRow
        {
            Id = p.Id,
            Name = p.Name,
            Slug = p.Slug,
            ProducerId = p.ProducerId,
            Producer = p.Producer!.Name,
            Category = p.Category!.Name,
            CategoryEn = p.Category.NameEn,
            Price = p.Price,
            Unit = p.Unit,
            Stock = p.StockQuantity,
            Stars = p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars),
            Status = p.ModerationStatus,
            IsPublished = p.IsPublished,
            ProducerPublished = p.Producer.IsPublished,
            ImageId = p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault(),
            UpdatedAt = p.UpdatedAt,
        });
        var page = await rows.ToPagedListAsync(query, Sorts, ct);
        var groups = await db.Categories.AsNoTracking().Where(c => c.ParentId == null).OrderBy(c => c.SortOrder).Select(c => new { c.Id, c.Name, c.NameEn }).ToListAsync(ct);
        var producers = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return new ProductListPage(page, query, groups.Select(g => (g.Id, Cultures.Pick(g.Name, g.NameEn))).ToList(), producers.Select(p => (p.Id, p.Name)).ToList());
    }
}
