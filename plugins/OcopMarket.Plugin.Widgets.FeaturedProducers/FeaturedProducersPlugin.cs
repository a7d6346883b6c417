using Autofac;
using FluentMigrator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Promotions;
using OcopMarket.Core.Data;
using OcopMarket.Core.Plugins;
using OcopMarket.Plugin.Widgets.FeaturedProducers;
using OcopMarket.Web.Framework.Widgets;

[assembly: OcopPlugin(typeof(FeaturedProducersPlugin))]

namespace OcopMarket.Plugin.Widgets.FeaturedProducers;

/// <summary>
/// A home-page strip of producers: the promotion staff's featured producers (core FeaturedItems, /admin/noi-bat) first,
/// in their order and date windows, then those with the most valid OCOP stars.
/// </summary>
public sealed class FeaturedProducersPlugin : IPlugin
{
    public const string Name = "Widgets.FeaturedProducers";
    public string SystemName => Name;
    public string FriendlyName => "Featured producers";
    public string Version => "1.0.0";
    public string Description => "Shows featured OCOP producers on the home page.";
}

/// <summary>
/// The plugin's own pins table. No longer read or written: since issue 8 the strip's pins are the core featured producers
/// (one list for the home page). The table, migration and mapping stay so existing databases keep their schema and the
/// plugin still shows how a plugin brings its own table.
/// </summary>
public sealed class FeaturedProducerPin
{
    public int Id { get; set; }
    public int ProducerId { get; set; }
    public int SortOrder { get; set; }
}

[Migration(2026112601, "Plugin Widgets.FeaturedProducers: pins")]
public sealed class FeaturedProducerPinsMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up() =>
        Create.Table("FeaturedProducerPins")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProducerId").AsInt32().NotNullable().ForeignKey("Producers", "Id")
            .WithColumn("SortOrder").AsInt32().NotNullable();

    public override void Down() => Delete.Table("FeaturedProducerPins");
}

internal sealed class FeaturedProducerPinConfiguration : IEntityTypeConfiguration<FeaturedProducerPin>
{
    public void Configure(EntityTypeBuilder<FeaturedProducerPin> b) => b.ToTable("FeaturedProducerPins");
}

public sealed class FeaturedProducersWidget : IWidget
{
    public string PluginSystemName => FeaturedProducersPlugin.Name;
    public IReadOnlyCollection<string> Zones { get; } = [WidgetZones.HomeAfterFeatured];
    public string ViewComponentName => "FeaturedProducers";
}

public sealed record FeaturedProducerModel(string Name, string Slug, string Commune, int CertifiedProducts, int TopStars);

public sealed class FeaturedProducersViewComponent(OcopDbContext db, CertificateStatusPolicy certificates, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var badge = CertificateStatusPolicy.BadgeValidOn(certificates.Today);
        var day = VietnamTime.Today(time);
        var pins = db.FeaturedItems.Where(f => f.Kind == FeaturedKind.Producer
            && (f.StartsOn == null || f.StartsOn <= day) && (f.EndsOn == null || f.EndsOn >= day));
        var producers = await db.Producers.AsNoTracking().Where(p => p.IsPublished)
            .Select(p => new
            {
                p.Name,
                p.Slug,
                Commune = p.Commune!.Name,
                Pin = pins.Where(x => x.ProducerId == p.Id).Min(x => (int?)x.SortOrder),
                Certified = db.Products.Count(x => x.ProducerId == p.Id && x.IsPublished && x.Certificates.AsQueryable().Any(badge)),
                TopStars = db.Products.Where(x => x.ProducerId == p.Id && x.IsPublished).SelectMany(x => x.Certificates).AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0,
            })
            .Where(p => p.Certified > 0 || p.Pin != null)
            .OrderBy(p => p.Pin == null).ThenBy(p => p.Pin).ThenByDescending(p => p.TopStars).ThenByDescending(p => p.Certified).ThenBy(p => p.Name)
            .Take(4).ToListAsync();
        return View(producers.Select(p => new FeaturedProducerModel(p.Name, p.Slug, p.Commune, p.Certified, p.TopStars)).ToList());
    }
}

public sealed class FeaturedProducersModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<FeaturedProducersWidget>().As<IWidget>().SingleInstance();
}
