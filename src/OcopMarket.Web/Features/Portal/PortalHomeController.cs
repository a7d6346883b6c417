using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Portal;

/// <summary>The producer's overview: what needs doing today.</summary>
public sealed class PortalHomeController(CurrentProducer current, PortalDashboardQuery dashboard) : PortalController(current)
{
    [HttpGet("/portal")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await dashboard.GetAsync(Producer, ct));
}
