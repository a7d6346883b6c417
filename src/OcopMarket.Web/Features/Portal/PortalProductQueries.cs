using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Portal;

/// <summary>Reads the producer's own products: every query is filtered by the producer id first.</summary>
public sealed class PortalProductQueries(OcopDbContext db, PortalCategories categories)
{
    private static readonly SortMap<PortalProductRow> Sorts = new SortMap<PortalProductRow>()
        .Add("updated", r => r.UpdatedAt)
        .Add("name", r => r.Name)
        .Add("price", r => r.Price)
        .Add("stock", r => r.Stock)
        .Add("status", r => r.Status);

    public async Task<PortalProductListModel> ListAsync(int producerId, ListQuery query, ModerationStatus? status, CancellationToken ct)
    {
        var mine = db.Products.AsNoTracking().Where(p => p.ProducerId == producerId);
        var counts = (await mine.GroupBy(p => p.ModerationStatus).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Count);

        var filtered = mine;
        if (status is { } s) filtered = filtered.Where(p => p.ModerationStatus == s);
        if (query.Text is { } text)
        {
            // SearchKey is the folded name: "mat ong" finds "Mật ong".
            var folded = VietnameseText.Fold(text).ToLowerInvariant();
            filtered = filtered.Where(p => p.SearchKey.Contains(folded) || (p.Gtin != null && p.Gtin.Contains(text)));
        }
        var rows = filtered.Select(p => new PortalProductRow
        {
            Id = p.Id,
            Name = p.Name,
            Slug = p.Slug,
            CategoryName = p.Category!.Name,
            CategoryNameEn = p.Category.NameEn,
            Price = p.Price,
            Unit = p.Unit,
            Stock = p.StockQuantity,
            Status = p.ModerationStatus,
            IsPublished = p.IsPublished,
            HasPendingChange = db.ProductChangeRequests.Any(r => r.ProductId == p.Id && r.Status == ChangeRequestStatus.Pending),
            ImageId = p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault(),
            UpdatedAt = p.UpdatedAt,
        });
        // Newest first unless the user picked a column.
        if (query.Sort is null) query.Desc = true;
        var page = await rows.ToPagedListAsync(query, Sorts, ct);
        return new PortalProductListModel(page, status, counts);
    }

    /// <summary>The edit form of the producer's own product, or null when it is not theirs.</summary>
    public async Task<ProductFormModel?> FormAsync(int producerId, int productId, CancellationToken ct)
    {
        var p = await db.Products.AsNoTracking().Include(x => x.Images)
            .FirstOrDefaultAsync(x => x.Id == productId && x.ProducerId == producerId, ct);
        if (p is null) return null;
        var model = new ProductFormModel
        {
            Name = p.Name,
            NameEn = p.NameEn,
            CategoryId = p.CategoryId,
            ShortDescription = p.ShortDescription,
            Description = PortalInput.TextFromParagraphs(p.Description),
            DescriptionEn = PortalInput.TextFromParagraphs(p.DescriptionEn),
            Price = p.Price.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Unit = p.Unit,
            Stock = p.StockQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Weight = p.WeightGrams?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Gtin = p.Gtin,
        };
        var pending = await PendingAsync(productId, ct);
        if (pending is not null)
        {
            // The form continues from what the producer last proposed; sending it again replaces that proposal.
            model.Name = pending.ProposedName;
            model.NameEn = pending.ProposedNameEn;
            model.CategoryId = pending.ProposedCategoryId;
        }
        await FillAsync(model, producerId, productId, ct);
        return model;
    }

    /// <summary>Adds what the form shows but never takes from the browser (status, images, categories, the pending change).</summary>
    public async Task FillAsync(ProductFormModel model, int producerId, int? productId, CancellationToken ct)
    {
        model.Categories = await categories.OptionsAsync(ct);
        if (productId is null) return;
        var p = await db.Products.AsNoTracking().Include(x => x.Images)
            .FirstAsync(x => x.Id == productId && x.ProducerId == producerId, ct);
        model.Id = p.Id;
        model.Slug = p.Slug;
        model.Status = p.ModerationStatus;
        model.IsPublished = p.IsPublished;
        model.ModerationNote = p.ModerationNote;
        model.LiveName = p.Name;
        var pending = await PendingAsync(p.Id, ct);
        var imageIds = pending?.ImageIds ?? p.Images.OrderBy(i => i.SortOrder).Select(i => i.MediaFileId).ToList();
        model.Images = imageIds.Select(id => new ProductImageItem(id, p.Images.FirstOrDefault(i => i.MediaFileId == id)?.AltText ?? p.Name)).ToList();
        model.Pending = pending is null ? null
            : new PendingChangeInfo(pending.ProposedName, pending.ProposedNameEn, await categories.NameAsync(pending.ProposedCategoryId, ct),
                pending.ImageIds.Count, pending.SubmittedAt);
    }

    public async Task<StockFormModel?> StockFormAsync(int producerId, int productId, CancellationToken ct) =>
        await db.Products.AsNoTracking().Where(p => p.Id == productId && p.ProducerId == producerId)
            .Select(p => new StockFormModel { Id = p.Id, Name = p.Name, Unit = p.Unit, Current = p.StockQuantity })
            .FirstOrDefaultAsync(ct);

    private Task<ProductChangeRequest?> PendingAsync(int productId, CancellationToken ct) =>
        db.ProductChangeRequests.AsNoTracking().FirstOrDefaultAsync(r => r.ProductId == productId && r.Status == ChangeRequestStatus.Pending, ct);
}
