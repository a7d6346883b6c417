using Autofac;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>Trade fairs: the office's list, editor and booths, and the public pages.</summary>
public sealed class FairsModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<FairList>().InstancePerLifetimeScope();
        builder.RegisterType<FairEditor>().InstancePerLifetimeScope();
        builder.RegisterType<FairBooths>().InstancePerLifetimeScope();
        builder.RegisterType<FairPages>().InstancePerLifetimeScope();
    }
}
