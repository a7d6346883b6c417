using Autofac;

namespace OcopMarket.Web.Features.Media;

public sealed class MediaWebModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<UploadProblems>().InstancePerLifetimeScope();
        builder.RegisterType<ReplaceableImage>().InstancePerLifetimeScope();
    }
}
