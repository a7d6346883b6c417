using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Traceability;
using OcopMarket.Core.Traceability.Lots;
using OcopMarket.Web.Features.Portal;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Lots;

/// <summary>/portal/lo-hang/dia-diem: the producer's farms, workshops and warehouses (with a map pin) used by its events.</summary>
public sealed class PortalTraceLocationsController(
    CurrentProducer current, LotQueries queries, TraceLocationDirectory directory, LotLabels labels, IStringLocalizer<LotsResource> L)
    : PortalController(current)
{
    private const string Root = "/portal/lo-hang/dia-diem";

    [HttpGet(Root)]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] TraceLocationKind? kind, CancellationToken ct) =>
        View("~/Areas/Portal/Views/PortalLots/Locations.cshtml", await queries.LocationsAsync(ProducerId, query, kind, ct));

    [HttpGet(Root + "/them")]
    public IActionResult Create() => FormView(null, new TraceLocationForm { Kind = TraceLocationKind.Farm });

    [HttpPost(Root + "/them")]
    public Task<IActionResult> Create([Bind(Prefix = "Form")] TraceLocationForm form, CancellationToken ct) => SaveAsync(null, form, ct);

    [HttpGet(Root + "/{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var location = await queries.LocationAsync(ProducerId, id, ct);
        return location is null ? NotFound() : FormView(id, TraceLocationForm.From(location));
    }

    [HttpPost(Root + "/{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] TraceLocationForm form, CancellationToken ct) =>
        await queries.LocationAsync(ProducerId, id, ct) is null ? NotFound() : await SaveAsync(id, form, ct);

    [HttpPost(Root + "/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var location = await queries.LocationAsync(ProducerId, id, ct);
        if (location is null) return NotFound();
        var result = await directory.DeleteAsync(ProducerId, id, ct);
        if (result.Succeeded) Flash(L["The place \"{0}\" was deleted.", location.Name]);
        else Flash(labels.Message(result), "danger");
        return Redirect(Root);
    }

    private async Task<IActionResult> SaveAsync(int? id, TraceLocationForm form, CancellationToken ct)
    {
        form.DisplayPointId = null; // display points are the office's places
        if (!TraceLocationForm.TryCoordinate(form.Latitude, out var lat)) ModelState.AddModelError("Form.Latitude", L["Enter the latitude as a number, e.g. 19.7706."]);
        if (!TraceLocationForm.TryCoordinate(form.Longitude, out var lng)) ModelState.AddModelError("Form.Longitude", L["Enter the longitude as a number, e.g. 105.5137."]);
        if (ModelState.IsValid)
        {
            var result = await directory.SaveAsync(ProducerId, id, new TraceLocationDraft(form.Name, form.Kind!.Value, form.Address, lat, lng, null, form.Gln), ct);
            if (result.Succeeded)
            {
                Flash(L["The place \"{0}\" was saved.", form.Name!.Trim()]);
                return Redirect(Root);
            }
            if (LotErrors.IsNotFound(result.Error)) return NotFound();
            LotErrors.Add(ModelState, "Form", new Core.Common.OperationResult(false, result.Error, result.Arguments), labels);
        }
        return FormView(id, form);
    }

    private ViewResult FormView(int? id, TraceLocationForm form) => View("~/Areas/Portal/Views/PortalLots/LocationForm.cshtml", new TraceLocationFormModel
    {
        Id = id,
        Form = form,
        Action = id is null ? Root + "/them" : $"{Root}/{id}/sua",
        CancelUrl = Root,
    });
}
