using Autofac;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core;

/// <summary>Registers the domain's services. Each plugin brings a module of its own.</summary>
public sealed class CoreModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CertificateStatusPolicy>().SingleInstance();
        builder.RegisterType<SchemaMigrator>().SingleInstance();
        builder.RegisterType<AdminUnitImporter>().InstancePerLifetimeScope();
        builder.RegisterType<DemoDataSeeder>().InstancePerLifetimeScope();
    }
}
