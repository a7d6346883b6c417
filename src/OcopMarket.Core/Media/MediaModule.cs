using Autofac;

namespace OcopMarket.Core.Media;

/// <summary>The image pipeline: validated uploads, sized variants and the placeholder.</summary>
public sealed class MediaModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<MediaPaths>().SingleInstance();
        // One cache per process so concurrent requests for the same file share the work.
        builder.RegisterType<MediaFileCache>().SingleInstance();
        builder.RegisterType<ImageResizer>().SingleInstance();
        builder.RegisterType<PlaceholderRenderer>().SingleInstance();
        builder.RegisterType<SkiaImageStore>().As<IImageStore>().InstancePerLifetimeScope();
        builder.RegisterType<MediaVariants>().InstancePerLifetimeScope();
    }
}
