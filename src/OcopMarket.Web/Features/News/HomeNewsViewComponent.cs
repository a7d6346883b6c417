using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.News;

/// <summary>Home page: the latest news and producer stories. (Foundation placeholder: renders nothing until the feature fills it.)</summary>
public sealed class HomeNewsViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => Content(string.Empty);
}
