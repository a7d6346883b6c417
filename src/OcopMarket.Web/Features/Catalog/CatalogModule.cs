using Autofac;

namespace OcopMarket.Web.Features.Catalog;

public sealed class CatalogModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CategoryTree>().InstancePerLifetimeScope();
        builder.RegisterType<HomePageQuery>().InstancePerLifetimeScope();
        builder.RegisterType<ProductCards>().InstancePerLifetimeScope();
        builder.RegisterType<ProductDetailsQuery>().InstancePerLifetimeScope();
        builder.RegisterType<ProducerPageQuery>().InstancePerLifetimeScope();
        builder.RegisterType<PlaceNames>().InstancePerLifetimeScope();
    }
}
