using OcopMarket.Core.Plugins;
using OcopMarket.Plugin.Shipping.Pickup;

[assembly: OcopPlugin(typeof(PickupPlugin))]

namespace OcopMarket.Plugin.Shipping.Pickup;

public sealed class PickupPlugin : IConfigurablePlugin
{
    public const string Name = "Shipping.Pickup";
    public string SystemName => Name;
    public string FriendlyName => "Pickup at a display point";
    public string Version => "1.0.0";
    public string Description => "The buyer collects the order at an OCOP display and sale point that stocks its products.";
    /// <summary>Which products each display point stocks.</summary>
    public string ConfigurationUrl => PickupPointsController.Path;
}
