using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>/admin/diem-ban: the office's list and form of OCOP display and sale points.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PointsAdminController(PointList list, PointEditor editor, IStringLocalizer<PointsAdminResource> localizer)
    : PointsControllerBase(localizer)
{
    [HttpGet(DisplayPointAdminPaths.List)]
    public async Task<IActionResult> Index([FromQuery] PointListQuery query, CancellationToken ct) =>
        View(await list.GetAsync(query, ct));

    [HttpGet(DisplayPointAdminPaths.Create)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var form = new PointForm();
        await editor.FillAsync(form, ct);
        return View("Edit", form);
    }

    [HttpPost(DisplayPointAdminPaths.Create)]
    public Task<IActionResult> Create(PointForm form, [FromForm] string? reload, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, reload, ct);
    }

    [HttpGet(DisplayPointAdminPaths.List + "/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await editor.LoadAsync(id, ct);
        if (form is null) return NotFound();
        await editor.FillAsync(form, ct);
        return View(form);
    }

    [HttpPost(DisplayPointAdminPaths.List + "/{id:int}")]
    public Task<IActionResult> Edit(int id, PointForm form, [FromForm] string? reload, CancellationToken ct)
    {
        form.Id = id;
        return SaveAsync(form, reload, ct);
    }

    [HttpPost(DisplayPointAdminPaths.List + "/{id:int}/cong-bo")]
    public async Task<IActionResult> Publish(int id, [FromForm] bool published, CancellationToken ct)
    {
        if (!await editor.SetPublishedAsync(id, published, ct)) return NotFound();
        Flash(published ? "The point is shown on the storefront again." : "The point is hidden from the storefront and no longer offered for pickup.");
        return Redirect(DisplayPointAdminPaths.Edit(id));
    }

    [HttpPost(DisplayPointAdminPaths.List + "/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var result = await editor.DeleteAsync(id, ct);
        if (!result.Succeeded)
        {
            if (result.Error == "The display point does not exist.") return NotFound();
            Flash(result.Error!, "danger", result.Arguments ?? []);
            return Redirect(DisplayPointAdminPaths.Edit(id));
        }
        Flash("The display point was deleted.");
        return Redirect(DisplayPointAdminPaths.List);
    }

    private async Task<IActionResult> SaveAsync(PointForm form, string? reload, CancellationToken ct)
    {
        // "Reload" re-draws the form for the chosen province (the commune list follows it) without saving.
        if (!string.IsNullOrEmpty(reload) || !ModelState.IsValid)
        {
            if (!string.IsNullOrEmpty(reload)) ModelState.Clear();
            await editor.FillAsync(form, ct);
            return View("Edit", form);
        }
        var (id, errors) = await editor.SaveAsync(form, ct);
        if (errors.Count > 0)
        {
            errors.CopyTo(ModelState, L);
            await editor.FillAsync(form, ct);
            return View("Edit", form);
        }
        if (id is null) return NotFound();
        Flash(form.IsNew ? "The display point was created." : "Saved.");
        return Redirect(DisplayPointAdminPaths.Edit(id.Value));
    }
}
