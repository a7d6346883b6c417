using Autofac;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.News;

public sealed class NewsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<ArticleRenderer>().SingleInstance();
        builder.RegisterType<NewsletterSubscriptions>().InstancePerLifetimeScope();
        builder.RegisterType<DemoNewsSeed>().As<IDemoSeedStep>().AsSelf().InstancePerLifetimeScope();
    }
}
