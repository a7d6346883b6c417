using OcopMarket.Core.Plugins;
using OcopMarket.Plugin.Shipping.Rates;

[assembly: OcopPlugin(typeof(ShippingRatesPlugin))]

namespace OcopMarket.Plugin.Shipping.Rates;

public sealed class ShippingRatesPlugin : IConfigurablePlugin
{
    public const string Name = "Shipping.Rates";
    public string SystemName => Name;
    public string FriendlyName => "Shipping rates by province and weight";
    public string Version => "1.0.0";
    public string Description => "Flat and weight-based delivery rates by province, with free shipping over a threshold.";
    /// <summary>The price list: base price by zone, weight steps, free threshold, express.</summary>
    public string ConfigurationUrl => ShippingRatesController.Path;
}
