using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Campaigns;

/// <summary>Home page: live campaigns' banners under the hero. (Foundation placeholder: renders nothing until the feature fills it.)</summary>
public sealed class HomeCampaignsViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => Content(string.Empty);
}
