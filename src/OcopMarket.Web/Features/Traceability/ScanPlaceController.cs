using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Places;
using OcopMarket.Core.Traceability.Scanning;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Traceability;

/// <summary>The coarse place a visitor chose to share after a scan (degrees; rounded to ~1 km before it is stored).</summary>
public sealed class PlaceReport
{
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}

/// <summary>
/// POST /api/truy-xuat/quet/{token}/vi-tri: the place of a scan, sent by the page's script only after the visitor pressed
/// "share my approximate location". Accepted once per scan, within 15 minutes of it; the antiforgery token comes in the
/// RequestVerificationToken header. Refusals are RFC 7807 problem details.
/// </summary>
[ApiController]
public sealed class ScanPlaceController(StampScanRecorder recorder, ScanTokens tokens, IStringLocalizer<StampsResource> S) : ControllerBase
{
    public const string ProblemTypeBase = "/api/truy-xuat/problems/";

    [HttpPost("/api/truy-xuat/quet/{token}/vi-tri")]
    public async Task<IActionResult> Report(string token, [FromBody] PlaceReport? report, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (tokens.Unprotect(token) is not int scanId)
            return Problem(S["This scan is unknown. Open the product's page again by scanning its code."].Value,
                statusCode: StatusCodes.Status404NotFound, title: S["Unknown scan"].Value, type: ProblemTypeBase + "unknown-scan");
        if (report?.Latitude is not double lat || report.Longitude is not double lng || !new GeoPoint(lat, lng).IsValid)
        {
            var errors = new Dictionary<string, string[]>();
            if (report?.Latitude is not (>= -90 and <= 90)) errors["latitude"] = [S["The latitude must be a number between -90 and 90."].Value];
            if (report?.Longitude is not (>= -180 and <= 180)) errors["longitude"] = [S["The longitude must be a number between -180 and 180."].Value];
            return ValidationProblem(new ValidationProblemDetails(errors)
            {
                Title = S["The place is not valid."].Value,
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypeBase + "invalid-place",
            });
        }

        return await recorder.ReportPlaceAsync(scanId, new GeoPoint(lat, lng), ct) switch
        {
            PlaceReportOutcome.Accepted => NoContent(),
            PlaceReportOutcome.AlreadyReported => Problem(S["The place of this scan was already shared. Thank you."].Value,
                statusCode: StatusCodes.Status409Conflict, title: S["Already shared"].Value, type: ProblemTypeBase + "already-reported"),
            PlaceReportOutcome.TooLate => Problem(S["The place can only be shared within 15 minutes of the scan. Scan the code again to share it."].Value,
                statusCode: StatusCodes.Status410Gone, title: S["Too late to share the place"].Value, type: ProblemTypeBase + "too-late"),
            PlaceReportOutcome.InvalidPlace => Problem(S["The place is not valid."].Value,
                statusCode: StatusCodes.Status400BadRequest, title: S["The place is not valid."].Value, type: ProblemTypeBase + "invalid-place"),
            _ => Problem(S["This scan is unknown. Open the product's page again by scanning its code."].Value,
                statusCode: StatusCodes.Status404NotFound, title: S["Unknown scan"].Value, type: ProblemTypeBase + "unknown-scan"),
        };
    }
}
