using Autofac;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Fairs;

/// <summary>The fairs' demo data.</summary>
public sealed class FairsCoreModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<DemoFairs>().As<IDemoSeedStep>().InstancePerLifetimeScope();
}
