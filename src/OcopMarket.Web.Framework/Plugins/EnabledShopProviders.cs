using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Core.Shipping;

namespace OcopMarket.Web.Framework.Plugins;

/// <summary>
/// The payment and shipping providers of enabled plugins, decided per request: disabling a plugin
/// removes its option from the next checkout at once. Providers outside any plugin (none today) always count.
/// </summary>
public sealed class EnabledShopProviders(IEnumerable<IPaymentProvider> payments, IEnumerable<IShippingProvider> shipping, PluginCatalog plugins, PluginStates states)
    : IShopProviders
{
    public IReadOnlyList<IPaymentProvider> Payments => payments.Where(p => p.IsAvailable && IsEnabled(p)).OrderBy(p => p.SortOrder).ToList();

    public IReadOnlyList<IShippingProvider> Shipping => shipping.Where(p => IsEnabled(p)).ToList();

    private bool IsEnabled(object provider) =>
        plugins.ForAssembly(provider.GetType().Assembly) is not { } plugin || states.IsEnabled(plugin.SystemName);
}
