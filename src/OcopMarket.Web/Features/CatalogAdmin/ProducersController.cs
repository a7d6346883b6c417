using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>/admin/chu-the: the office's list and form of producers (OCOP subjects).</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class ProducersController(ProducerList list, ProducerEditor editor, IStringLocalizer<CatalogAdminResource> localizer)
    : OfficeControllerBase(localizer)
{
    [HttpGet("/admin/chu-the")]
    public async Task<IActionResult> Index([FromQuery] ProducerListQuery query, CancellationToken ct) =>
        View(await list.GetAsync(query, ct));

    [HttpGet("/admin/chu-the/tao")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var form = new ProducerForm();
        await editor.FillOptionsAsync(form, ct);
        return View("Edit", form);
    }

    [HttpPost("/admin/chu-the/tao")]
    public Task<IActionResult> Create(ProducerForm form, [FromForm] string? reload, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, reload, ct);
    }

    [HttpGet("/admin/chu-the/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await editor.LoadAsync(id, ct);
        if (form is null) return NotFound();
        await editor.FillOptionsAsync(form, ct);
        return View(form);
    }

    [HttpPost("/admin/chu-the/{id:int}")]
    public Task<IActionResult> Edit(int id, ProducerForm form, [FromForm] string? reload, CancellationToken ct)
    {
        form.Id = id;
        return SaveAsync(form, reload, ct);
    }

    [HttpPost("/admin/chu-the/{id:int}/cong-bo")]
    public async Task<IActionResult> Publish(int id, [FromForm] bool published, CancellationToken ct)
    {
        if (!await editor.SetPublishedAsync(id, published, ct)) return NotFound();
        Flash(published ? "The producer is shown on the storefront again." : "The producer and its products are hidden from the storefront.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("/admin/chu-the/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var result = await editor.DeleteAsync(id, ct);
        if (!result.Succeeded)
        {
            if (result.Error == "The producer does not exist.") return NotFound();
            Flash(result.Error!, "danger", result.Arguments ?? []);
            return RedirectToAction(nameof(Edit), new { id });
        }
        Flash("The producer was deleted.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(ProducerForm form, string? reload, CancellationToken ct)
    {
        // "Reload" re-draws the form for the chosen province (the commune list follows it) without saving.
        if (!string.IsNullOrEmpty(reload) || !ModelState.IsValid)
        {
            if (!string.IsNullOrEmpty(reload)) ModelState.Clear();
            await editor.FillOptionsAsync(form, ct);
            return View("Edit", form);
        }
        var (id, errors) = await editor.SaveAsync(form, ct);
        if (errors.Count > 0)
        {
            errors.CopyTo(ModelState, L);
            await editor.FillOptionsAsync(form, ct);
            return View("Edit", form);
        }
        if (id is null) return NotFound();
        Flash(form.IsNew ? "The producer was created." : "Saved.");
        return RedirectToAction(nameof(Edit), new { id });
    }
}
