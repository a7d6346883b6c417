using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Web.Features.Campaigns;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>Cards for the products a search provider found, in the provider's order.</summary>
public sealed class ProductCards(OcopDbContext db, CardPrices prices)
{
    public async Task<IReadOnlyList<ProductCardModel>> ForIdsAsync(IReadOnlyList<int> ids, DateOnly today, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var cards = await db.Products.AsNoTracking().Visible().Where(p => ids.Contains(p.Id)).ToCards(today).ToDictionaryAsync(c => c.Id, ct);
        // An id the index still has but the database no longer shows is skipped, not an error.
        return await prices.ApplyAsync(ids.Where(cards.ContainsKey).Select(id => cards[id]).ToList(), ct);
    }
}
