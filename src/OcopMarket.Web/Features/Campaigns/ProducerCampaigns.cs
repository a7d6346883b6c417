using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Features.Campaigns;

public sealed record PortalCampaignProduct(int Id, string Name, string Slug, long ListPrice, long CampaignPrice);

/// <summary>An opt-in campaign as a producer sees it: which of its products it would cover and at what price.</summary>
public sealed record PortalCampaignModel(
    int Id, string Name, string Slug, string Summary, DateTimeOffset StartsAt, DateTimeOffset EndsAt, CampaignStatus Status,
    DiscountKind DiscountKind, long DiscountValue, long? MaxDiscountPerUnit, bool OptedIn, DateTimeOffset? OptedInAt,
    IReadOnlyList<PortalCampaignProduct> Products);

/// <summary>
/// Producer opt-in: the campaigns that require it (upcoming or live), the producer's products each would cover, and
/// joining or leaving. Always for the signed-in user's own producer; another campaign id gives null (404).
/// </summary>
public sealed class ProducerCampaigns(OcopDbContext db, CampaignPricing pricing, IOutputCacheStore pages, CampaignScheduleSignal schedule, TimeProvider time)
{
    public async Task<IReadOnlyList<PortalCampaignModel>> ListAsync(int producerId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var campaigns = await db.Campaigns.AsNoTracking().Include(c => c.OptIns)
            .Where(c => c.IsPublished && c.RequiresProducerOptIn && c.EndsAt > now)
            .OrderBy(c => c.StartsAt).ToListAsync(ct);
        var result = new List<PortalCampaignModel>();
        foreach (var c in campaigns)
            result.Add(await ModelAsync(c, producerId, now, ct));
        return result;
    }

    /// <summary>Joins (or leaves) a campaign open for opt-in; false when there is no such campaign.</summary>
    public async Task<bool> SetOptInAsync(int campaignId, int producerId, int? userId, bool optIn, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var campaign = await db.Campaigns.Include(c => c.OptIns)
            .FirstOrDefaultAsync(c => c.Id == campaignId && c.IsPublished && c.RequiresProducerOptIn, ct);
        if (campaign is null || campaign.EndsAt <= now) return false;
        var mine = campaign.OptIns.FirstOrDefault(o => o.ProducerId == producerId);
        if (optIn && mine is null)
            campaign.OptIns.Add(new CampaignOptIn { ProducerId = producerId, OptedInAt = now, UserId = userId });
        else if (!optIn && mine is not null)
            campaign.OptIns.Remove(mine);
        else return true;
        await db.SaveChangesAsync(ct);
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
        schedule.Changed();
        return true;
    }

    /// <summary>The producer's products the campaign covers, or would cover once it opts in (CampaignPricing's own rule).</summary>
    private async Task<PortalCampaignModel> ModelAsync(Campaign c, int producerId, DateTimeOffset now, CancellationToken ct)
    {
        var mine = c.OptIns.FirstOrDefault(o => o.ProducerId == producerId);
        var covered = await CoveredIfOptedInAsync(c, producerId, ct);
        var products = await db.Products.AsNoTracking().Where(p => covered.Contains(p.Id)).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.NameEn, p.Slug, p.Price }).ToListAsync(ct);
        return new PortalCampaignModel(c.Id, Cultures.Pick(c.Name, c.NameEn), c.Slug, Cultures.Pick(c.Summary, c.SummaryEn), c.StartsAt, c.EndsAt,
            CampaignStatuses.Of(c, now), c.DiscountKind, c.DiscountValue, c.MaxDiscountPerUnit, mine is not null, mine?.OptedInAt,
            products.Select(p => new PortalCampaignProduct(p.Id, Cultures.Pick(p.Name, p.NameEn), p.Slug, p.Price,
                p.Price - DiscountMath.DiscountOn(p.Price, c.DiscountKind, c.DiscountValue, c.MaxDiscountPerUnit))).ToList());
    }

    private async Task<IReadOnlyList<int>> CoveredIfOptedInAsync(Campaign c, int producerId, CancellationToken ct) =>
        await OwnAsync(await pricing.ProductIdsAsync(c.Id, ct, asIfOptedIn: producerId), producerId, ct);

    private async Task<IReadOnlyList<int>> OwnAsync(IReadOnlyList<int> ids, int producerId, CancellationToken ct) =>
        await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id) && p.ProducerId == producerId).Select(p => p.Id).ToListAsync(ct);
}
