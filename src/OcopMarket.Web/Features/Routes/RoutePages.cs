using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places.Routes;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Routes;

/// <summary>The public read models of tourism routes: the cards of /tuyen-du-lich and one route's page, in the visitor's language.</summary>
public sealed class RoutePages(OcopDbContext db, CertificateStatusPolicy certificates, Campaigns.CardPrices prices)
{
    public async Task<IReadOnlyList<RouteCardModel>> ListAsync(CancellationToken ct)
    {
        var rows = await db.TourismRoutes.AsNoTracking().Where(r => r.IsPublished)
            .OrderBy(r => r.Name)
            .Select(r => new
            {
                r.Id, r.Name, r.NameEn, r.Slug, r.Summary, r.SummaryEn, r.DurationDays, r.DurationNights, r.Season, r.SeasonEn, r.CoverMediaFileId,
                StopCount = r.Stops.Count,
                Experiences = r.Stops.Count(s => s.ExperienceName != null && s.ExperienceName != "" && s.ProducerId != null),
            })
            .ToListAsync(ct);
        var provinces = await ProvincesByRouteAsync(rows.Select(r => r.Id).ToList(), ct);
        return rows.Select(r => new RouteCardModel(
            r.Id, Cultures.Pick(r.Name, r.NameEn), r.Slug, Cultures.Pick(r.Summary, r.SummaryEn), r.DurationDays, r.DurationNights,
            r.Season is null ? null : Cultures.Pick(r.Season, r.SeasonEn), r.StopCount,
            provinces.GetValueOrDefault(r.Id, []), r.Experiences, r.CoverMediaFileId)).ToList();
    }

    /// <summary>The published route with its stops in order, booking contacts and the products met along it; null when there is none.</summary>
    public async Task<RoutePageModel?> GetAsync(string slug, CancellationToken ct)
    {
        var route = await db.TourismRoutes.AsNoTracking().Where(r => r.Slug == slug && r.IsPublished)
            .Include(r => r.Agencies)
            .FirstOrDefaultAsync(ct);
        if (route is null) return null;
        // Only published points and producers are linked; an unpublished one leaves the stop as a plain named place.
        var stops = await db.TourismRouteStops.AsNoTracking().Where(s => s.RouteId == route.Id)
            .OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new
            {
                Stop = s,
                PointName = s.DisplayPoint != null && s.DisplayPoint.IsPublished ? s.DisplayPoint.Name : null,
                PointSlug = s.DisplayPoint != null && s.DisplayPoint.IsPublished ? s.DisplayPoint.Slug : null,
                ProducerName = s.Producer != null && s.Producer.IsPublished ? s.Producer.Name : null,
                ProducerSlug = s.Producer != null && s.Producer.IsPublished ? s.Producer.Slug : null,
            })
            .ToListAsync(ct);
        var stopModels = stops.Select(x => new RouteStopModel(
            x.Stop.Id, x.Stop.Position, x.Stop.Kind, Cultures.Pick(x.Stop.Name, x.Stop.NameEn),
            x.Stop.Description is null ? null : Cultures.Pick(x.Stop.Description, x.Stop.DescriptionEn),
            x.Stop.Latitude, x.Stop.Longitude, x.Stop.DurationMinutes, x.PointName, x.PointSlug, x.ProducerName, x.ProducerSlug,
            x.Stop.ExperienceName is null ? null : Cultures.Pick(x.Stop.ExperienceName, x.Stop.ExperienceNameEn),
            x.Stop.ExperiencePricePerPerson,
            // Bookable only when the producer is live: the enquiry goes to that producer.
            x.Stop.OffersExperience && x.ProducerSlug is not null)).ToList();

        var provinces = await ProvincesByRouteAsync([route.Id], ct);
        var products = await ProductsMetAsync(stops.Select(s => s.Stop).ToList(), ct);
        return new RoutePageModel(
            route.Id, Cultures.Pick(route.Name, route.NameEn), route.Slug, Cultures.Pick(route.Summary, route.SummaryEn),
            Cultures.Pick(route.Description, route.DescriptionEn), route.DurationDays, route.DurationNights,
            route.Season is null ? null : Cultures.Pick(route.Season, route.SeasonEn), route.BookingPhone, route.BookingEmail, route.CoverMediaFileId,
            provinces.GetValueOrDefault(route.Id, []), stopModels,
            route.Agencies.OrderBy(a => a.SortOrder).ThenBy(a => a.Id).Select(a => new RouteAgencyModel(a.Name, a.Url, a.Phone)).ToList(),
            products);
    }

    /// <summary>
    /// The visible products of the stops' producers and those stocked at the stops' display points, each once: first the
    /// producers' own (in stop order), then what the points stock.
    /// </summary>
    private async Task<IReadOnlyList<ProductCardModel>> ProductsMetAsync(IReadOnlyList<TourismRouteStop> stops, CancellationToken ct)
    {
        var producerIds = stops.Where(s => s.ProducerId is not null).Select(s => s.ProducerId!.Value).Distinct().ToList();
        var pointIds = stops.Where(s => s.DisplayPointId is not null).Select(s => s.DisplayPointId!.Value).Distinct().ToList();
        if (producerIds.Count == 0 && pointIds.Count == 0) return [];
        var stocked = db.DisplayPointProducts.Where(dp => pointIds.Contains(dp.DisplayPointId) && dp.DisplayPoint!.IsPublished).Select(dp => dp.ProductId);
        var cards = await prices.ApplyAsync(await db.Products.AsNoTracking().Visible()
            .Where(p => producerIds.Contains(p.ProducerId) || stocked.Contains(p.Id))
            .ToCards(certificates.Today)
            .ToListAsync(ct), ct);
        var producerOrder = producerIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var ids = cards.Select(c => c.Id).ToList();
        var producerOf = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.ProducerId, ct);
        return cards
            .OrderBy(c => producerOrder.GetValueOrDefault(producerOf[c.Id], int.MaxValue))
            .ThenBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .DistinctBy(c => c.Id)
            .ToList();
    }

    /// <summary>The provinces a route passes through (from its points' communes and its producers), short names, by route.</summary>
    private async Task<Dictionary<int, IReadOnlyList<string>>> ProvincesByRouteAsync(IReadOnlyList<int> routeIds, CancellationToken ct)
    {
        if (routeIds.Count == 0) return [];
        var fromPoints = await db.TourismRouteStops.AsNoTracking()
            .Where(s => routeIds.Contains(s.RouteId) && s.DisplayPoint != null && s.DisplayPoint.Commune!.ParentId != null)
            .Select(s => new { s.RouteId, s.Position, ProvinceId = s.DisplayPoint!.Commune!.ParentId!.Value })
            .ToListAsync(ct);
        var fromProducers = await db.TourismRouteStops.AsNoTracking()
            .Where(s => routeIds.Contains(s.RouteId) && s.Producer != null)
            .Select(s => new { s.RouteId, s.Position, ProvinceId = s.Producer!.ProvinceId })
            .ToListAsync(ct);
        var all = fromPoints.Concat(fromProducers).ToList();
        var ids = all.Select(x => x.ProvinceId).Distinct().ToList();
        var names = await db.AdminUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => ShortName(u.Name), ct);
        return all.GroupBy(x => x.RouteId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)g.OrderBy(x => x.Position).Select(x => names.GetValueOrDefault(x.ProvinceId)).OfType<string>().Distinct().ToList());
    }

    /// <summary>"Tỉnh Lạng Sơn" → "Lạng Sơn": the card has little room and the kind of unit adds nothing.</summary>
    internal static string ShortName(string name)
    {
        foreach (var prefix in new[] { "Thành phố ", "Tỉnh ", "TP. " })
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return name[prefix.Length..];
        return name;
    }
}
