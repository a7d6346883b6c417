using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Campaigns;

/// <summary>The public campaign pages: live and upcoming campaigns, a campaign's landing page, the home page's banners.</summary>
public sealed class CampaignPages(OcopDbContext db, CampaignPricing pricing, CardPrices prices, CertificateStatusPolicy certificates, TimeProvider time)
{
    public const int PageSize = 24;

    /// <summary>Published campaigns that have not ended: live first (ending soonest), then upcoming (starting soonest).</summary>
    public async Task<IReadOnlyList<CampaignCardModel>> CurrentAsync(bool liveOnly, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var rows = await db.Campaigns.AsNoTracking().Where(c => c.IsPublished && c.EndsAt > now).ToListAsync(ct);
        return rows.Select(c => Card(c, now))
            .Where(c => !liveOnly || c.Status == CampaignStatus.Live)
            .OrderBy(c => c.Status == CampaignStatus.Live ? 0 : 1)
            .ThenBy(c => c.Status == CampaignStatus.Live ? c.EndsAt : c.StartsAt)
            .ToList();
    }

    /// <summary>A published campaign's landing page, also after it ended (then at normal prices); null when there is none.</summary>
    public async Task<CampaignPageModel?> GetAsync(string slug, int page, CancellationToken ct)
    {
        var c = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug && x.IsPublished, ct);
        if (c is null) return null;
        var card = Card(c, time.GetUtcNow());
        var ids = await pricing.ProductIdsAsync(c.Id, ct);
        var pager = new PagerModel(Math.Max(1, page), PageSize, ids.Count);
        if (pager.Page > pager.TotalPages) return null;
        var onPage = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((pager.Page - 1) * PageSize).Take(PageSize)
            .ToCards(certificates.Today).ToListAsync(ct);
        // CardPrices gives today's prices: this campaign's while it is live, normal ones before and after.
        var products = await prices.ApplyAsync(onPage, ct);
        return new CampaignPageModel(card, Cultures.Pick(c.Description, c.DescriptionEn), c.RequiresProducerOptIn, products, pager);
    }

    private static CampaignCardModel Card(Campaign c, DateTimeOffset now) => new(
        c.Id, Cultures.Pick(c.Name, c.NameEn), c.Slug, Cultures.Pick(c.Summary, c.SummaryEn), c.BannerMediaFileId, c.StartsAt, c.EndsAt,
        CampaignStatuses.Of(c, now), new CampaignDiscountModel(c.DiscountKind, c.DiscountValue, c.MaxDiscountPerUnit));
}
