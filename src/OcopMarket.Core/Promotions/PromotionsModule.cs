using Autofac;

namespace OcopMarket.Core.Promotions;

public sealed class PromotionsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CampaignPricing>().InstancePerLifetimeScope();
    }
}
