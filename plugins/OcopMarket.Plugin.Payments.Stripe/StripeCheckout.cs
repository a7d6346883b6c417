using global::Stripe;
using global::Stripe.Checkout;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;

namespace OcopMarket.Plugin.Payments.Stripe;

/// <summary>
/// Opens a Stripe Checkout Session for an order and remembers it as a pending Payment row (the attempt);
/// the webhook later replaces that row with the real payment. VND is a zero-decimal currency at Stripe:
/// amounts are sent in whole đồng, exactly as the order stores them (never × 100).
/// </summary>
public sealed class StripeCheckout(StripeApi api, StripeOptions options, OcopDbContext db, TimeProvider time, IStringLocalizer<StripeResource> L)
{
    public const string Currency = "vnd";
    public const string OrderIdKey = "order_id";
    public const string OrderNumberKey = "order_number";

    /// <summary>Creates the session and returns its hosted payment page URL.</summary>
    /// <param name="siteBase">The site's own address (scheme + host) for the return links.</param>
    public async Task<string> StartAsync(Order order, string siteBase, CancellationToken ct)
    {
        var lines = await db.OrderLines.AsNoTracking().Where(l => l.OrderId == order.Id).OrderBy(l => l.Id)
            .Select(l => new { l.ProductName, l.Unit, l.UnitPrice, l.Quantity }).ToListAsync(ct);
        var shipping = await db.Shipments.AsNoTracking().Where(s => s.OrderId == order.Id && s.ShippingCost > 0).OrderBy(s => s.Id)
            .Select(s => new { s.ShippingOptionName, s.ShippingCost }).ToListAsync(ct);

        var items = lines.Select(l => Item(l.Unit.Length > 0 ? $"{l.ProductName} ({l.Unit})" : l.ProductName, l.UnitPrice, l.Quantity))
            .Concat(shipping.Select(s => Item(string.IsNullOrWhiteSpace(s.ShippingOptionName) ? L["Shipping"] : $"{L["Shipping"]}: {s.ShippingOptionName}", s.ShippingCost, 1)))
            .ToList();
        // Itemised when the items add up to what the buyer owes; a discount (or anything else) makes it one line for the total,
        // so Stripe never charges a đồng more or less than the order.
        if (items.Sum(i => i.PriceData.UnitAmount!.Value * i.Quantity!.Value) != order.Total)
            items = [Item(L["Order {0}", order.Number], order.Total, 1)];

        var metadata = new Dictionary<string, string> { [OrderIdKey] = order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), [OrderNumberKey] = order.Number };
        var now = time.GetUtcNow();
        var siteRoot = siteBase.TrimEnd('/');
        var orderPage = $"{siteRoot}/don-hang/{Uri.EscapeDataString(order.Number)}";
        var session = await new SessionService(api.Client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            Currency = Currency,
            LineItems = items,
            ClientReferenceId = order.Number,
            Metadata = metadata,
            // Copied onto the PaymentIntent so its own events (succeeded, failed, refunds) lead back to the order.
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata, Description = L["Order {0}", order.Number] },
            SuccessUrl = orderPage + "?stripe=success",
            CancelUrl = orderPage + "?stripe=cancelled",
            Locale = order.Culture == "en" ? "en" : "vi",
            CustomerEmail = string.IsNullOrWhiteSpace(order.Email) ? null : order.Email,
            // Not after the order expires (Stripe's minimum is 30 minutes from now).
            ExpiresAt = Max(order.PaymentDueAt ?? now + options.PaymentWindow, now.AddMinutes(31)).UtcDateTime,
        }, new RequestOptions { IdempotencyKey = $"ocop-checkout-{order.Number}-{now.ToUnixTimeMilliseconds()}" }, ct);

        db.Payments.Add(new Payment
        {
            OrderId = order.Id, Provider = StripePlugin.Name, ProviderReference = session.Id, Amount = order.Total,
            Status = PaymentRecordStatus.Pending, CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return session.Url;
    }

    private static SessionLineItemOptions Item(string name, long unitAmount, int quantity) => new()
    {
        Quantity = quantity,
        PriceData = new SessionLineItemPriceDataOptions
        {
            Currency = Currency,
            UnitAmount = unitAmount, // whole đồng: VND has no minor unit at Stripe
            ProductData = new SessionLineItemPriceDataProductDataOptions { Name = name.Length > 250 ? name[..250] : name },
        },
    };

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
