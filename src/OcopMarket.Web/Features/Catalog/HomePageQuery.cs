using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;
using OcopMarket.Web.Features.Places;

namespace OcopMarket.Web.Features.Catalog;

public sealed class HomePageQuery(OcopDbContext db, CertificateStatusPolicy certificates, CategoryTree categories)
{
    public async Task<HomePageModel> GetAsync(CancellationToken ct)
    {
        var today = certificates.Today;
        var badge = CertificateStatusPolicy.BadgeValidOn(today);
        var visible = db.Products.AsNoTracking().Visible();

        var featured = await visible.Where(p => p.IsFeatured)
            .OrderByDescending(p => p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0)
            .ThenByDescending(p => p.CreatedAt)
            .ToCards(today).Take(8).ToListAsync(ct);

        var producers = await db.Producers.AsNoTracking().Where(p => p.IsPublished)
            .OrderBy(p => p.Name)
            .ToCards(db.Products)
            .Take(6).ToListAsync(ct);

        var points = await db.DisplayPoints.AsNoTracking().Where(d => d.IsPublished).OrderBy(d => d.Name)
            .ToCards()
            .Take(4).ToListAsync(ct);

        var productCount = await visible.CountAsync(ct);
        var producerCount = await db.Producers.CountAsync(p => p.IsPublished, ct);
        var certifiedCount = await visible.CountAsync(p => p.Certificates.AsQueryable().Any(badge), ct);
        var groups = await categories.GetAsync(ct);
        return new HomePageModel(featured, groups, producers, points, productCount, producerCount, certifiedCount);
    }
}
