using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Data;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>
/// The cart as the buyer sees it: today's prices (campaign prices from <see cref="CampaignPricing"/>, what order placement
/// charges) and stock, grouped by producer (one parcel each).
/// </summary>
public sealed class CartQuery(OcopDbContext db, CartService carts, CampaignPricing pricing)
{
    /// <summary>A product that can be sold now, for the add-to-cart confirmation; null when it is not for sale.</summary>
    public async Task<AddToCartConfirmModel?> ProductToAddAsync(int productId, string quantity, string returnUrl, CancellationToken ct)
    {
        var model = await db.Products.AsNoTracking()
            .Where(p => p.Id == productId && p.IsPublished && p.ModerationStatus == ModerationStatus.Approved && p.Producer!.IsPublished)
            .Select(p => new AddToCartConfirmModel(p.Id, p.Name, p.Slug, p.Unit, p.Price,
                p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault(), p.StockQuantity, quantity, returnUrl))
            .SingleOrDefaultAsync(ct);
        if (model is null || await pricing.PriceAsync(productId, ct) is not { IsDiscounted: true } price) return model;
        return model with { Price = price.Price, ListPrice = price.ListPrice, CampaignName = Cultures.Pick(price.CampaignName ?? "", price.CampaignNameEn) };
    }

    public async Task<CartPageModel> GetAsync(CartOwner owner, CancellationToken ct)
    {
        if (!owner.IsKnown) return CartPageModel.Empty;
        var cart = await carts.FindAsync(owner, ct);
        if (cart is null || cart.Lines.Count == 0) return new CartPageModel(cart?.Id, []);
        var ids = cart.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.Name, p.NameEn, p.Slug, p.Unit, p.Price, p.StockQuantity, p.ProducerId, p.WeightGrams,
                ProducerName = p.Producer!.Name, ProducerSlug = p.Producer.Slug,
                Sold = p.IsPublished && p.ModerationStatus == ModerationStatus.Approved && p.Producer.IsPublished,
                ImageId = p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, ct);
        var prices = await pricing.PricesAsync(ids, ct);
        var groups = cart.Lines
            .Where(l => products.ContainsKey(l.ProductId))
            .OrderBy(l => l.AddedAt).ThenBy(l => l.Id)
            .GroupBy(l => products[l.ProductId].ProducerId)
            .Select(g =>
            {
                var first = products[g.First().ProductId];
                return new CartGroupModel(g.Key, first.ProducerName, first.ProducerSlug, g.Select(l =>
                {
                    var p = products[l.ProductId];
                    var price = prices.GetValueOrDefault(p.Id) ?? new ProductPrice(p.Id, p.Price, p.Price);
                    return new CartLineModel(l.Id, p.Id, Cultures.Pick(p.Name, p.NameEn), p.Slug, p.ImageId, p.Unit,
                        price.Price, l.PriceWhenAdded, l.Quantity, p.StockQuantity, p.Sold, p.WeightGrams ?? 0)
                    {
                        ListPrice = price.IsDiscounted ? price.ListPrice : null,
                        CampaignName = price.IsDiscounted ? Cultures.Pick(price.CampaignName ?? "", price.CampaignNameEn) : null,
                        CampaignSlug = price.IsDiscounted ? price.CampaignSlug : null,
                    };
                }).ToList());
            })
            .ToList();
        return new CartPageModel(cart.Id, groups);
    }
}
