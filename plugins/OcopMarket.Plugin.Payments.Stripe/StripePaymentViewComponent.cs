using Microsoft.AspNetCore.Mvc;
using OcopMarket.Core.Orders;

namespace OcopMarket.Plugin.Payments.Stripe;

public sealed record StripePaymentModel(Order Order, bool Returned, bool Cancelled, bool CanPay);

/// <summary>
/// On the order page while the payment is pending: "payment being confirmed" right after the buyer comes back
/// from Stripe (the webhook may be a few seconds behind), otherwise a button to pay (again) by card.
/// </summary>
public sealed class StripePaymentViewComponent(StripeOptions options) : ViewComponent
{
    public const string Name = "StripePayment";

    public IViewComponentResult Invoke(Order order)
    {
        var stripe = HttpContext.Request.Query["stripe"].ToString();
        var open = order.Status == OrderStatus.Placed && order.PaymentStatus is Core.Orders.PaymentStatus.Pending or Core.Orders.PaymentStatus.Failed;
        return View(new StripePaymentModel(order, stripe == "success", stripe == "cancelled", open && options.IsConfigured));
    }
}
