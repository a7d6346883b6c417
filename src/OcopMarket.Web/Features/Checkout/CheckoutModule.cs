using Autofac;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>The buyer's side of the shop: cart, checkout, order pages, confirmation e-mail, guest cart merge on sign-in.</summary>
public sealed class CheckoutModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CartService>().InstancePerLifetimeScope();
        builder.RegisterType<CartQuery>().InstancePerLifetimeScope();
        builder.RegisterType<CurrentCart>().InstancePerLifetimeScope();
        builder.RegisterType<PlacedOrders>().InstancePerLifetimeScope();
        builder.RegisterType<CheckoutPages>().InstancePerLifetimeScope();
        builder.RegisterType<OrderPageQuery>().InstancePerLifetimeScope();
        builder.RegisterType<OrderConfirmationEmail>().InstancePerLifetimeScope();
        builder.RegisterType<MergeCartOnSignIn>().As<IPostConfigureOptions<CookieAuthenticationOptions>>().SingleInstance();
    }
}
