using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>What the catalogue screens share: the feature's strings and the message shown after a redirect.</summary>
public abstract class OfficeControllerBase(IStringLocalizer<CatalogAdminResource> localizer) : Controller
{
    protected IStringLocalizer<CatalogAdminResource> L { get; } = localizer;

    /// <summary>Sets the one-off status line (success, warning or danger) the next page shows.</summary>
    protected void Flash(string key, string kind = "success", params object[] arguments)
    {
        TempData["Status"] = FormErrors.Localize(L, key, arguments);
        TempData["StatusKind"] = kind;
    }
}
