using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Traceability;

/// <summary>
/// /admin/truy-xuat/canh-bao: possible counterfeit stamps for the office and inspectors. A list (open / reviewed, kind,
/// producer, search, paging), the detail with the scans behind an alert on a map, and "mark reviewed" with a note.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Inspection)]
public sealed class StampAnomaliesController(AnomalyQueries queries, TimeProvider time, IStringLocalizer<StampsResource> S) : Controller
{
    [HttpGet("/admin/truy-xuat/canh-bao")]
    public async Task<IActionResult> Index([FromQuery] AnomalyListQuery query, CancellationToken ct) =>
        View(await queries.ListAsync(query, ct));

    [HttpGet("/admin/truy-xuat/canh-bao/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await queries.DetailAsync(id, null, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/admin/truy-xuat/canh-bao/{id:int}/da-xem")]
    public async Task<IActionResult> Review(int id, ReviewForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            var model = await queries.DetailAsync(id, form, ct);
            return model is null ? NotFound() : View("Details", model);
        }
        var userId = int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var uid) ? uid : (int?)null;
        if (await queries.ReviewAsync(id, userId, form.Note, time.GetUtcNow(), ct))
        {
            TempData["Status"] = S["The alert was marked as reviewed."].Value;
            TempData["StatusKind"] = "success";
        }
        else
        {
            if (await queries.DetailAsync(id, null, ct) is null) return NotFound();
            TempData["Status"] = S["This alert was already reviewed."].Value;
            TempData["StatusKind"] = "warning";
        }
        return Redirect($"/admin/truy-xuat/canh-bao/{id}");
    }
}
