using OcopMarket.Core.Promotions;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Campaigns;

/// <summary>
/// Puts today's prices on product cards after a listing's query: every card's price comes from
/// <see cref="CampaignPricing"/> (the one price source), with the list price and the campaign when it is discounted.
/// Every listing (home, category, search, producer, display point, route, campaign page) calls this once per page.
/// </summary>
public sealed class CardPrices(CampaignPricing pricing)
{
    public async Task<List<ProductCardModel>> ApplyAsync(IReadOnlyList<ProductCardModel> cards, CancellationToken ct)
    {
        if (cards.Count == 0) return [];
        var prices = await pricing.PricesAsync(cards.Select(c => c.Id).ToList(), ct);
        return cards.Select(c => prices.TryGetValue(c.Id, out var p) ? With(c, p) : c).ToList();
    }

    private static ProductCardModel With(ProductCardModel card, ProductPrice price) => price.IsDiscounted
        ? card with
        {
            Price = price.Price, ListPrice = price.ListPrice,
            CampaignName = Cultures.Pick(price.CampaignName ?? "", price.CampaignNameEn), CampaignSlug = price.CampaignSlug,
        }
        : card with { Price = price.ListPrice, ListPrice = null, CampaignName = null, CampaignSlug = null };
}
