namespace OcopMarket.Plugin.Payments.Stripe;

/// <summary>
/// The "Stripe" configuration section. Keys are secrets, so they come from configuration (environment
/// variables, user secrets), never from the site settings table the office can read.
/// </summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    /// <summary>sk_live_... / sk_test_...: creates Checkout Sessions and refunds.</summary>
    public string? SecretKey { get; set; }

    /// <summary>whsec_...: the webhook endpoint's signing secret.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>pk_...: not needed by Checkout (Stripe hosts the card form); kept for a future embedded form.</summary>
    public string? PublishableKey { get; set; }

    /// <summary>Stripe's API address; tests point it at a fake on a loopback port. Null = https://api.stripe.com.</summary>
    public string? ApiBase { get; set; }

    /// <summary>How long an order waits for the card payment before it expires and its stock is released.</summary>
    public int PaymentWindowMinutes { get; set; } = 60;

    /// <summary>Stripe is offered only with both keys: without the webhook secret nothing could confirm a payment.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);

    /// <summary>Checkout Sessions live between 30 minutes and 24 hours (Stripe's limits).</summary>
    public TimeSpan PaymentWindow => TimeSpan.FromMinutes(Math.Clamp(PaymentWindowMinutes, 30, 24 * 60));
}
