using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Data;
using OcopMarket.Core.Reviews;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Features.Checkout;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;
using OcopMarket.Web.Infrastructure;

namespace OcopMarket.Web.Features.Reviews;

/// <summary>
/// The storefront side of reviews: the review page (/san-pham/{slug}/danh-gia, never cached: it depends on who asks),
/// every approved review of a product (/tat-ca, cached like the product page), and the customer's own reviews.
/// </summary>
public sealed class ReviewsController(
    OcopDbContext db,
    ReviewEligibility eligibility,
    ReviewSubmission submission,
    ProductReviewsQuery reviews,
    MyReviewsQuery mine,
    IStringLocalizer<ReviewsResource> l) : Controller
{
    public static string WritePath(string slug) => $"/san-pham/{slug}/danh-gia";
    public static string AllPath(string slug) => $"/san-pham/{slug}/danh-gia/tat-ca";
    public const string MinePath = "/tai-khoan/danh-gia";

    [HttpGet("/san-pham/{slug}/danh-gia")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Write(string slug, CancellationToken ct)
    {
        if (await ProductAsync(slug, ct) is not { } product) return NotFound();
        var sent = TempData["ReviewSent"] as string == slug;
        return await PageAsync(product, null, sent, ct);
    }

    [Authorize]
    [HttpPost("/san-pham/{slug}/danh-gia")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Write(string slug, ReviewForm form, CancellationToken ct)
    {
        if (await ProductAsync(slug, ct) is not { } product) return NotFound();
        if (!ModelState.IsValid) return await PageAsync(product, form, false, ct);
        var result = await submission.SubmitAsync(UserId, product.Id, new ReviewInput(form.Rating ?? 0, form.Title, form.Body, form.AuthorName), ct);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", FormErrors.Localize(l, result.Error!, result.Arguments));
            return await PageAsync(product, form, false, ct);
        }
        TempData["ReviewSent"] = slug;
        return LocalRedirect(WritePath(slug));
    }

    [HttpGet("/san-pham/{slug}/danh-gia/tat-ca")]
    [OutputCache(PolicyName = StorefrontCachePolicy.Name)]
    public async Task<IActionResult> All(string slug, int page = 1, CancellationToken ct = default)
    {
        if (slug.Length > 200) return NotFound();
        var model = await reviews.PageAsync(slug, page, ct);
        if (model is null) return NotFound();
        ViewData["Title"] = l["Reviews of {0}", model.ProductName].Value;
        ViewData["Canonical"] = AllPath(model.ProductSlug) + (model.Page > 1 ? $"?page={model.Page}" : "");
        if (model.Summary.Count == 0) ViewData["NoIndex"] = true;
        return View(model);
    }

    [Authorize]
    [HttpGet(MinePath)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Mine(int page = 1, CancellationToken ct = default)
    {
        ViewData["Title"] = l["My reviews"].Value;
        ViewData["NoIndex"] = true;
        return View(await mine.GetAsync(UserId, page, ct));
    }

    private int UserId => CurrentCart.UserId(User) ?? throw new InvalidOperationException("Signed-in user without an id.");

    private sealed record ProductInfo(int Id, string Name, string Slug, int? ImageId);

    private Task<ProductInfo?> ProductAsync(string slug, CancellationToken ct) => slug.Length > 200
        ? Task.FromResult<ProductInfo?>(null)
        : db.Products.AsNoTracking().Visible().Where(p => p.Slug == slug)
            .Select(p => new ProductInfo(p.Id, p.Name, p.Slug, p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);

    private async Task<IActionResult> PageAsync(ProductInfo product, ReviewForm? posted, bool sent, CancellationToken ct)
    {
        ViewData["Title"] = l["Review {0}", product.Name].Value;
        ViewData["NoIndex"] = true;
        var userId = CurrentCart.UserId(User);
        ReviewPageModel Model(ReviewFormState state, ReviewForm? form = null, ProductReview? existing = null) => new()
        {
            ProductId = product.Id, ProductName = product.Name, ProductSlug = product.Slug, ImageId = product.ImageId, State = state,
            Form = form ?? new ReviewForm(), ExistingStatus = existing?.Status, ModerationNote = existing?.ModerationNote,
        };
        if (userId is null) return View("Write", Model(ReviewFormState.SignIn));
        if (sent) return View("Write", Model(ReviewFormState.Sent));

        var proof = await eligibility.CheckAsync(userId.Value, product.Id, ct);
        if (proof.State != PurchaseState.Delivered)
            return View("Write", Model(proof.State == PurchaseState.NotBought ? ReviewFormState.NotBought : ReviewFormState.NotDelivered));

        var existing = await db.ProductReviews.AsNoTracking().FirstOrDefaultAsync(r => r.ProductId == product.Id && r.CustomerUserId == userId, ct);
        var form = posted;
        if (form is null)
        {
            var fullName = await db.Users.Where(u => u.Id == userId).Select(u => u.FullName).FirstOrDefaultAsync(ct);
            form = existing is null
                ? new ReviewForm { AuthorName = AuthorNames.Default(fullName) }
                : new ReviewForm { Rating = existing.Rating, Title = existing.Title, Body = existing.Body, AuthorName = existing.AuthorName };
        }
        return View("Write", Model(ReviewFormState.Open, form, existing));
    }
}
