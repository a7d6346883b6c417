using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using OcopMarket.Core.Identity;

namespace OcopMarket.Web.Features.Portal;

/// <summary>
/// Base of every /portal controller: producers only, and every action runs for the signed-in user's own
/// producer (<see cref="ProducerId"/>). A producer user not linked to a producer yet sees a page saying so
/// and nothing else happens.
/// </summary>
[Area("Portal")]
[Authorize(Roles = Roles.Producer)]
public abstract class PortalController(CurrentProducer current) : Controller
{
    protected CurrentProducer.Info Producer { get; private set; } = null!;

    protected int ProducerId => Producer.Id;

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var producer = await current.GetAsync(HttpContext.RequestAborted);
        if (producer is null)
        {
            context.Result = View("NotLinked");
            return;
        }
        Producer = producer;
        ViewData["ProducerName"] = producer.Name;
        await next();
    }

    /// <summary>After a successful POST: the message shown on the next page.</summary>
    protected void Flash(string message, string kind = "success")
    {
        TempData["Status"] = message;
        TempData["StatusKind"] = kind;
    }

    /// <summary>A local return address from a form, else <paramref name="fallback"/> (never an open redirect).</summary>
    protected string LocalOr(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.Length <= 2048 && Url.IsLocalUrl(returnUrl) ? returnUrl : fallback;
}
