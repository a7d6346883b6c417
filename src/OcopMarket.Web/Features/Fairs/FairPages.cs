using OcopMarket.Web.Framework.Models;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Fairs;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>
/// What the storefront shows of fairs: the list (current first, past ones paged), a fair's page, the home page's next
/// fairs and a producer's coming fairs. Only published fairs; a fair counts only its published producers' booths.
/// "Today" is Việt Nam's calendar day (VietnamTime), so a fair is "ongoing" through its last day.
/// </summary>
public sealed class FairPages(OcopDbContext db, TimeProvider time, Campaigns.CardPrices prices)
{
    public const int PastPageSize = 6;

    private DateOnly Today => VietnamTime.Today(time);

    public async Task<FairListPageModel> ListAsync(int pastPage, CancellationToken ct)
    {
        var today = Today;
        var published = db.TradeFairs.AsNoTracking().Where(f => f.IsPublished);
        var current = await Cards(published.Where(f => f.EndsOn >= today).OrderBy(f => f.StartsOn).ThenBy(f => f.Name), today).ToListAsync(ct);
        var past = published.Where(f => f.EndsOn < today);
        var total = await past.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PastPageSize - 1) / PastPageSize);
        var page = Math.Clamp(pastPage, 1, pageCount);
        var pastCards = await Cards(past.OrderByDescending(f => f.EndsOn).ThenBy(f => f.Name), today)
            .Skip((page - 1) * PastPageSize).Take(PastPageSize).ToListAsync(ct);
        return new FairListPageModel(Localize(current), Localize(pastCards), total, page, pageCount, today);
    }

    /// <summary>Up to <paramref name="take"/> fairs not yet over, the soonest first.</summary>
    public async Task<IReadOnlyList<FairCardModel>> UpcomingAsync(int take, CancellationToken ct)
    {
        var today = Today;
        var fairs = db.TradeFairs.AsNoTracking().Where(f => f.IsPublished && f.EndsOn >= today).OrderBy(f => f.StartsOn).ThenBy(f => f.Name);
        return Localize(await Cards(fairs, today).Take(take).ToListAsync(ct));
    }

    /// <summary>The coming and current fairs a producer has a booth at, with the booth code.</summary>
    public async Task<IReadOnlyList<FairCardModel>> ForProducerAsync(int producerId, CancellationToken ct)
    {
        var today = Today;
        var booths = await db.FairBooths.AsNoTracking()
            .Where(b => b.ProducerId == producerId && db.TradeFairs.Any(f => f.Id == b.FairId && f.IsPublished && f.EndsOn >= today))
            .Select(b => new { b.FairId, b.BoothCode }).ToListAsync(ct);
        if (booths.Count == 0) return [];
        var ids = booths.Select(b => b.FairId).ToList();
        var cards = await Cards(db.TradeFairs.AsNoTracking().Where(f => ids.Contains(f.Id)).OrderBy(f => f.StartsOn), today).ToListAsync(ct);
        return Localize(cards).Select(c => c with { BoothCode = booths.First(b => b.FairId == c.Id).BoothCode }).ToList();
    }

    public async Task<FairPageModel?> GetAsync(string slug, CancellationToken ct)
    {
        var today = Today;
        var f = await db.TradeFairs.AsNoTracking().Where(x => x.Slug == slug && x.IsPublished)
            .Select(x => new { Fair = x, Commune = x.Commune != null ? x.Commune.Name : null, Province = x.Commune != null ? x.Commune.Parent!.Name : null })
            .FirstOrDefaultAsync(ct);
        if (f is null) return null;
        var fair = f.Fair;
        var booths = await db.FairBooths.AsNoTracking().Where(b => b.FairId == fair.Id && b.Producer!.IsPublished)
            .OrderBy(b => b.BoothCode)
            .Select(b => new FairBoothModel(b.Producer!.Name, b.Producer.Slug, b.BoothCode, b.Note,
                b.Products.Count(p => p.Product!.IsPublished), b.Producer.Province != null ? b.Producer.Province.Name : null))
            .ToListAsync(ct);
        var productIds = db.FairBoothProducts.Where(p => db.FairBooths.Any(b => b.Id == p.BoothId && b.FairId == fair.Id)).Select(p => p.ProductId);
        // Cards show what the product costs today (a live campaign's price), like every other listing.
        var cards = await prices.ApplyAsync(await db.Products.AsNoTracking().Visible().Where(p => productIds.Contains(p.Id))
            .ToCards(today).ToListAsync(ct), ct);
        // In booth order, so the cards follow the plan a visitor walks.
        var boothOrder = booths.Select((b, i) => (b.ProducerSlug, i)).ToDictionary(x => x.ProducerSlug, x => x.i);
        var products = cards.OrderBy(c => boothOrder.GetValueOrDefault(c.ProducerSlug, int.MaxValue)).ThenBy(c => c.Name).ToList();
        return new FairPageModel(fair.Id, Cultures.Pick(fair.Name, fair.NameEn), fair.Slug, Cultures.Pick(fair.Summary, fair.SummaryEn),
            Cultures.Pick(fair.Description, fair.DescriptionEn), fair.StartsOn, fair.EndsOn, fair.OpeningHours, fair.VenueName, fair.VenueAddress,
            f.Commune, f.Province, fair.Latitude, fair.Longitude, fair.Organiser, fair.ContactPhone, fair.Website, fair.CoverMediaFileId,
            fair.PhaseOn(today), fair.UpdatedAt, booths, products);
    }

    private IQueryable<FairCardRow> Cards(IQueryable<TradeFair> fairs, DateOnly today) =>
        fairs.Select(f => new FairCardRow
        {
            Id = f.Id, Name = f.Name, NameEn = f.NameEn, Slug = f.Slug, Summary = f.Summary, SummaryEn = f.SummaryEn,
            StartsOn = f.StartsOn, EndsOn = f.EndsOn, OpeningHours = f.OpeningHours, VenueName = f.VenueName, VenueAddress = f.VenueAddress,
            Province = f.Commune != null ? f.Commune.Parent!.Name : null,
            Producers = f.Booths.Count(b => b.Producer!.IsPublished), CoverImageId = f.CoverMediaFileId,
        });

    private IReadOnlyList<FairCardModel> Localize(IEnumerable<FairCardRow> rows) =>
        rows.Select(r => new FairCardModel(r.Id, Cultures.Pick(r.Name, r.NameEn), r.Slug, Cultures.Pick(r.Summary, r.SummaryEn), r.StartsOn, r.EndsOn,
            r.OpeningHours, r.VenueName, r.VenueAddress, r.Province, r.Producers, r.CoverImageId, FairPhases.On(r.StartsOn, r.EndsOn, Today))).ToList();

    /// <summary>The columns a card needs, as the database returns them (names in both languages).</summary>
    private sealed class FairCardRow
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string? NameEn { get; init; }
        public string Slug { get; init; } = "";
        public string Summary { get; init; } = "";
        public string? SummaryEn { get; init; }
        public DateOnly StartsOn { get; init; }
        public DateOnly EndsOn { get; init; }
        public string? OpeningHours { get; init; }
        public string VenueName { get; init; } = "";
        public string VenueAddress { get; init; } = "";
        public string? Province { get; init; }
        public int Producers { get; init; }
        public int? CoverImageId { get; init; }
    }
}
