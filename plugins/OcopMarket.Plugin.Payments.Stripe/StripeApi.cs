using global::Stripe;

namespace OcopMarket.Plugin.Payments.Stripe;

/// <summary>
/// The one <see cref="StripeClient"/> of the site (it holds an HttpClient), built from <see cref="StripeOptions"/>
/// on first use so a site without keys never constructs one.
/// </summary>
public sealed class StripeApi(StripeOptions options)
{
    private readonly Lazy<StripeClient> _client = new(() => Create(options));

    /// <summary>Throws when Stripe is not configured: callers check <see cref="StripeOptions.IsConfigured"/> first.</summary>
    public StripeClient Client => _client.Value;

    private static StripeClient Create(StripeOptions options)
    {
        if (!options.IsConfigured) throw new InvalidOperationException("Stripe is not configured (Stripe:SecretKey and Stripe:WebhookSecret).");
        var http = new SystemNetHttpClient(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, maxNetworkRetries: 2);
        return new StripeClient(options.SecretKey!.Trim(), httpClient: http,
            apiBase: string.IsNullOrWhiteSpace(options.ApiBase) ? null : options.ApiBase.TrimEnd('/'));
    }
}
