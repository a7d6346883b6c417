using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Featured;

/// <summary>/admin/noi-bat: the ordered lists of featured products and producers on the home page.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Promotion)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class FeaturedAdminController(FeaturedList list, IStringLocalizer<PromotionsResource> l) : Controller
{
    public const string Path = "/admin/noi-bat";

    [HttpGet(Path)]
    public async Task<IActionResult> Index([FromQuery(Name = "sp")] string? productSearch, [FromQuery(Name = "ct")] string? producerSearch, CancellationToken ct)
    {
        if (productSearch is { Length: > 200 } || producerSearch is { Length: > 200 }) return BadRequest();
        return View(await list.GetAsync(productSearch, producerSearch, ct));
    }

    [HttpPost(Path + "/them")]
    public async Task<IActionResult> Add([FromForm] FeaturedKind kind, [FromForm] int? targetId, [FromForm] DateOnly? startsOn, [FromForm] DateOnly? endsOn, CancellationToken ct)
    {
        var userId = int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (int?)null;
        var result = await list.AddAsync(kind, targetId, startsOn, endsOn, userId, ct);
        Report(result, kind == FeaturedKind.Producer ? "The producer was added at the end of the list." : "The product was added at the end of the list.");
        return Redirect(Path + (kind == FeaturedKind.Producer ? "#featured-producers" : "#featured-products"));
    }

    [HttpPost(Path + "/{id:int}/xoa")]
    public async Task<IActionResult> Remove(int id, CancellationToken ct)
    {
        if (!await list.RemoveAsync(id, ct)) return NotFound();
        Flash("Removed from the list.");
        return Redirect(Path);
    }

    [HttpPost(Path + "/{id:int}/len")]
    public Task<IActionResult> Up(int id, CancellationToken ct) => MoveAsync(id, -1, ct);

    [HttpPost(Path + "/{id:int}/xuong")]
    public Task<IActionResult> Down(int id, CancellationToken ct) => MoveAsync(id, 1, ct);

    [HttpPost(Path + "/{id:int}/thoi-gian")]
    public async Task<IActionResult> Window(int id, [FromForm] DateOnly? startsOn, [FromForm] DateOnly? endsOn, CancellationToken ct)
    {
        var result = await list.SetWindowAsync(id, startsOn, endsOn, ct);
        if (result.Error == "The item is no longer in the list.") return NotFound();
        Report(result, "The dates were saved.");
        return Redirect(Path + "#item-" + id);
    }

    private async Task<IActionResult> MoveAsync(int id, int direction, CancellationToken ct)
    {
        if (!await list.MoveAsync(id, direction, ct)) return NotFound();
        return Redirect(Path + "#item-" + id);
    }

    private void Report(OperationResult result, string success)
    {
        if (result.Succeeded) Flash(success);
        else Flash(result.Error!, "danger", result.Arguments ?? []);
    }

    private void Flash(string key, string kind = "success", params object[] arguments)
    {
        TempData["Status"] = FormErrors.Localize(l, key, arguments);
        TempData["StatusKind"] = kind;
    }
}
