using global::Stripe;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcopMarket.Web.Framework;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;

namespace OcopMarket.Plugin.Payments.Stripe;

/// <summary>
/// Card payment through Stripe Checkout, in VND. Offered only when the keys are configured. The order is
/// marked paid by the signed webhook (<see cref="StripeWebhookHandler"/>), never by the buyer's return to the site.
/// </summary>
public sealed class StripePaymentProvider(
    StripeOptions options, StripeApi api, StripeCheckout checkout, OrderPayments payments, OcopDbContext db,
    IHttpContextAccessor http, IOptions<SiteOptions> site, IStringLocalizer<StripeResource> L, ILogger<StripePaymentProvider> log) : IRefundingPaymentProvider
{
    public string SystemName => StripePlugin.Name;
    public string Name => L["Card payment (Stripe)"];
    public string Description => L["Pay by Visa, Mastercard or JCB card on Stripe's secure page."];
    public int SortOrder => 20;
    public TimeSpan? PaymentWindow => options.PaymentWindow;
    public bool IsAvailable => options.IsConfigured;
    public string? InstructionsViewComponent => StripePaymentViewComponent.Name;

    public async Task<PaymentStart> StartAsync(Order order, CancellationToken ct)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("A Stripe payment starts from a web request (the return links need the site's address).");
        var url = await checkout.StartAsync(order, SiteUrls.Absolute(context, site.Value, ""), ct);
        return new PaymentStart(url);
    }

    public async Task<OperationResult<string>> RefundAsync(Order order, long amount, string reason, CancellationToken ct)
    {
        if (amount <= 0) return OperationResult<string>.Fail("The amount must be greater than zero.");
        var refundable = await payments.RefundableAsync(order.Id, ct) ?? 0;
        if (amount > refundable) return OperationResult<string>.Fail("At most {0:N0} ₫ can be refunded.", refundable);
        var paymentIntent = await db.Payments.AsNoTracking()
            .Where(p => p.OrderId == order.Id && p.Provider == StripePlugin.Name && p.Status == PaymentRecordStatus.Succeeded && p.ProviderReference!.StartsWith("pi_"))
            .OrderBy(p => p.Id).Select(p => p.ProviderReference).FirstOrDefaultAsync(ct);
        if (paymentIntent is null) return OperationResult<string>.Fail("No Stripe card payment was found for this order.");

        var refunded = await db.Orders.Where(o => o.Id == order.Id).Select(o => o.RefundedTotal).SingleAsync(ct);
        try
        {
            var refund = await new RefundService(api.Client).CreateAsync(new RefundCreateOptions
            {
                PaymentIntent = paymentIntent,
                Amount = amount, // whole đồng (zero-decimal currency)
                Reason = "requested_by_customer",
                Metadata = new Dictionary<string, string>
                {
                    [StripeCheckout.OrderIdKey] = order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    [StripeCheckout.OrderNumberKey] = order.Number,
                    ["reason"] = reason.Length > 450 ? reason[..450] : reason,
                },
            },
            // A double click (same order, same amount, nothing refunded in between) is one refund at Stripe.
            new RequestOptions { IdempotencyKey = $"ocop-refund-{order.Id}-{refunded}-{amount}" }, ct);
            return OperationResult<string>.Ok(refund.Id);
        }
        catch (StripeException e)
        {
            log.LogWarning(e, "Stripe refused a refund of {Amount} VND for order {Order}", amount, order.Number);
            return OperationResult<string>.Fail("Stripe refused the refund: {0}", e.StripeError?.Message ?? e.Message);
        }
    }
}
