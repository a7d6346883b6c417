using Autofac;
using OcopMarket.Core.Search;
using OcopMarket.Web.Framework.Search;

namespace OcopMarket.Web.Features.Search;

public sealed class SearchModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<DatabaseSearchProvider>().AsSelf().As<ISearchProvider>().InstancePerLifetimeScope();
        builder.RegisterType<SearchProviderSelector>().As<ISearchProviderSelector>().InstancePerLifetimeScope();
        builder.RegisterType<SearchIndexQueueWorker>().AsSelf().As<IHostedService>().SingleInstance();
    }
}
