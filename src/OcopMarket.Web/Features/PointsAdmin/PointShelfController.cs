using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>
/// /admin/diem-ban/{id}/san-pham: the products a point stocks. The one editor of the shelf: the pickup plugin's list
/// (/admin/nhan-tai-diem-ban) links and redirects here.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PointShelfController(PointShelf shelf, IStringLocalizer<PointsAdminResource> localizer) : PointsControllerBase(localizer)
{
    [HttpGet(DisplayPointAdminPaths.List + "/{id:int}/san-pham")]
    public async Task<IActionResult> Index(int id, [FromQuery] ShelfQuery query, CancellationToken ct)
    {
        var page = await shelf.GetAsync(id, query, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost(DisplayPointAdminPaths.List + "/{id:int}/san-pham")]
    public async Task<IActionResult> Index(int id, [FromForm] int[] shown, [FromForm] int[] stocked, [FromForm] string? returnQuery, CancellationToken ct)
    {
        var result = await shelf.SaveAsync(id, shown, stocked, ct);
        switch (result.Outcome)
        {
            case ShelfSaveOutcome.PointNotFound:
                return NotFound();
            case ShelfSaveOutcome.Refused:
                var list = string.Join("; ", result.Refused!.Select(r => $"{r.Name} ({L[r.Reason.Key, r.Reason.Arguments].Value})"));
                TempData["Status"] = L["Nothing was saved. A display point may stock only products with a valid OCOP certificate of 3 stars or more (Decision 950/QĐ-BCT): {0}.", list].Value;
                TempData["StatusKind"] = "danger";
                break;
            default:
                Flash(result.Added + result.Removed == 0 ? "Nothing changed." : "Saved: {0} product(s) added to the shelf, {1} removed.", "success", result.Added, result.Removed);
                break;
        }
        // Back to the same page, filter and sort (only a query string of our own shape is echoed).
        var back = returnQuery is { Length: > 0 and < 500 } && returnQuery.StartsWith('?') && !returnQuery.Contains("//") ? returnQuery : "";
        return Redirect(DisplayPointAdminPaths.Shelf(id) + back);
    }
}
