using Autofac;

namespace OcopMarket.Core.Traceability.Scanning;

/// <summary>Resolving Digital Links, the scan log and counterfeit detection.</summary>
public sealed class ScanningModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<StampResolver>().InstancePerLifetimeScope();
        builder.RegisterType<StampAnomalyDetector>().InstancePerLifetimeScope();
        builder.RegisterType<StampScanRecorder>().InstancePerLifetimeScope();
    }
}
