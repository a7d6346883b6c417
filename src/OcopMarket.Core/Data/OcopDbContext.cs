using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Media;
using OcopMarket.Core.Places;
using OcopMarket.Core.Plugins;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Settings;

namespace OcopMarket.Core.Data;

/// <summary>The unit of work. Schema comes from FluentMigrator; this only maps.</summary>
public class OcopDbContext(DbContextOptions<OcopDbContext> options, ModelAssemblies modelAssemblies, AuditTrail? auditTrail = null)
    : IdentityDbContext<AppUser, AppRole, int>(options)
{
    public DbSet<AdminUnit> AdminUnits => Set<AdminUnit>();
    public DbSet<DisplayPoint> DisplayPoints => Set<DisplayPoint>();
    public DbSet<Producer> Producers => Set<Producer>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductImage> ProductImages => Set<ProductImage>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();
    public DbSet<PluginState> PluginStates => Set<PluginState>();
    public DbSet<Search.SearchIndexQueueItem> SearchIndexQueue => Set<Search.SearchIndexQueueItem>();
    public DbSet<EvaluationDossier> Dossiers => Set<EvaluationDossier>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<ProductChangeRequest> ProductChangeRequests => Set<ProductChangeRequest>();
    public DbSet<ProducerDocument> ProducerDocuments => Set<ProducerDocument>();
    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Orders.Cart> Carts => Set<Orders.Cart>();
    public DbSet<Orders.CartLine> CartLines => Set<Orders.CartLine>();
    public DbSet<Orders.Order> Orders => Set<Orders.Order>();
    public DbSet<Orders.Shipment> Shipments => Set<Orders.Shipment>();
    public DbSet<Orders.OrderLine> OrderLines => Set<Orders.OrderLine>();
    public DbSet<Orders.OrderEvent> OrderEvents => Set<Orders.OrderEvent>();
    public DbSet<Payments.Payment> Payments => Set<Payments.Payment>();
    public DbSet<Payments.Refund> Refunds => Set<Payments.Refund>();
    public DbSet<Payments.ProcessedWebhookEvent> ProcessedWebhookEvents => Set<Payments.ProcessedWebhookEvent>();
    public DbSet<DisplayPointPhoto> DisplayPointPhotos => Set<DisplayPointPhoto>();
    public DbSet<DisplayPointProduct> DisplayPointProducts => Set<DisplayPointProduct>();
    public DbSet<Places.Routes.TourismRoute> TourismRoutes => Set<Places.Routes.TourismRoute>();
    public DbSet<Places.Routes.TourismRouteStop> TourismRouteStops => Set<Places.Routes.TourismRouteStop>();
    public DbSet<Places.Routes.TourismRouteAgency> TourismRouteAgencies => Set<Places.Routes.TourismRouteAgency>();
    public DbSet<Places.Routes.ExperienceEnquiry> ExperienceEnquiries => Set<Places.Routes.ExperienceEnquiry>();
    public DbSet<Traceability.Lot> Lots => Set<Traceability.Lot>();
    public DbSet<Traceability.TraceLocation> TraceLocations => Set<Traceability.TraceLocation>();
    public DbSet<Traceability.TraceEvent> TraceEvents => Set<Traceability.TraceEvent>();
    public DbSet<Traceability.TraceEventDocument> TraceEventDocuments => Set<Traceability.TraceEventDocument>();
    public DbSet<Traceability.StampSeries> StampSeries => Set<Traceability.StampSeries>();
    public DbSet<Traceability.Stamp> Stamps => Set<Traceability.Stamp>();
    public DbSet<Traceability.StampScan> StampScans => Set<Traceability.StampScan>();
    public DbSet<Traceability.StampAnomaly> StampAnomalies => Set<Traceability.StampAnomaly>();
    public DbSet<Promotions.Campaign> Campaigns => Set<Promotions.Campaign>();
    public DbSet<Promotions.CampaignProduct> CampaignProducts => Set<Promotions.CampaignProduct>();
    public DbSet<Promotions.CampaignOptIn> CampaignOptIns => Set<Promotions.CampaignOptIn>();
    public DbSet<Promotions.Coupon> Coupons => Set<Promotions.Coupon>();
    public DbSet<Promotions.CouponRedemption> CouponRedemptions => Set<Promotions.CouponRedemption>();
    public DbSet<Promotions.FeaturedItem> FeaturedItems => Set<Promotions.FeaturedItem>();
    public DbSet<Fairs.TradeFair> TradeFairs => Set<Fairs.TradeFair>();
    public DbSet<Fairs.FairBooth> FairBooths => Set<Fairs.FairBooth>();
    public DbSet<Fairs.FairBoothProduct> FairBoothProducts => Set<Fairs.FairBoothProduct>();
    public DbSet<News.Article> Articles => Set<News.Article>();
    public DbSet<News.NewsletterSubscriber> NewsletterSubscribers => Set<News.NewsletterSubscriber>();
    public DbSet<Reviews.ProductReview> ProductReviews => Set<Reviews.ProductReview>();
    public DbSet<Reports.ReportTarget> ReportTargets => Set<Reports.ReportTarget>();
    public DbSet<Reports.ReportExport> ReportExports => Set<Reports.ReportExport>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var audit = auditTrail?.Capture(ChangeTracker);
        if (audit is null || audit.IsEmpty) return base.SaveChanges(acceptAllChangesOnSuccess);
        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        AuditLog.AddRange(audit.Complete());
        base.SaveChanges(acceptAllChangesOnSuccess);
        own?.Commit();
        return saved;
    }

    /// <summary>
    /// Audited changes and their log rows commit together: the change first (so new rows have ids),
    /// then the log, in one transaction (the caller's, if it has one).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var audit = auditTrail?.Capture(ChangeTracker);
        if (audit is null || audit.IsEmpty) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AuditLog.AddRange(audit.Complete());
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (own is not null) await own.CommitAsync(cancellationToken);
        return saved;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text; store UTC ticks instead.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
            configurationBuilder.Properties<decimal?>().HaveConversion<double?>();
        }
    }

    private static bool MapsEntities(System.Reflection.Assembly assembly) =>
        assembly.GetTypes().Any(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Only assemblies that map something: a plugin may bring migrations or nothing at all.
        foreach (var assembly in modelAssemblies.All.Where(MapsEntities))
            builder.ApplyConfigurationsFromAssembly(assembly);
    }
}
