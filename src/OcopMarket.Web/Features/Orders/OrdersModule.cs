using Autofac;

namespace OcopMarket.Web.Features.Orders;

/// <summary>What the admin order screens and the producer portal's parcels share.</summary>
public sealed class OrdersModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<OrderDetails>().InstancePerLifetimeScope();
        builder.RegisterType<OrderMessages>().InstancePerLifetimeScope();
    }
}
