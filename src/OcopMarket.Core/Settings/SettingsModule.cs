using Autofac;

namespace OcopMarket.Core.Settings;

/// <summary>Registers the site settings service (scoped: it saves through the request's unit of work; its cache is shared).</summary>
public sealed class SettingsModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<SiteSettings>().As<ISiteSettings>().InstancePerLifetimeScope();
}
