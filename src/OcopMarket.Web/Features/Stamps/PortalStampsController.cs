using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using OcopMarket.Web.Features.Portal;

namespace OcopMarket.Web.Features.Stamps;

/// <summary>
/// A producer's stamps: its series (with how many were scanned), issuing a series for one of its own lots, the print
/// sheets and the download. Another producer's series or lot answers 404.
/// </summary>
public sealed class PortalStampsController(CurrentProducer current, StampSeriesQueries queries, StampScreens screens) : PortalController(current)
{
    private const string Base = "/portal/tem";

    [HttpGet(Base)]
    public async Task<IActionResult> Index([FromQuery] StampSeriesListQuery query, CancellationToken ct)
    {
        query.Producer = null;
        if (query.Lot is { } lot && !await queries.LotBelongsToAsync(lot, ProducerId, ct)) return NotFound();
        return View(await queries.ListAsync(ProducerId, query, ct));
    }

    [HttpPost(Base)]
    public async Task<IActionResult> Issue(IssueStampsInput input, CancellationToken ct)
    {
        if (!await queries.LotBelongsToAsync(input.LotId, ProducerId, ct)) return NotFound();
        var (ok, message) = await screens.IssueAsync(input, UserId, byOffice: false, ct);
        Flash(message, ok ? "success" : "danger");
        return Redirect(ok ? Base : $"{Base}?lot={input.LotId}");
    }

    [HttpGet(Base + "/{id:int}/in")]
    public async Task<IActionResult> Print(int id, string? layout, CancellationToken ct)
    {
        var series = await queries.SeriesAsync(id, ProducerId, ct);
        if (series is null) return NotFound();
        return View(StampScreens.SheetsView, await screens.SheetsAsync(series, layout, Base, ct));
    }

    [HttpGet(Base + "/{id:int}/tai-ve")]
    public async Task<IActionResult> Download(int id, string? format, CancellationToken ct)
    {
        var series = await queries.SeriesAsync(id, ProducerId, ct);
        return series is null ? NotFound() : await screens.DownloadAsync(series, format, ct);
    }

    private int? UserId => int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
