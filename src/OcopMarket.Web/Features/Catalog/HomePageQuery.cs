using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Features.Featured;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;
using OcopMarket.Web.Features.Places;
using OcopMarket.Web.Features.Campaigns;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>
/// The home page. "Featured products" and "Meet the producers" follow the promotion staff's lists (/admin/noi-bat) in
/// their order, with the items whose date window holds today (Việt Nam's day); an empty list falls back to the older
/// rule (products flagged featured by stars, producers by name), so a fresh database still has a full home page.
/// </summary>
public sealed class HomePageQuery(OcopDbContext db, CertificateStatusPolicy certificates, CategoryTree categories, TimeProvider time, CardPrices prices)
{
    public async Task<HomePageModel> GetAsync(CancellationToken ct)
    {
        var today = certificates.Today;
        var badge = CertificateStatusPolicy.BadgeValidOn(today);
        var visible = db.Products.AsNoTracking().Visible();

        var day = VietnamTime.Today(time);
        var shownToday = db.FeaturedItems.Where(f => (f.StartsOn == null || f.StartsOn <= day) && (f.EndsOn == null || f.EndsOn >= day));
        var featured = await visible
            .Select(p => new { Product = p, Order = shownToday.Where(f => f.Kind == FeaturedKind.Product && f.ProductId == p.Id).Min(f => (int?)f.SortOrder) })
            .Where(x => x.Order != null).OrderBy(x => x.Order).Select(x => x.Product)
            .ToCards(today).Take(FeaturedList.ProductsShown).ToListAsync(ct);
        // Nothing featured today: the older rule, leaving out listed items whose dates are not today.
        if (featured.Count == 0)
        {
            featured = await visible.Where(p => !db.FeaturedItems.Any(f => f.ProductId == p.Id))
                .OrderByDescending(p => p.IsFeatured)
                .ThenByDescending(p => p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0)
                .ThenByDescending(p => p.CreatedAt)
                .ToCards(today).Take(FeaturedList.ProductsShown).ToListAsync(ct);
        }

        featured = await prices.ApplyAsync(featured, ct);

        var producers = await db.Producers.AsNoTracking().Where(p => p.IsPublished)
            .Select(p => new { Producer = p, Order = shownToday.Where(f => f.Kind == FeaturedKind.Producer && f.ProducerId == p.Id).Min(f => (int?)f.SortOrder) })
            .Where(x => x.Order != null).OrderBy(x => x.Order).Select(x => x.Producer)
            .ToCards(db.Products)
            .Take(FeaturedList.ProducersShown).ToListAsync(ct);
        if (producers.Count == 0)
        {
            producers = await db.Producers.AsNoTracking().Where(p => p.IsPublished && !db.FeaturedItems.Any(f => f.ProducerId == p.Id))
                .OrderBy(p => p.Name)
                .ToCards(db.Products)
                .Take(FeaturedList.ProducersShown).ToListAsync(ct);
        }

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
