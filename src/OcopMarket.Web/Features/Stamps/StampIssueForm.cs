using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Stamps;

/// <summary>What the issue form posts.</summary>
public sealed class IssueStampsInput
{
    public int LotId { get; set; }
    public int? Count { get; set; }
}

/// <summary>
/// The issue form's work, the same for the portal and the office: issue, then the message the list shows (the numbers
/// issued on success, the rule broken otherwise), and the print, download and issue pieces the two controllers share.
/// </summary>
public sealed class StampScreens(StampIssuance issuance, StampSheets sheets, StampSeriesExport export, IStringLocalizer<StampsResource> localizer)
{
    public async Task<(bool Succeeded, string Message)> IssueAsync(IssueStampsInput input, int? userId, bool byOffice, CancellationToken ct)
    {
        if (input.Count is not { } count)
            return (false, localizer["Issue between 1 and {0} stamps at a time.", StampIssuance.MaxPerSeries.ToString("N0", CultureInfo.CurrentCulture)].Value);
        var result = await issuance.IssueAsync(input.LotId, count, userId, byOffice, ct: ct);
        if (!result.Succeeded) return (false, localizer[result.Error ?? "", result.Arguments ?? []].Value);
        var s = result.Value!;
        return (true, localizer["{0} stamps issued: No. {1} to {2}. Print them or download the list.", s.Count, s.FirstNumber, s.FirstNumber + s.Count - 1].Value);
    }

    public const string SheetsView = "~/Views/Stamps/Sheets.cshtml";

    public Task<StampSheetPage> SheetsAsync(StampSeriesInfo series, string? layout, string baseUrl, CancellationToken ct) =>
        sheets.BuildAsync(series, layout, baseUrl, ct);

    public async Task<IActionResult> DownloadAsync(StampSeriesInfo series, string? format, CancellationToken ct)
    {
        var (content, type, name) = await export.BuildAsync(series, format, ct);
        return new FileContentResult(content, type) { FileDownloadName = name };
    }
}
