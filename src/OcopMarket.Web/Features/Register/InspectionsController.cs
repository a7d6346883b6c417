using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Register;

/// <summary>Inspections after certification: inspectors and the office plan them and record the findings.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Inspection)]
public sealed class InspectionsController(
    InspectionQueries queries, InspectionWorkflow workflow, RegisterLabels labels, IStringLocalizer<RegisterResource> l,
    CertificateStatusPolicy calendar) : Controller
{
    [HttpGet("/admin/kiem-tra")]
    public async Task<IActionResult> Index([FromQuery] InspectionListQuery query, CancellationToken ct) =>
        View(await queries.ListAsync(query, ct));

    [HttpGet("/admin/kiem-tra/tao")]
    public async Task<IActionResult> Create(int? producerId, int? productId, CancellationToken ct)
    {
        ModelState.Clear();
        var me = int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (int?)null;
        var form = new InspectionPlanForm
        {
            ProducerId = producerId,
            ProductId = productId,
            PlannedOn = calendar.Today,
            InspectorUserId = me,
        };
        var model = await queries.CreateModelAsync(form, ct);
        if (model.Inspectors.All(i => i.Id != me)) form.InspectorUserId = null;
        return View(model);
    }

    [HttpPost("/admin/kiem-tra/tao")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] InspectionPlanForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await workflow.PlanAsync(form.ToCommand(), ct);
            if (result.Succeeded)
            {
                TempData["Status"] = l["The inspection was planned."].Value;
                return RedirectToAction(nameof(Details), new { id = result.Value });
            }
            ModelState.AddModelError("Form", labels.Message(result.Error!, result.Arguments));
        }
        return View(await queries.CreateModelAsync(form, ct));
    }

    [HttpGet("/admin/kiem-tra/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await queries.DetailsAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/admin/kiem-tra/{id:int}/ket-qua")]
    public async Task<IActionResult> Record(int id, [Bind(Prefix = "Record")] InspectionRecordForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await workflow.RecordAsync(id, form.ToCommand(), ct);
            if (result.Succeeded)
            {
                TempData["Status"] = form.Outcome == InspectionOutcome.ProposeRevocation
                    ? l["The inspection was recorded with a proposal to revoke the certificate."].Value
                    : l["The inspection was recorded."].Value;
                TempData["StatusKind"] = form.Outcome == InspectionOutcome.Ok ? "success" : "warning";
                return RedirectToAction(nameof(Details), new { id });
            }
            if (result.Error == InspectionWorkflow.NoSuchInspection) return NotFound();
            ModelState.AddModelError("Record", labels.Message(result));
        }
        var model = await queries.DetailsAsync(id, ct);
        if (model is null) return NotFound();
        model.Record = form;
        return View(nameof(Details), model);
    }
}
