using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Reviews;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Reviews;

/// <summary>Approved reviews for the storefront: the product page's block and the paged "all reviews" page. Newest first.</summary>
public sealed class ProductReviewsQuery(OcopDbContext db, RatingSummaryQuery summaries)
{
    public const int PageSize = 10;

    public async Task<ProductReviewsModel> ForProductAsync(int productId, string slug, CancellationToken ct)
    {
        var summary = await summaries.ForProductAsync(productId, ct);
        var latest = summary.Count == 0 ? [] : await Approved(productId).Take(ProductReviewsModel.Shown).ToListAsync(ct);
        return new ProductReviewsModel(productId, slug, summary, latest);
    }

    /// <summary>One page of a visible product's approved reviews, or null when no visible product has the slug.</summary>
    public async Task<ProductReviewPageModel?> PageAsync(string slug, int page, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Visible().Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Name, p.NameEn, p.Slug, ImageId = p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (product is null) return null;
        var summary = await summaries.ForProductAsync(product.Id, ct);
        var pageCount = Math.Max(1, (summary.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var reviews = await Approved(product.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new ProductReviewPageModel(product.Id, Framework.Localization.Cultures.Pick(product.Name, product.NameEn), product.Slug,
            product.ImageId, summary, reviews, page, pageCount);
    }

    private IQueryable<ReviewItemModel> Approved(int productId) => db.ProductReviews.AsNoTracking()
        .Where(r => r.ProductId == productId && r.Status == ReviewStatus.Approved)
        .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
        .Select(r => new ReviewItemModel(r.Id, r.AuthorName, r.Rating, r.Title, r.Body, r.CreatedAt, r.ProducerReply, r.ProducerReplyAt,
            r.Product!.Producer!.Name));
}
