using Autofac;
using OcopMarket.Core.Audit;

namespace OcopMarket.Web.Features.BackOffice;

/// <summary>What /admin and /portal share: the audit actor from the request.</summary>
public sealed class BackOfficeModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<HttpAuditActor>().As<IAuditActor>().InstancePerLifetimeScope();
    }
}
