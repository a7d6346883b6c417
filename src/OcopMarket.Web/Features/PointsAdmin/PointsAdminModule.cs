using Autofac;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>The office's display point screens: list, editor, photos, products stocked.</summary>
public sealed class PointsAdminModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<PointsRefresh>().InstancePerLifetimeScope();
        builder.RegisterType<PointList>().InstancePerLifetimeScope();
        builder.RegisterType<PointEditor>().InstancePerLifetimeScope();
        builder.RegisterType<PointPhotos>().InstancePerLifetimeScope();
        builder.RegisterType<PointShelf>().InstancePerLifetimeScope();
        builder.RegisterType<OpeningHoursText>().InstancePerLifetimeScope();
    }
}
