using Autofac;

namespace OcopMarket.Web.Features.RegisterImport;

/// <summary>The import screens' helpers: the upload store and the message text.</summary>
public sealed class RegisterImportWebModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<ImportUploadStore>().SingleInstance();
        builder.RegisterType<ImportMessageText>().InstancePerLifetimeScope();
        builder.RegisterType<RegisterTemplate>().InstancePerLifetimeScope();
    }
}
