using Autofac;

namespace OcopMarket.Web.Features.Lots;

/// <summary>The portal and admin lot pages' reads and words.</summary>
public sealed class LotsWebModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<LotQueries>().InstancePerLifetimeScope();
        builder.RegisterType<LotLabels>().InstancePerLifetimeScope();
    }
}
