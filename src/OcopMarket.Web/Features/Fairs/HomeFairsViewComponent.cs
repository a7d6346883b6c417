using OcopMarket.Web.Framework.Models;
using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>Home page: up to three fairs not yet over, the soonest first; nothing at all when there are none.</summary>
public sealed class HomeFairsViewComponent(FairPages pages) : ViewComponent
{
    public const int Shown = 3;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var fairs = await pages.UpcomingAsync(Shown, HttpContext.RequestAborted);
        return fairs.Count == 0 ? Content(string.Empty) : View(fairs);
    }
}
