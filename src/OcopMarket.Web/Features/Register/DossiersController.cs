using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;
using OcopMarket.Core.Common;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Register;

/// <summary>Evaluation dossiers (hồ sơ đánh giá): the list, opening one, and each step up to the certificate. The office only.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class DossiersController(
    DossierQueries queries, DossierWorkflow workflow, CertificateIssuer issuer, RegisterLabels labels,
    IStringLocalizer<RegisterResource> l, IOutputCacheStore outputCache) : Controller
{
    [HttpGet("/admin/ho-so")]
    public async Task<IActionResult> Index([FromQuery] DossierListQuery query, CancellationToken ct) =>
        View(await queries.ListAsync(query, ct));

    [HttpGet("/admin/ho-so/tao")]
    public async Task<IActionResult> Create(int? productId, DossierKind? kind, CancellationToken ct)
    {
        ModelState.Clear();
        return View(new DossierCreateModel
        {
            Form = new DossierCreateForm { ProductId = productId, Kind = kind },
            Products = await queries.ProductOptionsAsync(ct),
        });
    }

    [HttpPost("/admin/ho-so/tao")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] DossierCreateForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await workflow.CreateAsync(form.ProductId!.Value, form.Kind!.Value, form.Notes, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = l["Dossier no. {0} was opened. Record the commune assessment next.", result.Value].Value;
                return RedirectToAction(nameof(Details), new { id = result.Value });
            }
            ModelState.AddModelError("Form", labels.Message(result.Error!, result.Arguments));
        }
        return View(new DossierCreateModel { Form = form, Products = await queries.ProductOptionsAsync(ct) });
    }

    [HttpGet("/admin/ho-so/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await queries.DetailsAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("/admin/ho-so/{id:int}/danh-gia-xa")]
    public async Task<IActionResult> Assess(int id, [Bind(Prefix = "Assessment")] AssessmentForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await workflow.RecordAssessmentAsync(id, form.ToCommand(), ct);
            if (result.Succeeded)
                return Done(id, form.Passed == true
                    ? l["The commune assessment was recorded: the dossier can be submitted to the council."]
                    : l["The commune assessment was recorded as not passed."], "buoc-1");
            if (result.Error == DossierWorkflow.NoSuchDossier) return NotFound();
            ModelState.AddModelError("Assessment", labels.Message(result));
        }
        return await RedisplayAsync(id, m => m.Assessment = form, ct);
    }

    [HttpPost("/admin/ho-so/{id:int}/nop")]
    public async Task<IActionResult> Submit(int id, [Bind(Prefix = "Submit")] SubmitForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await workflow.SubmitAsync(id, form.SubmittedOn, ct);
            if (result.Succeeded) return Done(id, l["The dossier was submitted to the evaluation council."], "buoc-2");
            if (result.Error == DossierWorkflow.NoSuchDossier) return NotFound();
            ModelState.AddModelError("Submit", labels.Message(result));
        }
        return await RedisplayAsync(id, m => m.Submit = form, ct);
    }

    [HttpPost("/admin/ho-so/{id:int}/danh-gia")]
    public async Task<IActionResult> Evaluate(int id, [Bind(Prefix = "Evaluation")] EvaluationForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await workflow.EvaluateAsync(id, form.ToCommand(), ct);
            if (result.Succeeded)
            {
                var outcome = result.Value!;
                var total = RegisterLabels.Score(outcome.Total);
                LocalizedString message = outcome.Stars == 0
                    ? l["Total {0} points: below the lowest rank, the product is not ranked.", total]
                    : l["Total {0} points: {1} stars.", total, outcome.Stars];
                return Done(id, message, "buoc-3", outcome.Ruling.MayGrant && outcome.Stars > 0 ? "success" : "warning");
            }
            if (result.Error == DossierWorkflow.NoSuchDossier) return NotFound();
            ModelState.AddModelError("Evaluation", labels.Message(result.Error!, result.Arguments));
        }
        return await RedisplayAsync(id, m => m.Evaluation = form, ct);
    }

    [HttpPost("/admin/ho-so/{id:int}/cap-giay")]
    public async Task<IActionResult> Issue(int id, [Bind(Prefix = "Issue")] IssueForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await issuer.IssueAsync(id, form.ToCommand(), ct);
            if (result.Succeeded)
            {
                // The product page shows the new badge now, not when the cached page expires.
                await outputCache.EvictByTagAsync(CacheTags.Storefront, ct);
                TempData["Status"] = l["Certificate {0} was issued.", form.DecisionNumber!.Trim()].Value;
                return RedirectToAction(nameof(CertificatesController.Details), "Certificates", new { id = result.Value });
            }
            if (result.Error == DossierWorkflow.NoSuchDossier) return NotFound();
            ModelState.AddModelError("Issue", labels.Message(result.Error!, result.Arguments));
        }
        return await RedisplayAsync(id, m => m.Issue = form, ct);
    }

    [HttpPost("/admin/ho-so/{id:int}/rut")]
    public async Task<IActionResult> Withdraw(int id, CancellationToken ct)
    {
        var result = await workflow.WithdrawAsync(id, ct);
        if (result.Error == DossierWorkflow.NoSuchDossier) return NotFound();
        return result.Succeeded
            ? Done(id, l["The dossier was withdrawn."], null, "warning")
            : Done(id, labels.Message(result), null, "danger");
    }

    private IActionResult Done(int id, string message, string? step, string kind = "success")
    {
        TempData["Status"] = message;
        TempData["StatusKind"] = kind;
        return Redirect(Url.Action(nameof(Details), new { id }) + (step is null ? "" : "#" + step));
    }

    /// <summary>The dossier page again with the posted form and its errors (the other forms as stored).</summary>
    private async Task<IActionResult> RedisplayAsync(int id, Action<DossierDetailsModel> keepPosted, CancellationToken ct)
    {
        var model = await queries.DetailsAsync(id, ct);
        if (model is null) return NotFound();
        keepPosted(model);
        return View(nameof(Details), model);
    }
}
