using System.Security.Claims;
using Autofac;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OcopMarket.Core.Identity;

namespace OcopMarket.Web.Features.Stamps;

/// <summary>The office's stamps: every producer's series with filters and paging, issuing for any lot, print and download.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class StampsAdminController(StampSeriesQueries queries, StampScreens screens) : Controller
{
    private const string Base = "/admin/truy-xuat/tem";

    [HttpGet(Base)]
    public async Task<IActionResult> Index([FromQuery] StampSeriesListQuery query, CancellationToken ct) =>
        View(await queries.ListAsync(null, query, ct));

    [HttpPost(Base)]
    public async Task<IActionResult> Issue(IssueStampsInput input, CancellationToken ct)
    {
        var (ok, message) = await screens.IssueAsync(input, UserId, byOffice: true, ct);
        TempData["Status"] = message;
        TempData["StatusKind"] = ok ? "success" : "danger";
        return Redirect(ok ? Base : $"{Base}?lot={input.LotId}");
    }

    [HttpGet(Base + "/{id:int}/in")]
    public async Task<IActionResult> Print(int id, string? layout, CancellationToken ct)
    {
        var series = await queries.SeriesAsync(id, null, ct);
        if (series is null) return NotFound();
        return View(StampScreens.SheetsView, await screens.SheetsAsync(series, layout, Base, ct));
    }

    [HttpGet(Base + "/{id:int}/tai-ve")]
    public async Task<IActionResult> Download(int id, string? format, CancellationToken ct)
    {
        var series = await queries.SeriesAsync(id, null, ct);
        return series is null ? NotFound() : await screens.DownloadAsync(series, format, ct);
    }

    private int? UserId => int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

public sealed class StampsWebModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<StampSeriesQueries>().InstancePerLifetimeScope();
        builder.RegisterType<StampLinks>().InstancePerLifetimeScope();
        builder.RegisterType<StampSheets>().InstancePerLifetimeScope();
        builder.RegisterType<StampSeriesExport>().InstancePerLifetimeScope();
        builder.RegisterType<StampScreens>().InstancePerLifetimeScope();
    }
}
