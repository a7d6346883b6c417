using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>
/// Loads, checks and saves the office's product form. The office may edit every field at once (it is the
/// moderator), but publishing stays tied to moderation: only an approved listing may go live.
/// </summary>
public sealed class ProductEditor(OcopDbContext db, RichTextSanitizer sanitizer, CertificateStatusPolicy certificates, TimeProvider time, StorefrontRefresh storefront)
{
    public const long MaxPrice = 10_000_000_000;
    public const int MaxWeightGrams = 10_000_000;

    public async Task<ProductForm?> LoadAsync(int id, CancellationToken ct)
    {
        var p = await db.Products.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        return new ProductForm
        {
            Id = p.Id,
            Name = p.Name,
            NameEn = p.NameEn,
            Slug = p.Slug,
            ShortDescription = p.ShortDescription,
            Description = p.Description,
            DescriptionEn = p.DescriptionEn,
            ProducerId = p.ProducerId,
            CategoryId = p.CategoryId,
            Price = FormNumbers.Grouped(p.Price),
            Unit = p.Unit,
            Stock = p.StockQuantity.ToString(CultureInfo.InvariantCulture),
            Gtin = p.Gtin,
            Weight = p.WeightGrams?.ToString(CultureInfo.InvariantCulture),
            IsPublished = p.IsPublished,
        };
    }

    /// <summary>The selects' choices, and for an existing product its moderation, certificates and images.</summary>
    public async Task FillAsync(ProductForm form, CancellationToken ct)
    {
        var producers = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);
        var groups = categories.Where(c => c.ParentId is null)
            .Select(g => new CategoryGroupOption(g.Id, Cultures.Pick(g.Name, g.NameEn),
                categories.Where(c => c.ParentId == g.Id).Select(c => (c.Id, Cultures.Pick(c.Name, c.NameEn))).ToList()))
            .ToList();
        form.Options = new ProductFormOptions(producers.Select(p => (p.Id, p.Name)).ToList(), groups);
        if (form.Id != 0) form.Status = await StatusAsync(form.Id, ct);
    }

    private async Task<ProductStatusPanel?> StatusAsync(int id, CancellationToken ct)
    {
        var p = await db.Products.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Slug, x.ModerationStatus, x.ModerationNote, x.SubmittedAt, x.IsPublished, x.Price,
                ProducerPublished = x.Producer!.IsPublished,
                Images = x.Images.OrderBy(i => i.SortOrder).Select(i => i.MediaFileId).ToList(),
                Certificates = x.Certificates.OrderByDescending(c => c.IssuedOn).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (p is null) return null;
        var pending = await db.ProductChangeRequests.AsNoTracking()
            .Where(r => r.ProductId == id && r.Status == ChangeRequestStatus.Pending)
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        return new ProductStatusPanel(p.Slug, p.ModerationStatus, p.ModerationNote, p.SubmittedAt, pending, p.ProducerPublished,
            p.IsPublished && p.ProducerPublished, p.Price,
            p.Certificates.Select(c => new ProductCertificateRow(c.Id, c.DecisionNumber, c.Stars, c.IssuedOn, c.ExpiresOn, certificates.StatusOf(c))).ToList(),
            p.Images);
    }

    public async Task<(int? Id, FormErrors Errors)> SaveAsync(ProductForm form, CancellationToken ct)
    {
        var errors = new FormErrors();
        Product? product = null;
        if (form.Id != 0)
        {
            product = await db.Products.FirstOrDefaultAsync(p => p.Id == form.Id, ct);
            if (product is null) return (null, errors);
        }

        var name = VietnameseText.Normalize(form.Name) ?? "";
        var slug = await ChooseSlugAsync(form, name, errors, ct);
        var price = ReadPrice(form.Price, errors);
        var stock = ReadStock(form.Stock, errors);
        var weight = ReadWeight(form.Weight, errors);
        var gtin = ReadGtin(form.Gtin, errors);
        if (form.ProducerId is { } producerId && !await db.Producers.AnyAsync(p => p.Id == producerId, ct))
            errors.Add(nameof(form.ProducerId), "Please choose the producer.");
        if (form.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, ct))
            errors.Add(nameof(form.CategoryId), "Please choose the category.");
        // The rule of the moderation workflow: a listing the office has not approved never goes live.
        var status = product?.ModerationStatus ?? ModerationStatus.Approved;
        if (form.IsPublished && status != ModerationStatus.Approved)
            errors.Add(nameof(form.IsPublished), "Only an approved product can be published. This listing is: {0}.", ModerationLabels.Label(status));

        if (errors.Count > 0) return (null, errors);

        var now = time.GetUtcNow();
        var creating = product is null;
        // Created by the office itself, so there is nothing to moderate.
        product ??= new Product { CreatedAt = now, ModerationStatus = ModerationStatus.Approved };
        var visibleBefore = !creating && product.IsPublished;
        product.Name = name;
        product.NameEn = Optional(VietnameseText.Normalize(form.NameEn));
        product.Slug = slug!;
        product.ShortDescription = VietnameseText.Normalize(form.ShortDescription) ?? "";
        product.Description = sanitizer.Sanitize(form.Description);
        product.DescriptionEn = Optional(sanitizer.Sanitize(form.DescriptionEn));
        product.ProducerId = form.ProducerId!.Value;
        product.CategoryId = form.CategoryId!.Value;
        product.Price = price!.Value;
        product.Unit = VietnameseText.Normalize(form.Unit) ?? "";
        product.StockQuantity = stock!.Value;
        product.Gtin = gtin;
        product.WeightGrams = weight;
        product.IsPublished = form.IsPublished;
        product.UpdatedAt = now;
        if (creating) db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        if (visibleBefore || product.IsPublished) await storefront.AfterCatalogChangeAsync(ct);
        return (product.Id, errors);
    }

    private static long? ReadPrice(string? text, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null; // [Required] said so already
        if (!FormNumbers.TryParseWhole(text, out var price) || price <= 0 || price > MaxPrice)
        {
            errors.Add(nameof(ProductForm.Price), "Enter the price in VND as a whole number greater than 0 (e.g. 125.000).");
            return null;
        }
        return price;
    }

    private static int? ReadStock(string? text, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!FormNumbers.TryParseWhole(text, out var stock) || stock < 0 || stock > int.MaxValue)
        {
            errors.Add(nameof(ProductForm.Stock), "The stock must be a whole number, 0 or more.");
            return null;
        }
        return (int)stock;
    }

    private static int? ReadWeight(string? text, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!FormNumbers.TryParseWhole(text, out var grams) || grams <= 0 || grams > MaxWeightGrams)
        {
            errors.Add(nameof(ProductForm.Weight), "The weight must be a whole number of grams greater than 0.");
            return null;
        }
        return (int)grams;
    }

    private static string? ReadGtin(string? text, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var digits = text.Replace(" ", "").Replace("-", "").Trim();
        if (!Gtin.IsValid(digits))
        {
            errors.Add(nameof(ProductForm.Gtin), "The GTIN is not valid: it must have 8, 12, 13 or 14 digits and a correct check digit.");
            return null;
        }
        return digits;
    }

    private async Task<string?> ChooseSlugAsync(ProductForm form, string name, FormErrors errors, CancellationToken ct)
    {
        var typed = form.Slug?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(typed))
        {
            if (!SlugGenerator.IsValid(typed))
            {
                errors.Add(nameof(form.Slug), "Use only lower-case letters without accents, digits and hyphens (e.g. {0}).", SlugGenerator.Generate(typed) is { Length: > 0 } s ? s : "mat-ong-rung");
                return null;
            }
            if (await db.Products.AnyAsync(p => p.Slug == typed && p.Id != form.Id, ct))
            {
                errors.Add(nameof(form.Slug), "Another product already uses this address; choose another.");
                return null;
            }
            return typed;
        }
        var stem = SlugGenerator.Generate(name);
        if (stem.Length == 0) stem = "san-pham";
        return await ProducerEditor.FreeSlugAsync(stem, slug => db.Products.AnyAsync(p => p.Slug == slug && p.Id != form.Id, ct));
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
