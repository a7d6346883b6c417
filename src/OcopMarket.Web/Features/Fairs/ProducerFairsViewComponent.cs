using OcopMarket.Web.Framework.Models;
using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>Producer page: "Meet us at" the coming and current fairs where the producer has a booth; nothing when none.</summary>
public sealed class ProducerFairsViewComponent(FairPages pages) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int producerId)
    {
        var fairs = await pages.ForProducerAsync(producerId, HttpContext.RequestAborted);
        return fairs.Count == 0 ? Content(string.Empty) : View(fairs);
    }
}
