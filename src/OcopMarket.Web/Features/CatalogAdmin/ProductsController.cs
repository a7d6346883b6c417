using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>
/// /admin/san-pham: the office's product list and form. Office roles only: inspectors and trade-promotion
/// staff may not change prices or listings.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class ProductsController(ProductList list, ProductEditor editor, IStringLocalizer<CatalogAdminResource> localizer)
    : OfficeControllerBase(localizer)
{
    [HttpGet("/admin/san-pham")]
    public async Task<IActionResult> Index([FromQuery] ProductListQuery query, CancellationToken ct) =>
        View(await list.GetAsync(query, ct));

    [HttpGet("/admin/san-pham/tao")]
    public async Task<IActionResult> Create([FromQuery] int? producer, CancellationToken ct)
    {
        var form = new ProductForm { ProducerId = producer, Stock = "0", IsPublished = true };
        await editor.FillAsync(form, ct);
        return View("Edit", form);
    }

    [HttpPost("/admin/san-pham/tao")]
    public Task<IActionResult> Create(ProductForm form, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, ct);
    }

    [HttpGet("/admin/san-pham/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await editor.LoadAsync(id, ct);
        if (form is null) return NotFound();
        await editor.FillAsync(form, ct);
        return View(form);
    }

    [HttpPost("/admin/san-pham/{id:int}")]
    public Task<IActionResult> Edit(int id, ProductForm form, CancellationToken ct)
    {
        form.Id = id;
        return SaveAsync(form, ct);
    }

    private async Task<IActionResult> SaveAsync(ProductForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (id, errors) = await editor.SaveAsync(form, ct);
            if (errors.Count == 0)
            {
                if (id is null) return NotFound();
                Flash(form.IsNew ? "The product was created." : "Saved.");
                return RedirectToAction(nameof(Edit), new { id });
            }
            errors.CopyTo(ModelState, L);
        }
        await editor.FillAsync(form, ct);
        if (!form.IsNew && form.Status is null) return NotFound();
        return View("Edit", form);
    }
}
