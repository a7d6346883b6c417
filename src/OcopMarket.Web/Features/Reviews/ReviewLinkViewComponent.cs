using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Features.Checkout;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Reviews;

/// <summary>
/// "Write a review" / "Edit your review" beside a delivered line of the customer's own order page. The customer's
/// reviewed product slugs are read once per request, however many lines the order has.
/// </summary>
public sealed class ReviewLinkViewComponent(OcopDbContext db) : ViewComponent
{
    private const string ItemKey = "reviews:reviewed-slugs";

    public async Task<IViewComponentResult> InvokeAsync(Order order, string? slug)
    {
        var userId = CurrentCart.UserId(UserClaimsPrincipal);
        if (slug is null || userId is null || order.CustomerUserId != userId) return Content("");
        if (HttpContext.Items[ItemKey] is not HashSet<string> reviewed)
        {
            reviewed = (await db.ProductReviews.AsNoTracking().Where(r => r.CustomerUserId == userId)
                .Select(r => r.Product!.Slug).ToListAsync(HttpContext.RequestAborted)).ToHashSet(StringComparer.Ordinal);
            HttpContext.Items[ItemKey] = reviewed;
        }
        return View(new ReviewLinkModel(slug, reviewed.Contains(slug)));
    }
}
