using Microsoft.AspNetCore.Mvc;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>The cart link with its item count, in the site header.</summary>
public sealed class CartLinkViewComponent(CartService carts, CurrentCart current) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await carts.CountAsync(current.Owner, HttpContext.RequestAborted));
}
