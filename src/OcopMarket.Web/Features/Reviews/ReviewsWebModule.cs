using Autofac;

namespace OcopMarket.Web.Features.Reviews;

public sealed class ReviewsWebModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<ProductReviewsQuery>().InstancePerLifetimeScope();
        builder.RegisterType<MyReviewsQuery>().InstancePerLifetimeScope();
        builder.RegisterType<ReviewAdminList>().InstancePerLifetimeScope();
        builder.RegisterType<ReviewDetails>().InstancePerLifetimeScope();
    }
}
