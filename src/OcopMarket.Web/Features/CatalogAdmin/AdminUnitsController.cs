using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>/admin/don-vi-hanh-chinh: provinces, pre-2025 districts and communes, and the 2025 mergings between them.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class AdminUnitsController(AdminUnitBrowser browser, AdminUnitEditor editor, IStringLocalizer<CatalogAdminResource> localizer)
    : OfficeControllerBase(localizer)
{
    [HttpGet("/admin/don-vi-hanh-chinh")]
    public async Task<IActionResult> Index([FromQuery] AdminUnitQuery query, CancellationToken ct) =>
        View(await browser.ListAsync(query, ct));

    [HttpGet("/admin/don-vi-hanh-chinh/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await editor.LoadAsync(id, ct);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost("/admin/don-vi-hanh-chinh/{id:int}")]
    public async Task<IActionResult> Edit(int id, AdminUnitForm form, CancellationToken ct)
    {
        form.Id = id;
        if (ModelState.IsValid)
        {
            var errors = await editor.SaveAsync(form, ct);
            if (errors.Count == 0)
            {
                Flash("Saved.");
                return RedirectToAction(nameof(Edit), new { id });
            }
            errors.CopyTo(ModelState, L);
        }
        return await editor.FillAsync(form, ct) ? View(form) : NotFound();
    }
}
