using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>What the point screens share: their strings and the message shown after a redirect.</summary>
public abstract class PointsControllerBase(IStringLocalizer<PointsAdminResource> localizer) : Controller
{
    protected IStringLocalizer<PointsAdminResource> L { get; } = localizer;

    /// <summary>Sets the one-off status line (success, warning or danger) the next page shows.</summary>
    protected void Flash(string key, string kind = "success", params object[] arguments)
    {
        TempData["Status"] = FormErrors.Localize(L, key, arguments);
        TempData["StatusKind"] = kind;
    }
}
