using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Errors;

/// <summary>Friendly error pages; never a stack trace.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("loi/{code:int?}")]
    public IActionResult Show(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
            logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        Response.StatusCode = status;
        // Error pages must not be cached or indexed.
        Response.Headers.CacheControl = "no-store";
        return View("Error", new Framework.Models.ErrorPageModel(status));
    }
}
