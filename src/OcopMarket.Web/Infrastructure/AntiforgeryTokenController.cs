using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Infrastructure;

/// <summary>
/// A fresh antiforgery token for a form on a shared (output-cached) page: the cached HTML carries no token, and the
/// page's script fetches one here just before it posts. Never cached; sets the visitor's antiforgery cookie.
/// </summary>
[ApiController]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AntiforgeryTokenController(IAntiforgery antiforgery) : ControllerBase
{
    public const string Path = "/antiforgery/token";

    [HttpGet(Path)]
    public IActionResult Get()
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        return Ok(new { field = tokens.FormFieldName, token = tokens.RequestToken });
    }
}
