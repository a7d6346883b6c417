using Autofac;
using OcopMarket.Web.Features.Newsletter;

namespace OcopMarket.Web.Features.News;

public sealed class NewsWebModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<NewsPages>().InstancePerLifetimeScope();
        builder.RegisterType<ArticleEditor>().InstancePerLifetimeScope();
        builder.RegisterType<NewsletterMail>().InstancePerLifetimeScope();
        builder.RegisterType<NewsletterDesk>().InstancePerLifetimeScope();
    }
}
