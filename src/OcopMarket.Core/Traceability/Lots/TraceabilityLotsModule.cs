using Autofac;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Traceability.Lots;

/// <summary>Lots, places, events and the EPCIS export (the portal and admin lot pages use them).</summary>
public sealed class TraceabilityLotsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<LotRegistration>().InstancePerLifetimeScope();
        builder.RegisterType<TraceLocationDirectory>().InstancePerLifetimeScope();
        builder.RegisterType<TraceEventRecording>().InstancePerLifetimeScope();
        builder.RegisterType<EpcisExport>().InstancePerLifetimeScope();
        builder.RegisterType<DemoLotsSeed>().As<IDemoSeedStep>().AsSelf().InstancePerLifetimeScope();
    }
}
