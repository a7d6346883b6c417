using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Seo;

/// <summary>Liveness for load balancers and the load benchmark's bare endpoint: no database, no view.</summary>
public sealed class HealthController : ControllerBase
{
    [HttpGet("/health")]
    public ContentResult Get()
    {
        Response.Headers.CacheControl = "no-store";
        return Content("ok", "text/plain");
    }
}
