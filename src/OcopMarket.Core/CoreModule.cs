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
        // The web host registers an actor from the signed-in user; jobs and seeding act as "system".
        builder.RegisterType<Audit.SystemAuditActor>().As<Audit.IAuditActor>().SingleInstance().IfNotRegistered(typeof(Audit.IAuditActor));
        builder.RegisterType<Audit.AuditTrail>().InstancePerLifetimeScope();
        builder.RegisterType<Common.RichTextSanitizer>().SingleInstance();
        builder.RegisterType<Catalog.Moderation.ProductModeration>().InstancePerLifetimeScope();
        builder.RegisterType<Orders.StockReservation>().InstancePerLifetimeScope();
        builder.RegisterType<Orders.OrderPlacement>().InstancePerLifetimeScope();
        builder.RegisterType<Orders.OrderTimeline>().InstancePerLifetimeScope();
        builder.RegisterType<Orders.OrderCancellation>().InstancePerLifetimeScope();
        builder.RegisterType<Orders.ShipmentFulfilment>().InstancePerLifetimeScope();
        builder.RegisterType<Orders.OrderPayments>().InstancePerLifetimeScope();
        builder.RegisterType<AdminUnitImporter>().InstancePerLifetimeScope();
        builder.RegisterType<DemoDataSeeder>().InstancePerLifetimeScope();
        builder.RegisterType<Traceability.LotTimeline>().InstancePerLifetimeScope();
    }
}
