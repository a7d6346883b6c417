using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Places;

/// <summary>
/// Every published display point as a card with its open state now, first photo and the producers whose goods it
/// stocks. The whole network is a few hundred points at most and the map shows them all, so the list, the
/// GeoJSON feed and "near me" load them in two queries and filter in memory.
/// </summary>
public sealed class DisplayPointDirectory(OcopDbContext db, PointClock clock)
{
    public async Task<List<PointCardModel>> LoadAsync(CancellationToken ct) => await LoadAsync(db.DisplayPoints.Where(d => d.IsPublished), ct);

    public async Task<List<PointCardModel>> LoadAsync(IQueryable<DisplayPoint> points, CancellationToken ct)
    {
        var rows = await points.AsNoTracking()
            .Select(d => new
            {
                d.Id, d.Name, d.Slug, d.Type, d.Address, Commune = d.Commune!.Name, ProvinceId = d.Commune.ParentId,
                Province = d.Commune.Parent != null ? d.Commune.Parent.Name : null,
                d.Latitude, d.Longitude, d.Phone, d.OpeningHours,
                PhotoId = d.Photos.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => (int?)p.MediaFileId).FirstOrDefault(),
                PhotoAlt = d.Photos.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => p.AltText).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        // What each point stocks that a shopper may see (the product and its producer published).
        var stock = await db.DisplayPointProducts.AsNoTracking()
            .Where(x => ids.Contains(x.DisplayPointId) && x.Product!.IsPublished && x.Product.Producer!.IsPublished)
            .Select(x => new { x.DisplayPointId, x.ProductId, x.Product!.ProducerId, x.Product.Producer!.Name, x.Product.Producer.Slug })
            .ToListAsync(ct);
        var byPoint = stock.ToLookup(s => s.DisplayPointId);
        var now = clock.LocalNow;
        return rows
            .Select(r =>
            {
                var shelf = byPoint[r.Id].ToList();
                var producers = shelf.GroupBy(s => s.ProducerId)
                    .OrderByDescending(g => g.Count()).ThenBy(g => VietnameseText.Fold(g.First().Name), StringComparer.OrdinalIgnoreCase)
                    .Select(g => new PointProducerModel(g.Key, g.First().Name, g.First().Slug))
                    .ToList();
                return new PointCardModel(r.Id, r.Name, r.Slug, r.Type, r.Address, r.Commune, r.ProvinceId, r.Province,
                    r.Latitude, r.Longitude, r.Phone, r.OpeningHours, r.PhotoId, r.PhotoAlt ?? r.Name,
                    producers, producers.Count, shelf.Count)
                { Open = OpenState(r.OpeningHours, now) };
            })
            // Names sort the same on SQLite and PostgreSQL when compared folded, whatever the database collation.
            .OrderBy(p => VietnameseText.Fold(p.Name), StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public static OpenStateModel? OpenState(string? openingHours, DateTime now) =>
        OpeningHours.ParseOrNull(openingHours)?.StatusAt(now) is { } s ? new OpenStateModel(s.IsOpen, s.AlwaysOpen, s.NextChange, now) : null;
}
