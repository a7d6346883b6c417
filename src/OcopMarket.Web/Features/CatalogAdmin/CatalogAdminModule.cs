using Autofac;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>The office's catalogue screens: producers, products, moderation, categories, administrative units.</summary>
public sealed class CatalogAdminModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<StorefrontRefresh>().InstancePerLifetimeScope();
        builder.RegisterType<PlaceOptions>().InstancePerLifetimeScope();
        builder.RegisterType<ProducerList>().InstancePerLifetimeScope();
        builder.RegisterType<ProducerEditor>().InstancePerLifetimeScope();
        builder.RegisterType<ProductList>().InstancePerLifetimeScope();
        builder.RegisterType<ProductEditor>().InstancePerLifetimeScope();
        builder.RegisterType<ModerationQueue>().InstancePerLifetimeScope();
        builder.RegisterType<CategoryEditor>().InstancePerLifetimeScope();
        builder.RegisterType<AdminUnitBrowser>().InstancePerLifetimeScope();
        builder.RegisterType<AdminUnitEditor>().InstancePerLifetimeScope();
    }
}
