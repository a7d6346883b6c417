using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.News;

/// <summary>Home page: the three latest visible articles; nothing at all when there are none. Same for every visitor (the home page is cached).</summary>
public sealed class HomeNewsViewComponent(NewsPages pages) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var latest = await pages.LatestAsync(3, HttpContext.RequestAborted);
        return latest.Count == 0 ? Content(string.Empty) : View(latest);
    }
}

/// <summary>The producer page's "Stories" section: that producer's visible stories; nothing when there are none.</summary>
public sealed class ProducerStoriesViewComponent(NewsPages pages) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int producerId)
    {
        var stories = await pages.StoriesOfAsync(producerId, HttpContext.RequestAborted);
        return stories.Count == 0 ? Content(string.Empty) : View(stories);
    }
}
