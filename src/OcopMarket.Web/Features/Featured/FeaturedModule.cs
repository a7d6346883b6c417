using Autofac;

namespace OcopMarket.Web.Features.Featured;

/// <summary>The featured products and producers list (/admin/noi-bat).</summary>
public sealed class FeaturedModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder) => builder.RegisterType<FeaturedList>().InstancePerLifetimeScope();
}
