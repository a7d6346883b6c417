using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Media;
using OcopMarket.Core.Places;
using OcopMarket.Core.Plugins;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Data;

/// <summary>The unit of work. Schema comes from FluentMigrator; this only maps.</summary>
public class OcopDbContext(DbContextOptions<OcopDbContext> options, ModelAssemblies modelAssemblies)
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

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text; store UTC ticks instead.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
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
