using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Reviews;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Features.Portal;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Reviews;

public sealed class PortalReviewRow
{
    public int Id { get; init; }
    public int ProductId { get; init; }
    public string Product { get; init; } = "";
    public string ProductSlug { get; init; } = "";
    public string AuthorName { get; init; } = "";
    public int Rating { get; init; }
    public string? Title { get; init; }
    public string Body { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string? ProducerReply { get; init; }
    public DateTimeOffset? ProducerReplyAt { get; init; }
}

public sealed record PortalProductRating(int ProductId, string Name, string Slug, RatingSummary Summary);

public sealed record PortalReviewListModel(PagedList<PortalReviewRow> Page, IReadOnlyList<PortalProductRating> Products, int? ProductFilter, bool? Replied);

[Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
public sealed class ReplyForm
{
    public string? Reply { get; set; }
}

/// <summary>
/// /portal/danh-gia: the approved reviews of the producer's own products, the average per product, and a public
/// reply under each review. Another producer's review is answered with 404, like a review that does not exist.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PortalReviewsController(
    CurrentProducer current,
    OcopDbContext db,
    RatingSummaryQuery summaries,
    ProducerReplies replies,
    IOutputCacheStore cache,
    IStringLocalizer<ReviewsResource> l) : PortalController(current)
{
    public const string ListPath = "/portal/danh-gia";
    public static string ReplyPath(int id) => $"{ListPath}/{id}";

    private static readonly SortMap<PortalReviewRow> Sorts = new SortMap<PortalReviewRow>()
        .Add("date", r => r.CreatedAt)
        .Add("product", r => r.Product)
        .Add("rating", r => r.Rating);

    [HttpGet(ListPath)]
    public async Task<IActionResult> Index([FromQuery] ListQuery list, [FromQuery] int? product, [FromQuery] bool? replied, CancellationToken ct)
    {
        var reviews = Mine();
        if (product is { } pid) reviews = reviews.Where(r => r.ProductId == pid);
        if (replied is { } r) reviews = r ? reviews.Where(x => x.ProducerReply != null) : reviews.Where(x => x.ProducerReply == null);
        if (list.Text is { } text)
        {
            var folded = VietnameseText.Fold(text).ToLowerInvariant();
            var lower = text.ToLower();
            reviews = reviews.Where(x => x.Product!.SearchKey.Contains(folded) || x.Body.ToLower().Contains(lower)
                || (x.Title != null && x.Title.ToLower().Contains(lower)) || x.AuthorName.ToLower().Contains(lower));
        }
        if (list.Sort is null) list.Desc = true; // newest first
        var page = await reviews.Select(x => new PortalReviewRow
        {
            Id = x.Id, ProductId = x.ProductId, Product = x.Product!.Name, ProductSlug = x.Product.Slug, AuthorName = x.AuthorName,
            Rating = x.Rating, Title = x.Title, Body = x.Body, CreatedAt = x.CreatedAt, ProducerReply = x.ProducerReply, ProducerReplyAt = x.ProducerReplyAt,
        }).ToPagedListAsync(list, Sorts, ct);

        var products = await db.Products.AsNoTracking().Where(p => p.ProducerId == ProducerId)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Slug }).ToListAsync(ct);
        var ratings = await summaries.ForProductsAsync(products.Select(p => p.Id).ToList(), ct);
        var rated = products.Select(p => new PortalProductRating(p.Id, p.Name, p.Slug, ratings[p.Id]))
            .OrderByDescending(p => p.Summary.Count).ThenBy(p => p.Name).ToList();
        return View(new PortalReviewListModel(page, rated, product, replied));
    }

    [HttpGet(ListPath + "/{id:int}")]
    public async Task<IActionResult> Reply(int id, CancellationToken ct)
    {
        var row = await RowAsync(id, ct);
        if (row is null) return NotFound();
        return View(row);
    }

    [HttpPost(ListPath + "/{id:int}")]
    public async Task<IActionResult> Reply(int id, ReplyForm form, CancellationToken ct)
    {
        var result = await replies.ReplyAsync(id, ProducerId, form.Reply, ct);
        if (!result.Succeeded)
        {
            if (result.Error == ProducerReplies.NotFound) return NotFound();
            var row = await RowAsync(id, ct);
            if (row is null) return NotFound();
            ModelState.AddModelError(nameof(ReplyForm.Reply), FormErrors.Localize(l, result.Error!, result.Arguments));
            ViewData["Reply"] = form.Reply;
            return View(row);
        }
        // The reply shows under the review on the cached product page.
        await cache.EvictByTagAsync(CacheTags.Storefront, ct);
        Flash(l[string.IsNullOrWhiteSpace(form.Reply) ? "Your reply was removed." : "Your reply is published under the review."].Value);
        return Redirect(ListPath);
    }

    /// <summary>Approved reviews of this producer's products: the only ones the portal ever reads.</summary>
    private IQueryable<ProductReview> Mine() =>
        db.ProductReviews.AsNoTracking().Where(r => r.Status == ReviewStatus.Approved && r.Product!.ProducerId == ProducerId);

    private Task<PortalReviewRow?> RowAsync(int id, CancellationToken ct) => Mine().Where(r => r.Id == id)
        .Select(x => new PortalReviewRow
        {
            Id = x.Id, ProductId = x.ProductId, Product = x.Product!.Name, ProductSlug = x.Product.Slug, AuthorName = x.AuthorName,
            Rating = x.Rating, Title = x.Title, Body = x.Body, CreatedAt = x.CreatedAt, ProducerReply = x.ProducerReply, ProducerReplyAt = x.ProducerReplyAt,
        }).FirstOrDefaultAsync(ct);
}
