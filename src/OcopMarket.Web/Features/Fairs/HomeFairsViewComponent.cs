using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>Home page: upcoming and current trade fairs. (Foundation placeholder: renders nothing until the feature fills it.)</summary>
public sealed class HomeFairsViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => Content(string.Empty);
}
