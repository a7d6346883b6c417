using Autofac;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Reviews;

public sealed class ReviewsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<ReviewEligibility>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ReviewSubmission>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ReviewModeration>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ProducerReplies>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<RatingSummaryQuery>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<DemoReviewsSeed>().As<IDemoSeedStep>().AsSelf().InstancePerLifetimeScope();
    }
}
