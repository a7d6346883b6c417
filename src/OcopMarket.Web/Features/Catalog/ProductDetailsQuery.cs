using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Features.Campaigns;
using OcopMarket.Web.Features.Reviews;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Catalog;

public sealed class ProductDetailsQuery(
    OcopDbContext db, CertificateStatusPolicy certificates, PlaceNames places, ProductReviewsQuery reviews, CampaignPricing pricing, CardPrices cardPrices)
{
    public async Task<ProductDetailsModel?> GetAsync(string slug, CancellationToken ct)
    {
        var p = await db.Products.AsNoTracking().Visible()
            .Include(x => x.Category).ThenInclude(c => c!.Parent)
            .Include(x => x.Producer)
            .Include(x => x.Images)
            .Include(x => x.Certificates)
            // One round trip: a product has a handful of images and certificates, so the joined rows stay few.
            .AsSingleQuery()
            .FirstOrDefaultAsync(x => x.Slug == slug, ct);
        if (p is null) return null;

        var badgeCert = certificates.BadgeCertificate(p.Certificates);
        StarBadgeModel? badge = badgeCert is null ? null : new(badgeCert.Stars, badgeCert.DecisionNumber, badgeCert.IssuingBody,
            badgeCert.CouncilLevel, badgeCert.IssuedOn, badgeCert.ExpiresOn, certificates.StatusOf(badgeCert) == CertificateStatus.Expiring);
        CertificationNoteModel? note = null;
        if (badge is null && CertificateStatusPolicy.Latest(p.Certificates) is { } latest)
            note = new(certificates.StatusOf(latest), latest.Stars, latest.DecisionNumber, latest.ExpiresOn, latest.RevokedOn);

        var producer = p.Producer!;
        var place = await places.ForAsync(producer.CommuneId, producer.DistrictId, producer.ProvinceId, ct);
        var today = certificates.Today;
        var related = await db.Products.AsNoTracking().Visible()
            .Where(x => x.Id != p.Id && (x.CategoryId == p.CategoryId || x.ProducerId == p.ProducerId))
            .OrderByDescending(x => x.CategoryId == p.CategoryId).ThenByDescending(x => x.StockQuantity > 0).ThenBy(x => x.Id)
            .Take(4).ToCards(today).ToListAsync(ct);
        if (related.Count < 4 && p.Category!.ParentId is { } parentId)
        {
            var have = related.Select(r => r.Id).Append(p.Id).ToList();
            related.AddRange(await db.Products.AsNoTracking().Visible()
                .Where(x => !have.Contains(x.Id) && x.Category!.ParentId == parentId)
                .OrderBy(x => x.Id).Take(4 - related.Count).ToCards(today).ToListAsync(ct));
        }

        related = await cardPrices.ApplyAsync(related, ct);
        var price = await pricing.PriceAsync(p.Id, ct) ?? new ProductPrice(p.Id, p.Price, p.Price);
        CampaignLinkModel? campaign = null;
        if (price.IsDiscounted && price.CampaignId is { } campaignId)
        {
            var endsAt = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.EndsAt).FirstAsync(ct);
            campaign = new CampaignLinkModel(Cultures.Pick(price.CampaignName ?? "", price.CampaignNameEn), price.CampaignSlug ?? "", endsAt);
        }

        var cat = p.Category!;
        return new ProductDetailsModel(
            p.Id, Cultures.Pick(p.Name, p.NameEn), p.Slug, p.ShortDescription, Cultures.Pick(p.Description, p.DescriptionEn), price.Price, p.Unit,
            p.StockQuantity, p.Gtin, p.WeightGrams,
            Cultures.Pick(cat.Name, cat.NameEn), cat.Slug, cat.Parent is null ? null : Cultures.Pick(cat.Parent.Name, cat.Parent.NameEn), cat.Parent?.Slug,
            new ProducerSummaryModel(producer.Id, producer.Name, producer.Slug, producer.Type, place),
            p.Images.OrderBy(i => i.SortOrder).Select(i => new ImageModel(i.MediaFileId, i.AltText ?? p.Name)).ToList(),
            badge, note, related, p.UpdatedAt)
        {
            Reviews = await reviews.ForProductAsync(p.Id, p.Slug, ct),
            ListPrice = price.IsDiscounted ? price.ListPrice : null,
            Campaign = campaign,
        };
    }
}
