using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Reports;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Reports;

/// <summary>/admin/bao-cao-thang/chi-tieu: the office's yearly targets for the report's indicators (a minimum or a range).</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ReportTargetsController(ReportTargetEditor editor, TimeProvider time, IStringLocalizer<ReportsResource> localizer) : Controller
{
    public const string Base = MonthlyReportController.Base + "/chi-tieu";
    private const string View_ = "~/Areas/Admin/Views/MonthlyReport/Targets.cshtml";

    public static string ListUrl(int year) => $"{Base}?nam={year}";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(int? nam, CancellationToken ct)
    {
        var year = nam ?? Core.Common.VietnamTime.Today(time).Year;
        if (year is < ReportTargetEditor.MinYear or > ReportTargetEditor.MaxYear) return BadRequest();
        return View(View_, await PageAsync(year, new ReportTargetForm { Year = year }, ct));
    }

    [HttpGet(Base + "/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var target = await editor.FindAsync(id, ct);
        if (target is null) return NotFound();
        var form = new ReportTargetForm { Id = target.Id, Year = target.Year, Indicator = target.Indicator, Min = target.Min, Max = target.Max, Note = target.Note };
        return View(View_, await PageAsync(target.Year, form, ct));
    }

    [HttpPost(Base)]
    public Task<IActionResult> Create(ReportTargetForm form, CancellationToken ct)
    {
        form.Id = 0;
        return SaveAsync(form, ct);
    }

    [HttpPost(Base + "/{id:int}")]
    public async Task<IActionResult> Update(int id, ReportTargetForm form, CancellationToken ct)
    {
        if (await editor.FindAsync(id, ct) is null) return NotFound();
        form.Id = id;
        return await SaveAsync(form, ct);
    }

    [HttpPost(Base + "/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var target = await editor.FindAsync(id, ct);
        if (target is null || !await editor.DeleteAsync(id, ct)) return NotFound();
        Flash("The target was deleted.");
        return Redirect(ListUrl(target.Year));
    }

    private async Task<IActionResult> SaveAsync(ReportTargetForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (id, errors) = await editor.SaveAsync(form.Id, new ReportTargetInput(form.Year ?? 0, form.Indicator, form.Min, form.Max, form.Note), ct);
            if (errors.Count == 0 && id is not null)
            {
                Flash(form.Id == 0 ? "The target was added." : "The target was saved.");
                return Redirect(ListUrl(form.Year!.Value));
            }
            foreach (var (field, error) in errors) ModelState.AddModelError(field, localizer[error].Value);
        }
        var year = form.Year is >= ReportTargetEditor.MinYear and <= ReportTargetEditor.MaxYear ? form.Year.Value : Core.Common.VietnamTime.Today(time).Year;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(View_, await PageAsync(year, form, ct));
    }

    private async Task<ReportTargetsPage> PageAsync(int year, ReportTargetForm form, CancellationToken ct)
    {
        var targets = await editor.ListAsync(year, ct);
        var order = ReportIndicators.All.Select((i, n) => (i.Key, n)).ToDictionary(x => x.Key, x => x.n);
        return new ReportTargetsPage(year, targets.OrderBy(t => order.GetValueOrDefault(t.Indicator, int.MaxValue)).ToList(), form);
    }

    private void Flash(string key)
    {
        TempData["Status"] = localizer[key].Value;
        TempData["StatusKind"] = "success";
    }
}

public sealed record ReportTargetsPage(int Year, IReadOnlyList<ReportTarget> Targets, ReportTargetForm Form);

/// <summary>The target form (add and edit). The rules that need the database (one target per indicator and year) are in <see cref="ReportTargetEditor"/>.</summary>
[LocalizedWith(typeof(ReportsResource))]
public sealed class ReportTargetForm
{
    [BindNever, ValidateNever] public int Id { get; set; }

    [Display(Name = "Year")]
    [Required(ErrorMessage = "Please enter the year.")]
    [Range(ReportTargetEditor.MinYear, ReportTargetEditor.MaxYear, ErrorMessage = "The year must be between 2020 and 2100.")]
    public int? Year { get; set; }

    [Display(Name = "Indicator")]
    [Required(ErrorMessage = "Please choose an indicator from the list.")]
    public string? Indicator { get; set; }

    [Display(Name = "Target (minimum)")]
    [Required(ErrorMessage = "Please enter the target (the minimum).")]
    public decimal? Min { get; set; }

    [Display(Name = "Maximum (optional)")]
    public decimal? Max { get; set; }

    [Display(Name = "Note")]
    [StringLength(ReportTargetEditor.NoteLength, ErrorMessage = "The note must be at most 500 characters.")]
    public string? Note { get; set; }

    public bool IsNew => Id == 0;
}
