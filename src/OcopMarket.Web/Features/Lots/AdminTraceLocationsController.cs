using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Traceability;
using OcopMarket.Core.Traceability.Lots;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Lots;

/// <summary>/admin/truy-xuat/dia-diem: the office's shared places of events (labs, display points), which every producer may name.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Inspection)]
public sealed class AdminTraceLocationsController(
    LotQueries queries, TraceLocationDirectory directory, LotLabels labels, IStringLocalizer<LotsResource> L) : Controller
{
    private const string Root = "/admin/truy-xuat/dia-diem";

    [HttpGet(Root)]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] TraceLocationKind? kind, CancellationToken ct) =>
        View("~/Areas/Admin/Views/AdminLots/Locations.cshtml", await queries.LocationsAsync(null, query, kind, ct));

    [HttpGet(Root + "/them")]
    public async Task<IActionResult> Create(CancellationToken ct) => await FormViewAsync(null, new TraceLocationForm { Kind = TraceLocationKind.Laboratory }, ct);

    [HttpPost(Root + "/them")]
    public Task<IActionResult> Create([Bind(Prefix = "Form")] TraceLocationForm form, CancellationToken ct) => SaveAsync(null, form, ct);

    [HttpGet(Root + "/{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var location = await queries.LocationAsync(null, id, ct);
        return location is null ? NotFound() : await FormViewAsync(id, TraceLocationForm.From(location), ct);
    }

    [HttpPost(Root + "/{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] TraceLocationForm form, CancellationToken ct) =>
        await queries.LocationAsync(null, id, ct) is null ? NotFound() : await SaveAsync(id, form, ct);

    [HttpPost(Root + "/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var location = await queries.LocationAsync(null, id, ct);
        if (location is null) return NotFound();
        var result = await directory.DeleteAsync(null, id, ct);
        TempData["Status"] = result.Succeeded ? L["The place \"{0}\" was deleted.", location.Name].Value : labels.Message(result);
        if (!result.Succeeded) TempData["StatusKind"] = "danger";
        return Redirect(Root);
    }

    private async Task<IActionResult> SaveAsync(int? id, TraceLocationForm form, CancellationToken ct)
    {
        if (!TraceLocationForm.TryCoordinate(form.Latitude, out var lat)) ModelState.AddModelError("Form.Latitude", L["Enter the latitude as a number, e.g. 19.7706."]);
        if (!TraceLocationForm.TryCoordinate(form.Longitude, out var lng)) ModelState.AddModelError("Form.Longitude", L["Enter the longitude as a number, e.g. 105.5137."]);
        if (ModelState.IsValid)
        {
            var draft = new TraceLocationDraft(form.Name, form.Kind!.Value, form.Address, lat, lng,
                form.Kind == TraceLocationKind.DisplayPoint ? form.DisplayPointId : null, form.Gln);
            var result = await directory.SaveAsync(null, id, draft, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = L["The place \"{0}\" was saved.", form.Name!.Trim()].Value;
                return Redirect(Root);
            }
            if (result.Error == TraceLocationDirectory.NoSuchLocation) return NotFound();
            LotErrors.Add(ModelState, "Form", new Core.Common.OperationResult(false, result.Error, result.Arguments), labels);
        }
        return await FormViewAsync(id, form, ct);
    }

    private async Task<IActionResult> FormViewAsync(int? id, TraceLocationForm form, CancellationToken ct) =>
        View("~/Areas/Admin/Views/AdminLots/LocationForm.cshtml", new TraceLocationFormModel
        {
            Id = id,
            Form = form,
            Office = true,
            DisplayPoints = await queries.DisplayPointOptionsAsync(ct),
            Action = id is null ? Root + "/them" : $"{Root}/{id}/sua",
            CancelUrl = Root,
        });
}
