using Autofac;
using Microsoft.Extensions.Configuration;
using OcopMarket.Core.Payments;

namespace OcopMarket.Plugin.Payments.Stripe;

/// <summary>Marker for the plugin's strings (Resources/StripeResource.*.resx).</summary>
public sealed class StripeResource;

public sealed class StripeModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(c => c.Resolve<IConfiguration>().GetSection(StripeOptions.Section).Get<StripeOptions>() ?? new StripeOptions())
            .AsSelf().SingleInstance();
        builder.RegisterType<StripeApi>().AsSelf().SingleInstance();
        builder.RegisterType<StripeCheckout>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<StripeWebhookHandler>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<StripePaymentProvider>().As<IPaymentProvider>().AsSelf().InstancePerLifetimeScope();
    }
}
