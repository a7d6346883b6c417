using Autofac;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;

namespace OcopMarket.Plugin.Payments.CashOnDelivery;

/// <summary>Pay the carrier (or at the pickup point) on delivery: nothing to pay first, nothing expires.</summary>
public sealed class CashOnDeliveryProvider(IStringLocalizer<CashOnDeliveryResource> localizer) : IPaymentProvider
{
    public string SystemName => CashOnDeliveryPlugin.Name;
    public string Name => localizer["Cash on delivery (COD)"];
    public string Description => localizer["Pay in cash when the parcel arrives or when you collect it."];
    public int SortOrder => 0;
    public TimeSpan? PaymentWindow => null;
    public Task<PaymentStart> StartAsync(Order order, CancellationToken ct) => Task.FromResult(new PaymentStart(null));
    public string? InstructionsViewComponent => null;
}

/// <summary>Marker for the plugin's strings (Resources/CashOnDeliveryResource.*.resx).</summary>
public sealed class CashOnDeliveryResource;

public sealed class CashOnDeliveryModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<CashOnDeliveryProvider>().As<IPaymentProvider>().InstancePerLifetimeScope();
}
