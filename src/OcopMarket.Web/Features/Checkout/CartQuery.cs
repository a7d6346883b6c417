using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>The cart as the buyer sees it: today's prices and stock, grouped by producer (one parcel each).</summary>
public sealed class CartQuery(OcopDbContext db, CartService carts)
{
    /// <summary>A product that can be sold now, for the add-to-cart confirmation; null when it is not for sale.</summary>
    public Task<AddToCartConfirmModel?> ProductToAddAsync(int productId, string quantity, string returnUrl, CancellationToken ct) =>
        db.Products.AsNoTracking()
            .Where(p => p.Id == productId && p.IsPublished && p.ModerationStatus == ModerationStatus.Approved && p.Producer!.IsPublished)
            .Select(p => new AddToCartConfirmModel(p.Id, p.Name, p.Slug, p.Unit, p.Price,
                p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault(), p.StockQuantity, quantity, returnUrl))
            .SingleOrDefaultAsync(ct);

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
                    return new CartLineModel(l.Id, p.Id, Cultures.Pick(p.Name, p.NameEn), p.Slug, p.ImageId, p.Unit,
                        p.Price, l.PriceWhenAdded, l.Quantity, p.StockQuantity, p.Sold, p.WeightGrams ?? 0);
                }).ToList());
            })
            .ToList();
        return new CartPageModel(cart.Id, groups);
    }
}
