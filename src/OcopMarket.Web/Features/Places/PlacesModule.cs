using Autofac;

namespace OcopMarket.Web.Features.Places;

public sealed class PlacesModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<PointClock>().InstancePerLifetimeScope();
        builder.RegisterType<DisplayPointDirectory>().InstancePerLifetimeScope();
        builder.RegisterType<NearestDisplayPoints>().InstancePerLifetimeScope();
        builder.RegisterType<TypedPlaceResolver>().InstancePerLifetimeScope();
        builder.RegisterType<DisplayPointPageQuery>().InstancePerLifetimeScope();
        builder.RegisterType<PointMap>().InstancePerLifetimeScope();
    }
}
