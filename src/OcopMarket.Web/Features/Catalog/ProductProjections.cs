using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>One projection of a product into a card, shared by every listing so cards look and cost the same everywhere.</summary>
public static class ProductProjections
{
    public static IQueryable<ProductCardModel> ToCards(this IQueryable<Product> products, DateOnly today)
    {
        var badge = CertificateStatusPolicy.BadgeValidOn(today);
        return products.Select(p => new ProductCardModel(
            p.Id, p.Name, p.Slug, p.Price, p.Unit, p.StockQuantity,
            p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault(),
            p.Producer!.Name, p.Producer.Slug,
            p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars),
            p.Producer.Commune!.Name));
    }

    /// <summary>Products a shopper may see.</summary>
    public static IQueryable<Product> Visible(this IQueryable<Product> products) =>
        products.Where(p => p.IsPublished && p.Producer!.IsPublished);
}
