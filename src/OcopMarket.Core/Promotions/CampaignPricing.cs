using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Promotions;

/// <summary>A product's price now: its own (<see cref="ListPrice"/>) and what the buyer pays (<see cref="Price"/>).</summary>
public sealed record ProductPrice(int ProductId, long ListPrice, long Price, int? CampaignId = null, string? CampaignName = null, string? CampaignNameEn = null, string? CampaignSlug = null)
{
    public bool IsDiscounted => Price < ListPrice;
    public long Saving => ListPrice - Price;
}

/// <summary>
/// Prices products with the campaigns live at this moment (by the clock: campaigns start and end on their own).
/// A product in several live campaigns gets the single largest discount; campaigns never stack. The ONE price
/// source for cards, product pages, the cart and order placement.
/// </summary>
public sealed class CampaignPricing(OcopDbContext db, TimeProvider time, CertificateStatusPolicy certificates)
{
    public async Task<IReadOnlyDictionary<int, ProductPrice>> PricesAsync(IReadOnlyCollection<int> productIds, CancellationToken ct = default)
    {
        if (productIds.Count == 0) return new Dictionary<int, ProductPrice>();
        var ids = productIds.Distinct().ToList();
        var products = await ProductFactsAsync(ids, ct);
        var live = await LiveCampaignsAsync(ct);
        return products.ToDictionary(p => p.Id, p => Best(p, live));
    }

    public async Task<ProductPrice?> PriceAsync(int productId, CancellationToken ct = default) =>
        (await PricesAsync([productId], ct)).GetValueOrDefault(productId);

    /// <summary>
    /// Ids of the published products a campaign covers now (its landing page), whether or not it is live.
    /// <paramref name="asIfOptedIn"/>: count that producer as opted in (the portal shows what joining would cover).
    /// </summary>
    public async Task<IReadOnlyList<int>> ProductIdsAsync(int campaignId, CancellationToken ct = default, int? asIfOptedIn = null)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Products).Include(c => c.OptIns)
            .SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null) return [];
        if (asIfOptedIn is { } producerId && campaign.OptIns.All(o => o.ProducerId != producerId))
            campaign.OptIns.Add(new CampaignOptIn { CampaignId = campaignId, ProducerId = producerId });
        var candidates = campaign.Scope == CampaignScope.Products
            ? campaign.Products.Select(p => p.ProductId).ToList()
            : await db.Products.Where(p => p.IsPublished && p.Producer!.IsPublished).Select(p => p.Id).ToListAsync(ct);
        var facts = await ProductFactsAsync(candidates, ct);
        return facts.Where(f => f.IsPublished && Covers(campaign, f)).Select(f => f.Id).ToList();
    }

    private sealed record ProductFacts(int Id, long Price, int ProducerId, int CommuneId, int? TodaysCommuneId, int ProvinceId, int CategoryId, int? ParentCategoryId, int? Stars, bool IsPublished);

    private async Task<List<ProductFacts>> ProductFactsAsync(List<int> ids, CancellationToken ct)
    {
        var badge = CertificateStatusPolicy.BadgeValidOn(certificates.Today);
        return await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            // A producer recorded in a pre-2025 commune lies in the commune it merged into (a rule names today's units).
            .Select(p => new ProductFacts(p.Id, p.Price, p.ProducerId, p.Producer!.CommuneId, p.Producer.Commune!.SuccessorId, p.Producer.ProvinceId,
                p.CategoryId, p.Category!.ParentId,
                p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars),
                p.IsPublished && p.Producer.IsPublished))
            .ToListAsync(ct);
    }

    private async Task<List<Campaign>> LiveCampaignsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // Few campaigns run at once; comparing in memory keeps DateTimeOffset handling identical on SQLite and PostgreSQL.
        var candidates = await db.Campaigns.AsNoTracking().Where(c => c.IsPublished)
            .Include(c => c.Products).Include(c => c.OptIns).ToListAsync(ct);
        return candidates.Where(c => c.IsLiveAt(now)).ToList();
    }

    private static bool Covers(Campaign c, ProductFacts p)
    {
        if (c.RequiresProducerOptIn && !c.OptIns.Any(o => o.ProducerId == p.ProducerId)) return false;
        if (c.Scope == CampaignScope.Products) return c.Products.Any(x => x.ProductId == p.Id);
        if (c.RuleMinStars is { } stars && (p.Stars ?? 0) < stars) return false;
        if (c.RuleAdminUnitId is { } unit && unit != p.CommuneId && unit != p.TodaysCommuneId && unit != p.ProvinceId) return false;
        if (c.RuleCategoryId is { } category && category != p.CategoryId && category != p.ParentCategoryId) return false;
        return true;
    }

    private static ProductPrice Best(ProductFacts p, List<Campaign> live)
    {
        var best = live.Where(c => Covers(c, p))
            .Select(c => (Campaign: c, Discount: DiscountMath.DiscountOn(p.Price, c.DiscountKind, c.DiscountValue, c.MaxDiscountPerUnit)))
            .Where(x => x.Discount > 0)
            .OrderByDescending(x => x.Discount).ThenBy(x => x.Campaign.EndsAt).ThenBy(x => x.Campaign.Id)
            .FirstOrDefault();
        return best.Campaign is null
            ? new ProductPrice(p.Id, p.Price, p.Price)
            : new ProductPrice(p.Id, p.Price, p.Price - best.Discount, best.Campaign.Id, best.Campaign.Name, best.Campaign.NameEn, best.Campaign.Slug);
    }
}
