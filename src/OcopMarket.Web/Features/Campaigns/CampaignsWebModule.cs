using Autofac;

namespace OcopMarket.Web.Features.Campaigns;

public sealed class CampaignsWebModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CardPrices>().InstancePerLifetimeScope();
        builder.RegisterType<CampaignEditor>().InstancePerLifetimeScope();
        builder.RegisterType<CampaignPages>().InstancePerLifetimeScope();
        builder.RegisterType<ProducerCampaigns>().InstancePerLifetimeScope();
        builder.RegisterType<CampaignScheduleSignal>().SingleInstance();
        builder.RegisterType<CampaignBoundaryService>().AsSelf().As<IHostedService>().SingleInstance();
    }
}
