using Microsoft.AspNetCore.Mvc;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Portal;

/// <summary>The producer's OCOP certificates (read-only: the office records them), with history and expiry per product.</summary>
public sealed class PortalCertificatesController(CurrentProducer current, PortalCertificatesQuery certificates) : PortalController(current)
{
    [HttpGet("/portal/chung-nhan")]
    public async Task<IActionResult> Index([FromQuery] ListQuery list, CancellationToken ct) =>
        View(await certificates.GetAsync(ProducerId, list, ct));
}
