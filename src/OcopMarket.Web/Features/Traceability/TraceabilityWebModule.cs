using Autofac;

namespace OcopMarket.Web.Features.Traceability;

/// <summary>The public traceability pages, the scan-place API and the office's counterfeit alerts.</summary>
public sealed class TraceabilityWebModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<TracePageQuery>().InstancePerLifetimeScope();
        builder.RegisterType<ScanTokens>().SingleInstance();
        builder.RegisterType<AnomalyQueries>().InstancePerLifetimeScope();
        builder.RegisterType<AnomalyText>().InstancePerLifetimeScope();
    }
}
