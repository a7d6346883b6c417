using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Common;
using OcopMarket.Core.Traceability.Lots;
using OcopMarket.Web.Features.Portal;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Lots;

/// <summary>
/// /portal/lo-hang: the producer's own lots and their events. Every id in a URL or a form is checked against the signed-in
/// producer by the queries and the domain services; anything else answers 404.
/// </summary>
public sealed class PortalLotsController(
    CurrentProducer current, LotQueries queries, LotRegistration lots, TraceEventRecording events, EpcisExport epcis, LotLabels labels,
    IOptions<SiteOptions> site, IStringLocalizer<LotsResource> L) : PortalController(current)
{
    private TraceRecorder Me => TraceRecorder.Producer(ProducerId);

    private string SiteUrl => SiteUrls.Absolute(HttpContext, site.Value, "");

    [HttpGet("/portal/lo-hang")]
    public async Task<IActionResult> Index([FromQuery] LotListQuery query, CancellationToken ct) =>
        View(await queries.ListAsync(query, ProducerId, ct));

    [HttpGet("/portal/lo-hang/them")]
    public async Task<IActionResult> Create(int? product, CancellationToken ct)
    {
        var products = await queries.ProductOptionsAsync(ProducerId, ct);
        var form = new LotForm { ProductId = products.FirstOrDefault(p => p.Id == product && p.HasValidGtin)?.Id, ProducedOn = queries.Today };
        return View("Form", new LotFormModel { Form = form, Products = products });
    }

    [HttpPost("/portal/lo-hang/them")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] LotForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await lots.CreateAsync(ProducerId, form.ToDraft(), ct);
            if (result.Succeeded)
            {
                Flash(L["The lot {0} was created. Record its first event.", LotCode.Normalize(form.Code)]);
                return Redirect($"/portal/lo-hang/{result.Value}");
            }
            if (result.Error == LotRegistration.NoSuchProduct) return NotFound();
            LotErrors.Add(ModelState, "Form", new OperationResult(false, result.Error, result.Arguments), labels);
        }
        return View("Form", new LotFormModel { Form = form, Products = await queries.ProductOptionsAsync(ProducerId, ct) });
    }

    [HttpGet("/portal/lo-hang/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await queries.DetailsAsync(id, ProducerId, SiteUrl, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("/portal/lo-hang/{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, ProducerId, ct);
        if (lot is null) return NotFound();
        var form = new LotForm { ProductId = lot.ProductId, Code = lot.Code, ProducedOn = lot.ProducedOn, ExpiresOn = lot.ExpiresOn, Quantity = lot.Quantity, Notes = lot.Notes };
        return View("Form", new LotFormModel { LotId = id, Lot = lot, Form = form });
    }

    [HttpPost("/portal/lo-hang/{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] LotForm form, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, ProducerId, ct);
        if (lot is null) return NotFound();
        form.ProductId = lot.ProductId; // never changes
        ModelState.Remove("Form.ProductId");
        if (ModelState.IsValid)
        {
            var result = await lots.UpdateAsync(ProducerId, id, form.ToDraft(), ct);
            if (result.Succeeded)
            {
                Flash(L["The lot {0} was saved.", LotCode.Normalize(form.Code)]);
                return Redirect($"/portal/lo-hang/{id}");
            }
            if (LotErrors.IsNotFound(result.Error)) return NotFound();
            LotErrors.Add(ModelState, "Form", result, labels);
        }
        return View("Form", new LotFormModel { LotId = id, Lot = lot, Form = form });
    }

    [HttpPost("/portal/lo-hang/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, ProducerId, ct);
        if (lot is null) return NotFound();
        var result = await lots.DeleteAsync(ProducerId, id, ct);
        if (!result.Succeeded)
        {
            Flash(labels.Message(result), "danger");
            return Redirect($"/portal/lo-hang/{id}");
        }
        Flash(L["The lot {0} and its events were deleted.", lot.Code]);
        return Redirect("/portal/lo-hang");
    }

    [HttpGet("/portal/lo-hang/{id:int}/epcis.jsonld")]
    public async Task<IActionResult> Epcis(int id, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, ProducerId, ct);
        if (lot is null) return NotFound();
        var document = await epcis.BuildAsync(id, SiteUrl, ct);
        return document is null ? NotFound() : EpcisFile.Result(document, lot.Code);
    }

    [HttpGet("/portal/lo-hang/{id:int}/su-kien/them")]
    public async Task<IActionResult> AddEvent(int id, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, ProducerId, ct);
        if (lot is null) return NotFound();
        var now = queries.Now;
        var form = new TraceEventForm { Date = DateOnly.FromDateTime(now.DateTime), Time = new TimeOnly(now.Hour, now.Minute) };
        return View("EventForm", await EventModelAsync(lot, null, form, ct));
    }

    [HttpPost("/portal/lo-hang/{id:int}/su-kien/them")]
    public async Task<IActionResult> AddEvent(int id, [Bind(Prefix = "Form")] TraceEventForm form, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, ProducerId, ct);
        if (lot is null) return NotFound();
        if (!form.TryQuantity(out var quantity)) ModelState.AddModelError("Form.Quantity", L["Enter the quantity as a number, e.g. 12,5."]);
        if (ModelState.IsValid)
        {
            form.InspectionId = null; // only the office links register inspections
            var result = await events.RecordAsync(Me, id, form.ToDraft(quantity), ct);
            if (result.Succeeded)
            {
                Flash(L["The event \"{0}\" was recorded.", labels.Step(form.Step!.Value)]);
                return Redirect($"/portal/lo-hang/{id}#event-{result.Value}");
            }
            if (LotErrors.IsNotFound(result.Error)) return NotFound();
            LotErrors.Add(ModelState, "Form", new OperationResult(false, result.Error, result.Arguments), labels);
        }
        return View("EventForm", await EventModelAsync(lot, null, form, ct));
    }

    [HttpGet("/portal/lo-hang/{id:int}/su-kien/{eventId:int}/sua")]
    public async Task<IActionResult> EditEvent(int id, int eventId, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, ProducerId, ct);
        var found = lot is null ? null : await queries.EventAsync(id, eventId, ct);
        if (lot is null || found is null || found.Value.Entry.RecordedByOffice) return NotFound();
        var form = TraceEventForm.From(found.Value.Entry, found.Value.DocumentIds, null);
        return View("EventForm", await EventModelAsync(lot, eventId, form, ct));
    }

    [HttpPost("/portal/lo-hang/{id:int}/su-kien/{eventId:int}/sua")]
    public async Task<IActionResult> EditEvent(int id, int eventId, [Bind(Prefix = "Form")] TraceEventForm form, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, ProducerId, ct);
        var found = lot is null ? null : await queries.EventAsync(id, eventId, ct);
        if (lot is null || found is null || found.Value.Entry.RecordedByOffice) return NotFound();
        if (!form.TryQuantity(out var quantity)) ModelState.AddModelError("Form.Quantity", L["Enter the quantity as a number, e.g. 12,5."]);
        if (ModelState.IsValid)
        {
            form.InspectionId = null;
            var result = await events.UpdateAsync(Me, eventId, form.ToDraft(quantity), ct);
            if (result.Succeeded)
            {
                Flash(L["The event \"{0}\" was saved.", labels.Step(form.Step!.Value)]);
                return Redirect($"/portal/lo-hang/{id}#event-{eventId}");
            }
            if (LotErrors.IsNotFound(result.Error)) return NotFound();
            LotErrors.Add(ModelState, "Form", result, labels);
        }
        return View("EventForm", await EventModelAsync(lot, eventId, form, ct));
    }

    [HttpPost("/portal/lo-hang/{id:int}/su-kien/{eventId:int}/xoa")]
    public async Task<IActionResult> DeleteEvent(int id, int eventId, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, ProducerId, ct);
        var found = lot is null ? null : await queries.EventAsync(id, eventId, ct);
        if (lot is null || found is null || found.Value.Entry.RecordedByOffice) return NotFound();
        var result = await events.DeleteAsync(Me, eventId, ct);
        if (!result.Succeeded) return NotFound();
        Flash(L["The event \"{0}\" was deleted.", labels.Step(found.Value.Entry.Step)]);
        return Redirect($"/portal/lo-hang/{id}");
    }

    private async Task<TraceEventFormModel> EventModelAsync(LotHeader lot, int? eventId, TraceEventForm form, CancellationToken ct) => new()
    {
        Lot = lot,
        EventId = eventId,
        Form = form,
        Places = await queries.PlaceOptionsAsync(ProducerId, ct),
        Documents = await queries.DocumentOptionsAsync(ProducerId, ct),
        Action = eventId is null ? $"/portal/lo-hang/{lot.Id}/su-kien/them" : $"/portal/lo-hang/{lot.Id}/su-kien/{eventId}/sua",
        CancelUrl = $"/portal/lo-hang/{lot.Id}",
        DocumentsUrl = "/portal/tai-lieu",
    };
}
