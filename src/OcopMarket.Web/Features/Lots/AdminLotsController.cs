using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OcopMarket.Core.Common;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Producers.Documents;
using OcopMarket.Core.Traceability;
using OcopMarket.Core.Traceability.Lots;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Lots;

/// <summary>
/// /admin/truy-xuat/lo: every producer's lots for the office and inspectors, who add inspection events (recorded as the
/// office's) and download the EPCIS document. Producers' own events are read-only here.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Inspection)]
public sealed class AdminLotsController(
    LotQueries queries, TraceEventRecording events, EpcisExport epcis, LotLabels labels, IOptions<SiteOptions> site,
    ProducerDocumentStore documents, IStringLocalizer<LotsResource> L) : Controller
{
    private const string Root = "/admin/truy-xuat/lo";

    private string SiteUrl => SiteUrls.Absolute(HttpContext, site.Value, "");

    [HttpGet(Root)]
    public async Task<IActionResult> Index([FromQuery] LotListQuery query, CancellationToken ct) =>
        View(await queries.ListAsync(query, null, ct));

    [HttpGet(Root + "/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await queries.DetailsAsync(id, null, SiteUrl, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet(Root + "/{id:int}/epcis.jsonld")]
    public async Task<IActionResult> Epcis(int id, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, null, ct);
        var document = lot is null ? null : await epcis.BuildAsync(id, SiteUrl, ct);
        return document is null ? NotFound() : EpcisFile.Result(document, lot!.Code);
    }

    /// <summary>A document attached to one of the lot's events (the office reads what producers attach; nothing else of theirs).</summary>
    [HttpGet(Root + "/{id:int}/tai-lieu/{documentId:int}")]
    public async Task<IActionResult> Document(int id, int documentId, CancellationToken ct)
    {
        var details = await queries.DetailsAsync(id, null, SiteUrl, ct);
        if (details is null || !details.Timeline.Any(e => e.Documents.Any(d => d.Id == documentId))) return NotFound();
        var opened = await documents.OpenAsync(details.Lot.ProducerId, documentId, ct);
        if (opened is null) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(opened.Content, opened.Document.ContentType, opened.Document.OriginalFileName);
    }

    [HttpGet(Root + "/{id:int}/kiem-tra")]
    public async Task<IActionResult> AddInspection(int id, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, null, ct);
        if (lot is null) return NotFound();
        var now = queries.Now;
        var form = new TraceEventForm { Step = TraceStep.Inspecting, Date = DateOnly.FromDateTime(now.DateTime), Time = new TimeOnly(now.Hour, now.Minute) };
        return View("InspectionForm", await ModelAsync(lot, null, form, ct));
    }

    [HttpPost(Root + "/{id:int}/kiem-tra")]
    public async Task<IActionResult> AddInspection(int id, [Bind(Prefix = "Form")] TraceEventForm form, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, null, ct);
        if (lot is null) return NotFound();
        form.Step = TraceStep.Inspecting;
        ModelState.Remove("Form.Step");
        if (!form.TryQuantity(out var quantity)) ModelState.AddModelError("Form.Quantity", L["Enter the quantity as a number, e.g. 12,5."]);
        if (ModelState.IsValid)
        {
            var result = await events.RecordAsync(TraceRecorder.Office, id, form.ToDraft(quantity), ct);
            if (result.Succeeded)
            {
                TempData["Status"] = L["The inspection of lot {0} was recorded.", lot.Code].Value;
                return Redirect($"{Root}/{id}#event-{result.Value}");
            }
            if (LotErrors.IsNotFound(result.Error)) return NotFound(); // a lot, place, document or inspection not of this producer
            LotErrors.Add(ModelState, "Form", new OperationResult(false, result.Error, result.Arguments), labels);
        }
        return View("InspectionForm", await ModelAsync(lot, null, form, ct));
    }

    [HttpGet(Root + "/{id:int}/su-kien/{eventId:int}/sua")]
    public async Task<IActionResult> EditInspection(int id, int eventId, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, null, ct);
        var found = lot is null ? null : await queries.EventAsync(id, eventId, ct);
        if (lot is null || found is null || !found.Value.Entry.RecordedByOffice) return NotFound();
        return View("InspectionForm", await ModelAsync(lot, eventId, TraceEventForm.From(found.Value.Entry, found.Value.DocumentIds, found.Value.InspectionId), ct));
    }

    [HttpPost(Root + "/{id:int}/su-kien/{eventId:int}/sua")]
    public async Task<IActionResult> EditInspection(int id, int eventId, [Bind(Prefix = "Form")] TraceEventForm form, CancellationToken ct)
    {
        var lot = await queries.HeaderAsync(id, null, ct);
        var found = lot is null ? null : await queries.EventAsync(id, eventId, ct);
        if (lot is null || found is null || !found.Value.Entry.RecordedByOffice) return NotFound();
        form.Step = TraceStep.Inspecting;
        ModelState.Remove("Form.Step");
        if (!form.TryQuantity(out var quantity)) ModelState.AddModelError("Form.Quantity", L["Enter the quantity as a number, e.g. 12,5."]);
        if (ModelState.IsValid)
        {
            var result = await events.UpdateAsync(TraceRecorder.Office, eventId, form.ToDraft(quantity), ct);
            if (result.Succeeded)
            {
                TempData["Status"] = L["The inspection of lot {0} was saved.", lot.Code].Value;
                return Redirect($"{Root}/{id}#event-{eventId}");
            }
            if (LotErrors.IsNotFound(result.Error)) return NotFound();
            LotErrors.Add(ModelState, "Form", result, labels);
        }
        return View("InspectionForm", await ModelAsync(lot, eventId, form, ct));
    }

    [HttpPost(Root + "/{id:int}/su-kien/{eventId:int}/xoa")]
    public async Task<IActionResult> DeleteInspection(int id, int eventId, CancellationToken ct)
    {
        var found = await queries.EventAsync(id, eventId, ct);
        if (found is null || !found.Value.Entry.RecordedByOffice) return NotFound();
        var result = await events.DeleteAsync(TraceRecorder.Office, eventId, ct);
        if (!result.Succeeded) return NotFound();
        TempData["Status"] = L["The inspection event was deleted."].Value;
        return Redirect($"{Root}/{id}");
    }

    private async Task<TraceEventFormModel> ModelAsync(LotHeader lot, int? eventId, TraceEventForm form, CancellationToken ct) => new()
    {
        Lot = lot,
        EventId = eventId,
        Form = form,
        Office = true,
        Places = await queries.PlaceOptionsAsync(lot.ProducerId, ct),
        Documents = await queries.DocumentOptionsAsync(lot.ProducerId, ct),
        Inspections = await queries.InspectionOptionsAsync(lot.ProducerId, lot.ProductId, ct),
        Action = eventId is null ? $"{Root}/{lot.Id}/kiem-tra" : $"{Root}/{lot.Id}/su-kien/{eventId}/sua",
        CancelUrl = $"{Root}/{lot.Id}",
    };
}
