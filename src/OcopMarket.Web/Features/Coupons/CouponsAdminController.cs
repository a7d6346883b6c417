using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Coupons;

/// <summary>/admin/ma-giam-gia: the trade-promotion office's coupon codes, their form and their uses.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Promotion)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CouponsAdminController(CouponList list, CouponRedemptionList redemptions, CouponEditor editor, IStringLocalizer<PromotionsResource> L) : Controller
{
    public const string Path = "/admin/ma-giam-gia";
    public static string EditPath(int id) => $"{Path}/{id}";
    public static string RedemptionsPath(int id) => $"{Path}/{id}/luot-dung";

    [HttpGet(Path)]
    public async Task<IActionResult> Index([FromQuery] CouponListQuery query, CancellationToken ct) => View(await list.GetAsync(query, ct));

    [HttpGet(Path + "/them")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var form = new CouponForm { Code = await editor.NewCodeAsync(ct), MaxUsesPerCustomer = 1 };
        await editor.FillAsync(form, ct);
        return View("Edit", form);
    }

    [HttpPost(Path + "/them")]
    public Task<IActionResult> Create(CouponForm form, [FromForm] string? generate, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, generate, ct);
    }

    [HttpGet(Path + "/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await editor.LoadAsync(id, ct);
        if (form is null) return NotFound();
        await editor.FillAsync(form, ct);
        return View(form);
    }

    [HttpPost(Path + "/{id:int}")]
    public async Task<IActionResult> Edit(int id, CouponForm form, [FromForm] string? generate, CancellationToken ct)
    {
        var saved = await editor.LoadAsync(id, ct);
        if (saved is null) return NotFound();
        form.Id = id;
        form.UsedCount = saved.UsedCount;
        form.Redemptions = saved.Redemptions;
        return await SaveAsync(form, generate, ct);
    }

    [HttpGet(Path + "/{id:int}/luot-dung")]
    public async Task<IActionResult> Redemptions(int id, [FromQuery] ListQuery query, CancellationToken ct) =>
        await redemptions.GetAsync(id, query, ct) is { } page ? View(page) : NotFound();

    [HttpPost(Path + "/{id:int}/trang-thai")]
    public async Task<IActionResult> SetActive(int id, [FromForm] bool active, CancellationToken ct)
    {
        if (!await editor.SetActiveAsync(id, active, ct)) return NotFound();
        Flash(active ? "The code is switched on." : "The code is switched off: checkouts refuse it from now on.");
        return Redirect(EditPath(id));
    }

    [HttpPost(Path + "/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var result = await editor.DeleteAsync(id, ct);
        if (!result.Succeeded)
        {
            if (result.Error == "The coupon does not exist.") return NotFound();
            Flash(result.Error!, "danger");
            return Redirect(EditPath(id));
        }
        Flash("The coupon was deleted.");
        return Redirect(Path);
    }

    private async Task<IActionResult> SaveAsync(CouponForm form, string? generate, CancellationToken ct)
    {
        // "Generate" draws a new random code into the form without saving (works without JavaScript).
        if (!string.IsNullOrEmpty(generate))
        {
            ModelState.Clear();
            form.Code = await editor.NewCodeAsync(ct);
            await editor.FillAsync(form, ct);
            return View("Edit", form);
        }
        if (ModelState.IsValid)
        {
            var (id, errors) = await editor.SaveAsync(form, ct);
            if (errors.Count == 0)
            {
                if (id is null) return NotFound();
                Flash(form.IsNew ? "The coupon {0} was created." : "Saved.", "success", form.Code ?? "");
                return Redirect(EditPath(id.Value));
            }
            errors.CopyTo(ModelState, L);
        }
        await editor.FillAsync(form, ct);
        return View("Edit", form);
    }

    private void Flash(string key, string kind = "success", params object[] arguments)
    {
        TempData["Status"] = FormErrors.Localize(L, key, arguments);
        TempData["StatusKind"] = kind;
    }
}
