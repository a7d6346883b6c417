using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Routes;

/// <summary>/admin/tuyen-du-lich: routes, their stops in order and the agencies selling them (office and trade promotion).</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office + "," + Roles.TradePromotion)]
public sealed class RoutesAdminController(RouteEditor editor, IStringLocalizer<RoutesResource> l) : Controller
{
    private const string BasePath = "/admin/tuyen-du-lich";

    [HttpGet(BasePath)]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, CancellationToken ct)
    {
        ViewData["Title"] = l["Tourism routes"].Value;
        return View(await editor.ListAsync(query, ct));
    }

    [HttpGet(BasePath + "/tao")]
    public IActionResult Create() => View("Edit", new RouteForm { IsPublished = false });

    [HttpPost(BasePath + "/tao")]
    public Task<IActionResult> Create(RouteForm form, IFormFile? cover, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, cover, ct);
    }

    [HttpGet(BasePath + "/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await editor.LoadAsync(id, ct);
        return form is null ? NotFound() : View(form);
    }

    [HttpPost(BasePath + "/{id:int}")]
    public Task<IActionResult> Edit(int id, RouteForm form, IFormFile? cover, CancellationToken ct)
    {
        form.Id = id;
        return SaveAsync(form, cover, ct);
    }

    [HttpPost(BasePath + "/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        if (!await editor.DeleteAsync(id, ct)) return NotFound();
        Flash(l["The route was deleted."]);
        return Redirect(BasePath);
    }

    [HttpGet(BasePath + "/{id:int}/diem-dung/tao")]
    public async Task<IActionResult> CreateStop(int id, CancellationToken ct)
    {
        var form = await editor.StopFormAsync(id, null, ct);
        return form is null ? NotFound() : View("Stop", form);
    }

    [HttpGet(BasePath + "/{id:int}/diem-dung/{stopId:int}")]
    public async Task<IActionResult> EditStop(int id, int stopId, CancellationToken ct)
    {
        var form = await editor.StopFormAsync(id, stopId, ct);
        return form is null ? NotFound() : View("Stop", form);
    }

    [HttpPost(BasePath + "/{id:int}/diem-dung/tao")]
    public Task<IActionResult> CreateStop(int id, StopForm form, CancellationToken ct)
    {
        form.Id = 0;
        return SaveStopAsync(id, form, ct);
    }

    [HttpPost(BasePath + "/{id:int}/diem-dung/{stopId:int}")]
    public Task<IActionResult> EditStop(int id, int stopId, StopForm form, CancellationToken ct)
    {
        form.Id = stopId;
        return SaveStopAsync(id, form, ct);
    }

    [HttpPost(BasePath + "/{id:int}/diem-dung/{stopId:int}/len")]
    public Task<IActionResult> MoveUp(int id, int stopId, CancellationToken ct) => MoveAsync(id, stopId, -1, ct);

    [HttpPost(BasePath + "/{id:int}/diem-dung/{stopId:int}/xuong")]
    public Task<IActionResult> MoveDown(int id, int stopId, CancellationToken ct) => MoveAsync(id, stopId, +1, ct);

    [HttpPost(BasePath + "/{id:int}/diem-dung/{stopId:int}/xoa")]
    public async Task<IActionResult> DeleteStop(int id, int stopId, CancellationToken ct)
    {
        if (!await editor.DeleteStopAsync(id, stopId, ct)) return NotFound();
        Flash(l["The stop was removed."]);
        return Redirect($"{BasePath}/{id}#stops");
    }

    [HttpPost(BasePath + "/{id:int}/dai-ly")]
    public async Task<IActionResult> AddAgency(int id, AgencyForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Flash(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)), "danger");
            return Redirect($"{BasePath}/{id}#agencies");
        }
        if (!await editor.AddAgencyAsync(id, form, ct)) return NotFound();
        Flash(l["The agency was added."]);
        return Redirect($"{BasePath}/{id}#agencies");
    }

    [HttpPost(BasePath + "/{id:int}/dai-ly/{agencyId:int}/xoa")]
    public async Task<IActionResult> DeleteAgency(int id, int agencyId, CancellationToken ct)
    {
        if (!await editor.DeleteAgencyAsync(id, agencyId, ct)) return NotFound();
        Flash(l["The agency was removed."]);
        return Redirect($"{BasePath}/{id}#agencies");
    }

    private async Task<IActionResult> MoveAsync(int id, int stopId, int direction, CancellationToken ct)
    {
        if (!await editor.MoveStopAsync(id, stopId, direction, ct)) return NotFound();
        return Redirect($"{BasePath}/{id}#stop-{stopId}");
    }

    private async Task<IActionResult> SaveAsync(RouteForm form, IFormFile? cover, CancellationToken ct)
    {
        var isNew = form.IsNew;
        var id = ModelState.IsValid ? await editor.SaveAsync(form, cover, ModelState, ct) : form.Id;
        if (id is null) return NotFound();
        if (!ModelState.IsValid)
        {
            await editor.FillAsync(form, ct);
            return View("Edit", form);
        }
        Flash(isNew ? l["The route was created. Now add its stops."] : l["Saved."]);
        return Redirect($"{BasePath}/{id}");
    }

    private async Task<IActionResult> SaveStopAsync(int id, StopForm form, CancellationToken ct)
    {
        form.RouteId = id;
        var isNew = form.IsNew;
        if (!await editor.SaveStopAsync(id, form, ModelState, ct)) return NotFound();
        if (!ModelState.IsValid)
        {
            await editor.FillStopAsync(form, ct);
            return View("Stop", form);
        }
        Flash(isNew ? l["The stop was added."] : l["Saved."]);
        return Redirect($"{BasePath}/{id}#stops");
    }

    private void Flash(string message, string kind = "success")
    {
        TempData["Status"] = message;
        TempData["StatusKind"] = kind;
    }
}
