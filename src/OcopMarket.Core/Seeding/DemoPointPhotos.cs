using Autofac;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Media;
using OcopMarket.Core.Places;

namespace OcopMarket.Core.Seeding;

/// <summary>
/// Demo photos: each seeded display point without a photo gets a drawn shop front (its name on the sign, the
/// colours of its type), stored through the same image pipeline as uploads. Points the office created are left
/// alone. Idempotent: a point that has any photo is skipped.
/// </summary>
public sealed class DemoPointPhotos(OcopDbContext db, IImageStore images, ShopFrontRenderer renderer) : IDemoSeedStep
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var slugs = DemoCatalog.DisplayPoints.Select(p => SlugGenerator.Generate(p.Name)).ToList();
        var bare = await db.DisplayPoints.AsNoTracking()
            .Where(p => slugs.Contains(p.Slug) && !p.Photos.Any())
            .Select(p => new { p.Id, p.Name, p.Type })
            .ToListAsync(ct);
        if (bare.Count == 0) return;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var point in bare)
        {
            using var jpeg = new MemoryStream(renderer.Render(point.Name, point.Type, point.Id));
            var saved = await images.SaveAsync(jpeg, SlugGenerator.Generate(point.Name) + ".jpg", ct);
            if (!saved.Succeeded) throw new InvalidOperationException($"The demo photo of {point.Name} was refused: {saved.Error}.");
            db.DisplayPointPhotos.Add(new DisplayPointPhoto { DisplayPointId = point.Id, MediaFileId = saved.File!.Id, SortOrder = 0, AltText = point.Name });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}

public sealed class DemoPointPhotosModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<ShopFrontRenderer>().SingleInstance();
        builder.RegisterType<DemoPointPhotos>().As<IDemoSeedStep>().AsSelf().InstancePerLifetimeScope();
    }
}
