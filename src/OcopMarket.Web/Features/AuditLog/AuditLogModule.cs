using Autofac;

namespace OcopMarket.Web.Features.AuditLog;

public sealed class AuditLogModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<AuditText>().InstancePerLifetimeScope();
}
