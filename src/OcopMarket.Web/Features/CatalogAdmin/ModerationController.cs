using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Common;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>
/// /admin/kiem-duyet: the office reviews submitted listings and producers' changes. The decisions are
/// <see cref="ProductModeration"/>'s (shared with the producer portal); this controller only shows and asks.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class ModerationController(ModerationQueue queue, ProductModeration moderation, StorefrontRefresh storefront,
    IStringLocalizer<CatalogAdminResource> localizer) : OfficeControllerBase(localizer)
{
    [HttpGet("/admin/kiem-duyet")]
    public async Task<IActionResult> Index([FromQuery] ModerationQueueQuery query, CancellationToken ct) =>
        View(new ModerationQueuePage(await queue.ListAsync(query, ct), query));

    [HttpGet("/admin/kiem-duyet/san-pham/{id:int}")]
    public async Task<IActionResult> Listing(int id, CancellationToken ct)
    {
        var review = await queue.ListingAsync(id, ct);
        return review is null ? NotFound() : View(new ListingReviewPage(review, new ReviewDecision()));
    }

    [HttpPost("/admin/kiem-duyet/san-pham/{id:int}/duyet")]
    public async Task<IActionResult> ApproveListing(int id, CancellationToken ct)
    {
        var result = await moderation.ApproveAsync(id, ct);
        if (!result.Succeeded) return await ListingAgainAsync(id, result, new ReviewDecision(), ct);
        await storefront.AfterCatalogChangeAsync(ct);
        Flash("The listing was approved and is now on the storefront.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("/admin/kiem-duyet/san-pham/{id:int}/tu-choi")]
    public async Task<IActionResult> RejectListing(int id, ReviewDecision decision, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ListingAgainAsync(id, null, decision, ct);
        var result = await moderation.RejectAsync(id, decision.Reason ?? "", ct);
        if (!result.Succeeded) return await ListingAgainAsync(id, result, decision, ct);
        Flash("The listing was rejected; the producer sees your reason.", "warning");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/admin/kiem-duyet/thay-doi/{id:int}")]
    public async Task<IActionResult> Change(int id, CancellationToken ct)
    {
        var review = await queue.ChangeAsync(id, ct);
        return review is null ? NotFound() : View(new ChangeReviewPage(review, new ReviewDecision()));
    }

    [HttpPost("/admin/kiem-duyet/thay-doi/{id:int}/duyet")]
    public async Task<IActionResult> ApproveChange(int id, CancellationToken ct)
    {
        var result = await moderation.ApproveChangeAsync(id, ct);
        if (!result.Succeeded) return await ChangeAgainAsync(id, result, new ReviewDecision(), ct);
        await storefront.AfterCatalogChangeAsync(ct);
        Flash("The change was approved and applied to the listing.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("/admin/kiem-duyet/thay-doi/{id:int}/tu-choi")]
    public async Task<IActionResult> RejectChange(int id, ReviewDecision decision, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ChangeAgainAsync(id, null, decision, ct);
        var result = await moderation.RejectChangeAsync(id, decision.Reason ?? "", ct);
        if (!result.Succeeded) return await ChangeAgainAsync(id, result, decision, ct);
        Flash("The change was rejected; the listing stays as it was and the producer sees your reason.", "warning");
        return RedirectToAction(nameof(Index));
    }

    // A refused decision re-draws the review with the message beside the reason (or at the top).
    private async Task<IActionResult> ListingAgainAsync(int id, OperationResult? result, ReviewDecision decision, CancellationToken ct)
    {
        var review = await queue.ListingAsync(id, ct);
        if (review is null) return NotFound();
        AddError(result);
        return View(nameof(Listing), new ListingReviewPage(review, decision));
    }

    private async Task<IActionResult> ChangeAgainAsync(int id, OperationResult? result, ReviewDecision decision, CancellationToken ct)
    {
        var review = await queue.ChangeAsync(id, ct);
        if (review is null) return NotFound();
        AddError(result);
        return View(nameof(Change), new ChangeReviewPage(review, decision));
    }

    private void AddError(OperationResult? result)
    {
        if (result is null) return;
        var field = result.Error == ReasonRequired ? nameof(ReviewDecision.Reason) : "";
        ModelState.AddModelError(field, FormErrors.Localize(L, result.Error!, result.Arguments));
    }

    private const string ReasonRequired = "Give the producer a reason for the rejection.";
}

[LocalizedWith(typeof(CatalogAdminResource))]
public sealed class ReviewDecision
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Reason for the producer")]
    [System.ComponentModel.DataAnnotations.StringLength(1000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Reason { get; set; }
}

public sealed record ModerationQueuePage(Framework.BackOffice.PagedList<QueueItem> Items, ModerationQueueQuery Query);
public sealed record ListingReviewPage(ListingReview Review, ReviewDecision Decision);
public sealed record ChangeReviewPage(ChangeReview Review, ReviewDecision Decision);
