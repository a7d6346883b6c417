using Autofac;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Framework.Plugins;

namespace OcopMarket.Web.Features.Shop;

/// <summary>The shop: cart, checkout, orders. Payment and shipping come from plugins.</summary>
public sealed class ShopModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<EnabledShopProviders>().As<IShopProviders>().InstancePerLifetimeScope();
    }
}
