using Microsoft.AspNetCore.Mvc;
using OcopMarket.Core.Identity;

namespace OcopMarket.Web.Features.Traceability;

/// <summary>The office dashboard's "possible counterfeit stamps" card (office and inspectors only).</summary>
public sealed class CounterfeitAlertsViewComponent(AnomalyQueries queries, TimeProvider time) : ViewComponent
{
    public const int Latest = 3;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!Roles.Inspection.Split(',').Any(UserClaimsPrincipal.IsInRole)) return Content("");
        return View(await queries.SummaryAsync(time.GetUtcNow(), Latest, HttpContext.RequestAborted));
    }
}
