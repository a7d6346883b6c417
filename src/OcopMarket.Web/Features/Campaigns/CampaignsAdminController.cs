using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Campaigns;

/// <summary>/admin/chien-dich: promotion campaigns — list by status (by the clock), create, edit with a price preview, delete.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Promotion)]
public sealed class CampaignsAdminController(CampaignEditor editor, IStringLocalizer<PromotionsResource> l) : Controller
{
    public const string BasePath = "/admin/chien-dich";

    [HttpGet(BasePath)]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] string? status, CancellationToken ct)
    {
        CampaignStatus? filter = Enum.TryParse<CampaignStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        ViewData["Title"] = l["Campaigns"].Value;
        return View(await editor.ListAsync(query, filter, ct));
    }

    [HttpGet(BasePath + "/them")]
    public async Task<IActionResult> Create(CancellationToken ct) => View("Edit", await editor.NewAsync(ct));

    [HttpPost(BasePath + "/them")]
    public Task<IActionResult> Create(CampaignForm form, IFormFile? banner, [FromForm] string? reload, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, banner, reload, ct);
    }

    [HttpGet(BasePath + "/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await editor.LoadAsync(id, ct);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost(BasePath + "/{id:int}")]
    public Task<IActionResult> Edit(int id, CampaignForm form, IFormFile? banner, [FromForm] string? reload, CancellationToken ct)
    {
        form.Id = id;
        return SaveAsync(form, banner, reload, ct);
    }

    [HttpPost(BasePath + "/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        switch (await editor.DeleteAsync(id, ct))
        {
            case CampaignEditor.DeleteOutcome.NotFound:
                return NotFound();
            case CampaignEditor.DeleteOutcome.HasSales:
                Flash(l["Orders were placed at this campaign's prices, so it cannot be deleted. Unpublish it instead."], "danger");
                return Redirect($"{BasePath}/{id}");
            default:
                Flash(l["The campaign was deleted."]);
                return Redirect(BasePath);
        }
    }

    private async Task<IActionResult> SaveAsync(CampaignForm form, IFormFile? banner, string? reload, CancellationToken ct)
    {
        // "Load the communes" re-shows the form with the province's communes; nothing is saved.
        if (reload == "places")
        {
            ModelState.Clear();
            form.RuleCommuneId = null;
            await editor.FillAsync(form, ct);
            return View("Edit", form);
        }
        var isNew = form.IsNew;
        var id = ModelState.IsValid ? await editor.SaveAsync(form, banner, ModelState, ct) : form.Id;
        if (id is null) return NotFound();
        if (!ModelState.IsValid)
        {
            await editor.FillAsync(form, ct);
            return View("Edit", form);
        }
        Flash(isNew ? l["The campaign was created."] : l["Saved."]);
        return Redirect($"{BasePath}/{id}");
    }

    private void Flash(string message, string kind = "success")
    {
        TempData["Status"] = message;
        TempData["StatusKind"] = kind;
    }
}
