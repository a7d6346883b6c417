using OcopMarket.Core.Catalog;
using OcopMarket.Core.Producers;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Catalog;

public static class ProducerProjections
{
    /// <summary>
    /// The producer card everywhere it appears (home page, producer list): place as recorded
    /// (commune, pre-2025 district) plus today's province, count of published products, first photo.
    /// </summary>
    public static IQueryable<ProducerCardModel> ToCards(this IQueryable<Producer> producers, IQueryable<Product> products) =>
        producers.Select(p => new ProducerCardModel(p.Id, p.Name, p.Slug, p.Type,
            p.Commune!.Name + (p.District != null ? ", " + p.District.Name : "") + ", " + p.Province!.Name,
            products.Count(x => x.ProducerId == p.Id && x.IsPublished),
            products.Where(x => x.ProducerId == p.Id).SelectMany(x => x.Images).OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault()));
}
