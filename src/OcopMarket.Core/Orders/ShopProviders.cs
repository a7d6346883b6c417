using OcopMarket.Core.Payments;
using OcopMarket.Core.Shipping;

namespace OcopMarket.Core.Orders;

/// <summary>The payment and shipping providers whose plugins are enabled right now (the office switches them at run time).</summary>
public interface IShopProviders
{
    IReadOnlyList<IPaymentProvider> Payments { get; }
    IReadOnlyList<IShippingProvider> Shipping { get; }
    IPaymentProvider? Payment(string systemName) => Payments.FirstOrDefault(p => p.SystemName == systemName);
    IShippingProvider? ShippingProvider(string systemName) => Shipping.FirstOrDefault(p => p.SystemName == systemName);
}
