using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Reviews;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Features.Checkout;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Reviews;

/// <summary>
/// /admin/danh-gia: the office reads customers' reviews before they appear, approves or rejects them (with a note the
/// author sees), one at a time or many at once. Each decision drops the cached storefront pages that show reviews.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Promotion)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ReviewsAdminController(
    ReviewAdminList list,
    ReviewDetails details,
    ReviewModeration moderation,
    IOutputCacheStore cache,
    IStringLocalizer<ReviewsResource> l) : Controller
{
    public const string ListPath = "/admin/danh-gia";
    public static string DetailPath(int id) => $"{ListPath}/{id}";

    [HttpGet(ListPath)]
    public async Task<IActionResult> Index([FromQuery] ReviewListQuery query, CancellationToken ct) =>
        View(await list.GetAsync(query, ct));

    [HttpGet(ListPath + "/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var review = await details.GetAsync(id, ct);
        return review is null ? NotFound() : View(review);
    }

    [HttpPost(ListPath + "/duyet")]
    public async Task<IActionResult> Approve([FromForm] int[] ids, [FromForm] string? returnUrl, CancellationToken ct) =>
        await DoneAsync(await moderation.ApproveAsync(ids, CurrentCart.UserId(User), ct), "{0} reviews approved; they now show on the product pages.", returnUrl, ct);

    [HttpPost(ListPath + "/tu-choi")]
    public async Task<IActionResult> Reject([FromForm] int[] ids, [FromForm] string? note, [FromForm] string? returnUrl, CancellationToken ct) =>
        await DoneAsync(await moderation.RejectAsync(ids, note, CurrentCart.UserId(User), ct), "{0} reviews rejected; their authors see your note.", returnUrl, ct);

    [HttpPost(ListPath + "/{id:int}/duyet")]
    public Task<IActionResult> ApproveOne(int id, [FromForm] string? returnUrl, CancellationToken ct) => Approve([id], returnUrl, ct);

    [HttpPost(ListPath + "/{id:int}/tu-choi")]
    public async Task<IActionResult> RejectOne(int id, [FromForm] string? note, [FromForm] string? returnUrl, CancellationToken ct)
    {
        var result = await moderation.RejectAsync([id], note, CurrentCart.UserId(User), ct);
        // A missing note sends the moderator back to the review, where the note is written.
        return await DoneAsync(result, "{0} reviews rejected; their authors see your note.", result.Succeeded ? returnUrl : DetailPath(id), ct);
    }

    private async Task<IActionResult> DoneAsync(Core.Common.OperationResult<int> result, string success, string? returnUrl, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            // Product pages carry the approved reviews and their JSON-LD rating: they change now, not in a minute.
            await cache.EvictByTagAsync(CacheTags.Storefront, ct);
            TempData["Status"] = l[success, result.Value].Value;
            TempData["StatusKind"] = "success";
        }
        else
        {
            if (result.Error == "The review was not found.") return NotFound();
            TempData["Status"] = FormErrors.Localize(l, result.Error!, result.Arguments);
            TempData["StatusKind"] = "danger";
        }
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && returnUrl.Length <= 2048 && Url.IsLocalUrl(returnUrl) ? returnUrl : ListPath);
    }
}
