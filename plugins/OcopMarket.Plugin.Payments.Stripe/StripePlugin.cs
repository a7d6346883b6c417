using OcopMarket.Core.Plugins;
using OcopMarket.Plugin.Payments.Stripe;

[assembly: OcopPlugin(typeof(StripePlugin))]

namespace OcopMarket.Plugin.Payments.Stripe;

public sealed class StripePlugin : IPlugin
{
    public const string Name = "Payments.Stripe";
    public string SystemName => Name;
    public string FriendlyName => "Stripe card payment";
    public string Version => "1.0.0";
    public string Description => "Card payment in VND through Stripe Checkout, confirmed by signed webhooks.";
}
