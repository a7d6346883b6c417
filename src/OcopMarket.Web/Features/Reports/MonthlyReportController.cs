using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Reports;
using OcopMarket.Core.Settings;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Reports;

/// <summary>
/// /admin/bao-cao-thang: the monthly report for promotion staff and the office — the page (tables, charts, targets),
/// the A4 print view and the XLSX file. Exports are logged (<see cref="ReportExportLog"/>): downloading the file logs
/// "xlsx"; the print view's Print button posts first (logs "print"), then the page opens the browser's print dialog.
/// Merely previewing the print view logs nothing.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Promotion)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MonthlyReportController(
    MonthlyReportBuilder builder,
    ReportSheets sheets,
    MonthlyReportXlsx xlsx,
    ReportExportLog log,
    ISiteSettings settings,
    TimeProvider time,
    IStringLocalizer<ReportsResource> localizer) : Controller
{
    public const string Base = "/admin/bao-cao-thang";

    public static string PageUrl(ReportMonth month) => $"{Base}?thang={month.Key}";
    public static string PrintUrl(ReportMonth month) => $"{Base}/in?thang={month.Key}";
    public static string XlsxUrl(ReportMonth month) => $"{Base}/xlsx?thang={month.Key}";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(string? thang, CancellationToken ct)
    {
        if (!TryMonth(thang, out var month)) return BadRequest();
        var report = await builder.BuildAsync(month, ct);
        return View(new MonthlyReportPage(report, sheets.Build(report), ReportMonth.Current(time), await log.ListAsync(month, 5, ct),
            ReportCharts.From(report), ShopSettings.From(settings)));
    }

    [HttpGet(Base + "/in")]
    public async Task<IActionResult> Print(string? thang, CancellationToken ct)
    {
        if (!TryMonth(thang, out var month)) return BadRequest();
        var report = await builder.BuildAsync(month, ct);
        return View(new MonthlyReportPage(report, sheets.Build(report), ReportMonth.Current(time), [], ReportCharts.From(report), ShopSettings.From(settings))
        {
            PrintNow = Request.Query.ContainsKey("in"),
            Today = VietnamTime.Today(time),
        });
    }

    /// <summary>The Print button: logs the export, then the print view opens the print dialog by itself.</summary>
    [HttpPost(Base + "/in")]
    public async Task<IActionResult> RecordPrint(string? thang, CancellationToken ct)
    {
        if (!TryMonth(thang, out var month)) return BadRequest();
        await log.RecordAsync(month, ReportExportLog.Print, UserId, ct);
        return Redirect(PrintUrl(month) + "&in=1");
    }

    [HttpGet(Base + "/xlsx")]
    public async Task<IActionResult> Xlsx(string? thang, CancellationToken ct)
    {
        if (!TryMonth(thang, out var month)) return BadRequest();
        var report = await builder.BuildAsync(month, ct);
        var content = xlsx.Build(Title(month), Subtitle(report), sheets.Build(report));
        await log.RecordAsync(month, ReportExportLog.Xlsx, UserId, ct);
        return File(content, MonthlyReportXlsx.ContentType, MonthlyReportXlsx.FileName(month));
    }

    private string Title(ReportMonth month) => localizer["REPORT ON THE OCOP PROGRAMME, MONTH {0}", month.Label].Value;

    private string Subtitle(MonthlyReport report) =>
        localizer["Figures from {0} to {1}; compared with month {2}", VnTime.Date(report.Month.FirstDay), VnTime.Date(report.AsOf), report.Month.Previous.Label].Value;

    /// <summary>No month: the current one; a month not yet begun, or anything but "yyyy-MM": refused.</summary>
    private bool TryMonth(string? text, out ReportMonth month)
    {
        if (string.IsNullOrEmpty(text))
        {
            month = ReportMonth.Current(time);
            return true;
        }
        return ReportMonth.TryParse(text, out month) && builder.IsReportable(month);
    }

    private int? UserId => int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

/// <summary>What the report page and the print view show.</summary>
public sealed record MonthlyReportPage(
    MonthlyReport Report,
    IReadOnlyList<ReportSection> Sections,
    ReportMonth CurrentMonth,
    IReadOnlyList<ReportExport> Exports,
    ReportCharts Charts,
    ShopSettings Shop)
{
    public bool PrintNow { get; init; }
    public DateOnly Today { get; init; }
    public ReportMonth Month => Report.Month;
    public bool HasNext => Month < CurrentMonth;
}
