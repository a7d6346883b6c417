using Autofac;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Core.Settings;
using OcopMarket.Plugin.Payments.VietQR.Reconciliation;

namespace OcopMarket.Plugin.Payments.VietQR;

/// <summary>
/// Pay by bank transfer: the order page shows a VietQR code with the amount and the order number as
/// transfer text; staff confirm the money (or reconcile a bank statement). Unpaid orders expire after
/// the configured window and their stock is released.
/// </summary>
public sealed class VietQrProvider(ISiteSettings settings, IStringLocalizer<VietQrResource> localizer) : IPaymentProvider
{
    public string SystemName => VietQrPlugin.Name;
    public string Name => localizer["Bank transfer (VietQR)"];
    public string Description => localizer["Scan the QR code with your banking app; the amount and transfer text are filled in for you."];
    public int SortOrder => 10;
    public TimeSpan? PaymentWindow => VietQrSettings.From(settings).PaymentWindow;
    public bool IsAvailable => VietQrSettings.From(settings).IsConfigured;
    public Task<PaymentStart> StartAsync(Order order, CancellationToken ct) => Task.FromResult(new PaymentStart(null));
    public string? InstructionsViewComponent => VietQrInstructionsViewComponent.Name;
}

/// <summary>Marker for the plugin's strings (Resources/VietQrResource.*.resx).</summary>
public sealed class VietQrResource;

public sealed class VietQrModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<VietQrProvider>().As<IPaymentProvider>().InstancePerLifetimeScope();
        builder.RegisterType<VietQrCodeRenderer>().AsSelf().SingleInstance();
        builder.RegisterType<BankStatementReader>().AsSelf().SingleInstance();
        builder.RegisterType<TransferMatcher>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<TransferReconciliation>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<VietQrDemoAccount>().As<IHostedService>().SingleInstance();
    }
}
