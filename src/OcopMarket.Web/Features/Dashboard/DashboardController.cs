using Autofac;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OcopMarket.Core.Identity;

namespace OcopMarket.Web.Features.Dashboard;

/// <summary>The back office's home: the register at a glance, for everyone who may enter /admin.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.BackOffice)]
public sealed class DashboardController(DashboardQueries queries) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.GetAsync(ct));
}

public sealed class DashboardModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<DashboardQueries>().InstancePerLifetimeScope();
}
