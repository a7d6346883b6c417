using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>/admin/danh-muc: the OCOP groups and subgroups.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class CategoriesController(CategoryEditor editor, IStringLocalizer<CatalogAdminResource> localizer) : OfficeControllerBase(localizer)
{
    [HttpGet("/admin/danh-muc")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, CancellationToken ct)
    {
        query.PageSize = query.PageSize == ListQuery.DefaultPageSize ? 50 : query.PageSize;
        return View(await editor.ListAsync(query, ct));
    }

    [HttpGet("/admin/danh-muc/tao")]
    public async Task<IActionResult> Create([FromQuery] int? parent, CancellationToken ct)
    {
        var form = new CategoryForm { ParentId = parent };
        await editor.FillAsync(form, ct);
        return View("Edit", form);
    }

    [HttpPost("/admin/danh-muc/tao")]
    public Task<IActionResult> Create(CategoryForm form, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, ct);
    }

    [HttpGet("/admin/danh-muc/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await editor.LoadAsync(id, ct);
        if (form is null) return NotFound();
        await editor.FillAsync(form, ct);
        return View(form);
    }

    [HttpPost("/admin/danh-muc/{id:int}")]
    public Task<IActionResult> Edit(int id, CategoryForm form, CancellationToken ct)
    {
        form.Id = id;
        return SaveAsync(form, ct);
    }

    [HttpPost("/admin/danh-muc/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var result = await editor.DeleteAsync(id, ct);
        if (!result.Succeeded)
        {
            if (result.Error == "The category does not exist.") return NotFound();
            Flash(result.Error!, "danger", result.Arguments ?? []);
            return RedirectToAction(nameof(Edit), new { id });
        }
        Flash("The category was deleted.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(CategoryForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (id, errors) = await editor.SaveAsync(form, ct);
            if (errors.Count == 0)
            {
                if (id is null) return NotFound();
                Flash(form.IsNew ? "The category was created." : "Saved.");
                return RedirectToAction(nameof(Index));
            }
            errors.CopyTo(ModelState, L);
        }
        await editor.FillAsync(form, ct);
        return View("Edit", form);
    }
}
