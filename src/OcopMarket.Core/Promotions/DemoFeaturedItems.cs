using Autofac;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Seeding;
using OcopMarket.Core.Settings;

namespace OcopMarket.Core.Promotions;

/// <summary>
/// Once per database: the seeded "featured" products (Product.IsFeatured, the old switch) become the promotion staff's
/// ordered featured list, and their producers the featured producers. A flag in SiteSettings marks it done, so a list
/// the staff emptied on purpose stays empty after a restart.
/// </summary>
public sealed class DemoFeaturedItems(OcopDbContext db, TimeProvider time) : IDemoSeedStep
{
    public const string DoneKey = "Seed.FeaturedItemsCopied";

    public int Order => 65;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.SiteSettings.AnyAsync(s => s.Key == DoneKey, ct)) return;
        var products = await db.Products.AsNoTracking().Where(p => p.IsFeatured && p.IsPublished)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.ProducerId }).ToListAsync(ct);
        var already = await db.FeaturedItems.Select(f => new { f.ProductId, f.ProducerId }).ToListAsync(ct);
        var now = time.GetUtcNow();
        var order = 0;
        foreach (var p in products.Where(p => !already.Any(a => a.ProductId == p.Id)))
            db.FeaturedItems.Add(new FeaturedItem { Kind = FeaturedKind.Product, ProductId = p.Id, SortOrder = ++order, CreatedAt = now });
        order = 0;
        foreach (var producerId in products.Select(p => p.ProducerId).Distinct().Take(3).Where(id => !already.Any(a => a.ProducerId == id)))
            db.FeaturedItems.Add(new FeaturedItem { Kind = FeaturedKind.Producer, ProducerId = producerId, SortOrder = ++order, CreatedAt = now });
        db.SiteSettings.Add(new SiteSetting { Key = DoneKey, Value = now.ToString("O") });
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>The featured list's demo step.</summary>
public sealed class FeaturedCoreModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<DemoFeaturedItems>().As<IDemoSeedStep>().InstancePerLifetimeScope();
}
