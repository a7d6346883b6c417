using Autofac;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;

namespace OcopMarket.Core.Seeding;

/// <summary>
/// Demo shelves: each seeded display point stocks goods of the producers in its own province (shops carry
/// all of them, hotel corners, kiosks and rest stops every other one; tourism services are never on a shelf).
/// Runs on every demo start but only writes while the table is empty, so it also fills databases seeded
/// before the table existed and never undoes the office's choices.
/// </summary>
public sealed class DemoDisplayPointStock(OcopDbContext db) : IDemoSeedStep
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Set<DisplayPointProduct>().AnyAsync(ct)) return;
        var points = await db.DisplayPoints.AsNoTracking()
            .Select(p => new { p.Id, p.Type, ProvinceId = p.Commune!.ParentId })
            .ToListAsync(ct);
        var products = await db.Products.AsNoTracking()
            .Where(p => !p.Category!.Code.StartsWith("6")) // group 6 and its subgroups "6.x": tours and stays
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Producer!.ProvinceId })
            .ToListAsync(ct);
        foreach (var point in points)
        {
            var nearby = products.Where(p => p.ProvinceId == point.ProvinceId).ToList();
            var shelf = point.Type == DisplayPointType.Shop ? nearby : nearby.Where((_, i) => i % 2 == 0);
            db.Set<DisplayPointProduct>().AddRange(shelf.Select(p => new DisplayPointProduct { DisplayPointId = point.Id, ProductId = p.Id }));
        }
        await db.SaveChangesAsync(ct);
    }
}

public sealed class DemoDisplayPointStockModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<DemoDisplayPointStock>().As<IDemoSeedStep>().AsSelf().InstancePerLifetimeScope();
}
