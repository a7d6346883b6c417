using OcopMarket.Core.Plugins;
using OcopMarket.Plugin.Payments.CashOnDelivery;

[assembly: OcopPlugin(typeof(CashOnDeliveryPlugin))]

namespace OcopMarket.Plugin.Payments.CashOnDelivery;

public sealed class CashOnDeliveryPlugin : IPlugin
{
    public const string Name = "Payments.CashOnDelivery";
    public string SystemName => Name;
    public string FriendlyName => "Cash on delivery";
    public string Version => "1.0.0";
    public string Description => "The buyer pays the carrier (or at the pickup point) when the parcel arrives.";
}
