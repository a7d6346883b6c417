using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Campaigns;

/// <summary>Home page: the live campaigns' banners (up to three) under the hero; nothing when none is live.</summary>
public sealed class HomeCampaignsViewComponent(CampaignPages pages) : ViewComponent
{
    public const int Max = 3;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var live = await pages.CurrentAsync(liveOnly: true, HttpContext.RequestAborted);
        if (live.Count == 0) return Content(string.Empty);
        return View(live.Take(Max).ToList());
    }
}
