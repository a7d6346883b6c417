using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopMarket.Web.Framework;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;

namespace OcopMarket.Plugin.Payments.Stripe;

/// <summary>
/// POST /thanh-toan/stripe/{number}: opens a new Checkout Session for an order still waiting for its card payment
/// (the buyer closed Stripe's page, or the card was declined). The session shows only the items and the total, so
/// knowing the order number is enough, as it is for the order page.
/// </summary>
[AllowAnonymous]
public sealed class StripePayController(OcopDbContext db, StripeCheckout checkout, StripeOptions options, IOptions<SiteOptions> site) : Controller
{
    [HttpPost("/thanh-toan/stripe/{number}")]
    public async Task<IActionResult> Pay(string number, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Number == number && o.PaymentMethod == StripePlugin.Name, ct);
        if (order is null || !options.IsConfigured) return NotFound();
        if (order.Status != OrderStatus.Placed || order.PaymentStatus is not (PaymentStatus.Pending or PaymentStatus.Failed))
            return Redirect($"/don-hang/{Uri.EscapeDataString(order.Number)}");
        var url = await checkout.StartAsync(order, SiteUrls.Absolute(HttpContext, site.Value, ""), ct);
        return Redirect(url);
    }
}
