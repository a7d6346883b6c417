using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>/admin/hoi-cho: the promotion staff's list and form of trade fairs, and each fair's booths.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Promotion)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class FairsAdminController(FairList list, FairEditor editor, FairBooths booths, IStringLocalizer<FairsResource> l) : Controller
{
    [HttpGet(FairPaths.Admin)]
    public async Task<IActionResult> Index([FromQuery] FairListQuery query, CancellationToken ct) => View(await list.GetAsync(query, ct));

    [HttpGet(FairPaths.AdminCreate)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var form = new FairForm();
        await editor.FillAsync(form, ct);
        return View("Edit", form);
    }

    [HttpPost(FairPaths.AdminCreate)]
    public Task<IActionResult> Create(FairForm form, IFormFile? cover, [FromForm] string? reload, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, cover, reload, ct);
    }

    [HttpGet(FairPaths.Admin + "/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await editor.LoadAsync(id, ct);
        if (form is null) return NotFound();
        await editor.FillAsync(form, ct);
        return View(form);
    }

    [HttpPost(FairPaths.Admin + "/{id:int}")]
    public Task<IActionResult> Edit(int id, FairForm form, IFormFile? cover, [FromForm] string? reload, CancellationToken ct)
    {
        form.Id = id;
        return SaveAsync(form, cover, reload, ct);
    }

    [HttpPost(FairPaths.Admin + "/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        if (!await editor.DeleteAsync(id, ct)) return NotFound();
        Flash("The fair was deleted.");
        return Redirect(FairPaths.Admin);
    }

    [HttpGet(FairPaths.Admin + "/{id:int}/gian-hang")]
    public async Task<IActionResult> Booths(int id, [FromQuery] string? q, CancellationToken ct)
    {
        if (q is { Length: > 200 }) return BadRequest();
        var page = await booths.GetAsync(id, q, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost(FairPaths.Admin + "/{id:int}/gian-hang")]
    public async Task<IActionResult> AddBooth(int id, [FromForm] int? producerId, [FromForm] string? boothCode, [FromForm] string? note, CancellationToken ct)
    {
        var result = await booths.AddAsync(id, producerId, boothCode, note, ct);
        if (result.Error == "The fair does not exist.") return NotFound();
        Report(result, "The booth was added with all of the producer's published products; untick those not brought to the fair.");
        return Redirect(FairPaths.Booths(id));
    }

    [HttpPost(FairPaths.Admin + "/{id:int}/gian-hang/{boothId:int}")]
    public async Task<IActionResult> UpdateBooth(int id, int boothId, [FromForm] string? boothCode, [FromForm] string? note, [FromForm] int[] products, CancellationToken ct)
    {
        var result = await booths.UpdateAsync(id, boothId, boothCode, note, products, ct);
        if (result.Error == "The booth does not exist.") return NotFound();
        Report(result, "The booth was saved.");
        return Redirect(FairPaths.Booths(id) + "#booth-" + boothId);
    }

    [HttpPost(FairPaths.Admin + "/{id:int}/gian-hang/{boothId:int}/xoa")]
    public async Task<IActionResult> RemoveBooth(int id, int boothId, CancellationToken ct)
    {
        if (!await booths.RemoveAsync(id, boothId, ct)) return NotFound();
        Flash("The booth was removed.");
        return Redirect(FairPaths.Booths(id));
    }

    private async Task<IActionResult> SaveAsync(FairForm form, IFormFile? cover, string? reload, CancellationToken ct)
    {
        // "Reload" re-draws the form for the chosen province (the commune list follows it) without saving.
        if (!string.IsNullOrEmpty(reload))
        {
            ModelState.Clear();
            await editor.FillAsync(form, ct);
            return View("Edit", form);
        }
        int? id = ModelState.IsValid ? await editor.SaveAsync(form, cover, ModelState, ct) : 0;
        if (id is null) return NotFound();
        if (id == 0 || !ModelState.IsValid)
        {
            await editor.FillAsync(form, ct);
            return View("Edit", form);
        }
        Flash(form.IsNew ? "The fair was created. Now add the producers' booths." : "Saved.");
        return Redirect(form.IsNew ? FairPaths.Booths(id.Value) : FairPaths.Edit(id.Value));
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
