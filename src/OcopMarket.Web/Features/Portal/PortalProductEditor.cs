using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Media;

namespace OcopMarket.Web.Features.Portal;

/// <summary>An image the store refused, by the name the user gave it.</summary>
public sealed record RefusedImage(string FileName, ImageRejection Reason);

public sealed record ProductSaveResult(bool Found, int ProductId, bool ChangePending, IReadOnlyList<RefusedImage> RefusedImages)
{
    public static readonly ProductSaveResult NotFound = new(false, 0, false, []);
    public bool Succeeded => Found && RefusedImages.Count == 0;
}

/// <summary>
/// Writes a producer's listings. The producer id always comes from the signed-in account; status, publication,
/// featuring and ownership are never taken from the form. On an approved listing, price, descriptions, unit,
/// stock, weight and GTIN change at once (the audit log keeps before/after), while name, category and images go to
/// the office through <see cref="ProductModeration.ProposeChangeAsync"/>. Each save is one transaction.
/// </summary>
public sealed class PortalProductEditor(OcopDbContext db, IImageStore images, ProductModeration moderation, RichTextSanitizer sanitizer,
    TimeProvider time, StorefrontPages storefront)
{
    public async Task<ProductSaveResult> CreateAsync(int producerId, ProductInput input, IReadOnlyList<IFormFile> newImages, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (imageIds, refused) = await StoreImagesAsync(newImages, ct);
        if (refused.Count > 0) return new(true, 0, false, refused);

        var now = time.GetUtcNow();
        var product = new Product
        {
            ProducerId = producerId,
            Slug = await UniqueSlugAsync(input.Name, ct),
            ModerationStatus = ModerationStatus.Draft,
            IsPublished = false,
            IsFeatured = false,
            CreatedAt = now,
        };
        product.Name = Clean(input.Name);
        product.NameEn = CleanOrNull(input.NameEn);
        product.CategoryId = input.CategoryId;
        ApplyLiveFields(product, input);
        product.UpdatedAt = now;
        for (var i = 0; i < imageIds.Count; i++)
            product.Images.Add(new ProductImage { MediaFileId = imageIds[i], SortOrder = i, AltText = Truncate(product.Name, 200) });
        db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(true, product.Id, false, []);
    }

    public async Task<ProductSaveResult> UpdateAsync(int producerId, int productId, ProductInput input, IReadOnlyList<IFormFile> newImages,
        IReadOnlyCollection<int> removeImageIds, int? mainImageId, CancellationToken ct)
    {
        var product = await db.Products.Include(p => p.Images).FirstOrDefaultAsync(p => p.Id == productId && p.ProducerId == producerId, ct);
        if (product is null) return ProductSaveResult.NotFound;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (added, refused) = await StoreImagesAsync(newImages, ct);
        if (refused.Count > 0) return new(true, productId, false, refused);

        if (ApplyLiveFields(product, input)) product.UpdatedAt = time.GetUtcNow();

        // The image list the producer was looking at: its pending proposal if there is one, else the live list.
        var pending = await db.ProductChangeRequests.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ProductId == productId && r.Status == ChangeRequestStatus.Pending, ct);
        var current = pending?.ImageIds.ToList() ?? product.Images.OrderBy(i => i.SortOrder).Select(i => i.MediaFileId).ToList();
        var imageIds = current.Where(id => !removeImageIds.Contains(id)).Concat(added).ToList();
        if (mainImageId is { } main && imageIds.Remove(main)) imageIds.Insert(0, main);

        // Applies at once on a listing the office has not approved; on an approved one it waits for the office.
        var proposal = await moderation.ProposeChangeAsync(productId, Clean(input.Name), CleanOrNull(input.NameEn), input.CategoryId, imageIds, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await storefront.EvictAsync(ct);
        return new(true, productId, proposal.Value, []);
    }

    /// <summary>Sets the stock of the producer's own product; false when it is not theirs.</summary>
    public async Task<bool> SetStockAsync(int producerId, int productId, int stock, CancellationToken ct)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId && p.ProducerId == producerId, ct);
        if (product is null) return false;
        if (product.StockQuantity != stock)
        {
            product.StockQuantity = stock;
            product.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
            await storefront.EvictAsync(ct);
        }
        return true;
    }

    /// <summary>Sends the producer's own draft or rejected listing to the office; null when it is not theirs.</summary>
    public async Task<OperationResult?> SubmitAsync(int producerId, int productId, CancellationToken ct)
    {
        if (!await db.Products.AnyAsync(p => p.Id == productId && p.ProducerId == producerId, ct)) return null;
        var result = await moderation.SubmitAsync(productId, ct);
        if (result.Succeeded) await storefront.EvictAsync(ct);
        return result;
    }

    /// <summary>Fields that never need the office: descriptions, price, unit, stock, weight, GTIN. True if any changed.</summary>
    private bool ApplyLiveFields(Product product, ProductInput input)
    {
        var before = (product.ShortDescription, product.Description, product.DescriptionEn, product.Price, product.Unit, product.StockQuantity, product.WeightGrams, product.Gtin);
        product.ShortDescription = Clean(input.ShortDescription);
        product.Description = sanitizer.Sanitize(PortalInput.ParagraphsFromText(input.Description));
        product.DescriptionEn = sanitizer.Sanitize(PortalInput.ParagraphsFromText(input.DescriptionEn)) is { Length: > 0 } en ? en : null;
        product.Price = input.Price;
        product.Unit = Clean(input.Unit);
        product.StockQuantity = input.Stock;
        product.WeightGrams = input.WeightGrams;
        product.Gtin = input.Gtin;
        return before != (product.ShortDescription, product.Description, product.DescriptionEn, product.Price, product.Unit, product.StockQuantity, product.WeightGrams, product.Gtin);
    }

    /// <summary>Validates and stores each upload through the shared image pipeline (decode, re-encode, strip metadata).</summary>
    private async Task<(List<int> Ids, List<RefusedImage> Refused)> StoreImagesAsync(IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var ids = new List<int>();
        var refused = new List<RefusedImage>();
        foreach (var file in files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            await using var stream = file.OpenReadStream();
            var saved = await images.SaveAsync(stream, file.FileName, ct);
            if (saved.Succeeded) ids.Add(saved.File!.Id);
            else refused.Add(new RefusedImage(Path.GetFileName(file.FileName), saved.Error!.Value));
        }
        return (ids, refused);
    }

    private async Task<string> UniqueSlugAsync(string name, CancellationToken ct)
    {
        var stem = SlugGenerator.Generate(name);
        if (stem.Length == 0) stem = "san-pham";
        var slug = stem;
        for (var n = 2; await db.Products.AnyAsync(p => p.Slug == slug, ct); n++)
            slug = $"{stem}-{n}";
        return slug;
    }

    private static string Clean(string text) => text.Trim().Normalize(System.Text.NormalizationForm.FormC);

    private static string? CleanOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clean(text);

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;
}
