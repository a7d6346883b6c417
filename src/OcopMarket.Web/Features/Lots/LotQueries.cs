using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Traceability;
using OcopMarket.Core.Traceability.Lots;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Lots;

/// <summary>
/// Reads for the portal and admin lot pages. Every method takes the producer the caller acts for (null = the office, who
/// sees every producer), so a producer's request can never read another producer's rows.
/// </summary>
public sealed class LotQueries(OcopDbContext db, LotTimeline timeline, TimeProvider time)
{
    private static readonly SortMap<LotRow> Sorts = new SortMap<LotRow>()
        .Add("produced", r => r.ProducedOn)
        .Add("code", r => r.Code)
        .Add("product", r => r.ProductName)
        .Add("producer", r => r.ProducerName)
        .Add("events", r => r.Events)
        .Add("stamps", r => r.StampsIssued);

    public DateOnly Today => TraceTime.Today(time);

    /// <summary>Now in Việt Nam (forms start with it).</summary>
    public DateTimeOffset Now => TraceTime.Now(time);

    public async Task<LotListModel> ListAsync(LotListQuery query, int? producerId, CancellationToken ct)
    {
        var lots = db.Lots.AsNoTracking().AsQueryable();
        if (producerId is { } own) lots = lots.Where(l => l.Product!.ProducerId == own);
        else if (query.Producer is { } producer) lots = lots.Where(l => l.Product!.ProducerId == producer);
        if (query.Product is { } product) lots = lots.Where(l => l.ProductId == product);
        if (query.Text is { } text)
        {
            var code = text.ToUpperInvariant();
            var folded = VietnameseText.Fold(text).ToLowerInvariant();
            lots = lots.Where(l => l.Code.Contains(code) || l.Product!.SearchKey.Contains(folded) || l.Gtin.Contains(text));
        }
        if (query.Sort is null) query.Desc = true;
        var page = await lots.Select(l => new LotRow
        {
            Id = l.Id,
            Code = l.Code,
            Gtin = l.Gtin,
            ProductId = l.ProductId,
            ProductName = l.Product!.Name,
            ProducerName = l.Product.Producer!.Name,
            ProducedOn = l.ProducedOn,
            ExpiresOn = l.ExpiresOn,
            Quantity = l.Quantity,
            Events = l.Events.Count,
            StampsIssued = l.StampsIssued,
        }).ToPagedListAsync(query, Sorts, ct);

        // The latest step of the lots on this page (one query for the page, not one per row).
        var ids = page.Items.Select(r => r.Id).ToList();
        var events = await db.TraceEvents.AsNoTracking().Where(e => ids.Contains(e.LotId))
            .Select(e => new { e.LotId, e.Step, e.OccurredAt, e.Id }).ToListAsync(ct);
        var last = events.GroupBy(e => e.LotId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.OccurredAt.UtcDateTime).ThenBy(e => e.Id).Last());
        page = page.Map(r => last.TryGetValue(r.Id, out var e)
            ? new LotRow
            {
                Id = r.Id, Code = r.Code, Gtin = r.Gtin, ProductId = r.ProductId, ProductName = r.ProductName, ProducerName = r.ProducerName,
                ProducedOn = r.ProducedOn, ExpiresOn = r.ExpiresOn, Quantity = r.Quantity, Events = r.Events, StampsIssued = r.StampsIssued,
                LastStep = e.Step, LastEventAt = e.OccurredAt,
            }
            : r);

        var products = await db.Products.AsNoTracking()
            .Where(p => producerId == null ? db.Lots.Any(l => l.ProductId == p.Id) : p.ProducerId == producerId)
            .OrderBy(p => p.Name).Select(p => new NamedOption(p.Id, p.Name)).ToListAsync(ct);
        var producers = producerId is null
            ? await db.Producers.AsNoTracking().Where(p => db.Lots.Any(l => l.Product!.ProducerId == p.Id))
                .OrderBy(p => p.Name).Select(p => new NamedOption(p.Id, p.Name)).ToListAsync(ct)
            : [];
        return new LotListModel(page, query, products, producers, Today);
    }

    public Task<LotHeader?> HeaderAsync(int lotId, int? producerId, CancellationToken ct) =>
        db.Lots.AsNoTracking()
            .Where(l => l.Id == lotId && (producerId == null || l.Product!.ProducerId == producerId))
            .Select(l => new LotHeader(l.Id, l.Code, l.Gtin, l.ProductId, l.Product!.Name, l.Product.Slug, l.Product.ProducerId, l.Product.Producer!.Name,
                l.ProducedOn, l.ExpiresOn, l.Quantity, l.Notes, l.StampsIssued, l.CreatedAt))
            .FirstOrDefaultAsync(ct);

    public async Task<LotDetailsModel?> DetailsAsync(int lotId, int? producerId, string siteUrl, CancellationToken ct)
    {
        var lot = await HeaderAsync(lotId, producerId, ct);
        if (lot is null) return null;
        var entries = await timeline.LoadAsync(lot.Id, ct);
        var link = $"{siteUrl.TrimEnd('/')}/01/{lot.Gtin}/10/{Uri.EscapeDataString(lot.Code)}";
        return new LotDetailsModel(lot, entries, link, producerId is null, Today);
    }

    public async Task<IReadOnlyList<LotProductOption>> ProductOptionsAsync(int producerId, CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking().Where(p => p.ProducerId == producerId).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Gtin }).ToListAsync(ct);
        return products.Select(p => new LotProductOption(p.Id, p.Name, p.Gtin, Gtin.IsValid(p.Gtin))).ToList();
    }

    /// <summary>The places an event of <paramref name="producerId"/>'s lot may name: its own, then the office's shared ones.</summary>
    public async Task<IReadOnlyList<PlaceOption>> PlaceOptionsAsync(int producerId, CancellationToken ct) =>
        await db.TraceLocations.AsNoTracking()
            .Where(l => l.ProducerId == producerId || l.ProducerId == null)
            .OrderBy(l => l.ProducerId == null).ThenBy(l => l.Kind).ThenBy(l => l.Name)
            .Select(l => new PlaceOption(l.Id, l.Name, l.Kind, l.ProducerId == null))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<DocumentOption>> DocumentOptionsAsync(int producerId, CancellationToken ct) =>
        await db.ProducerDocuments.AsNoTracking().Where(d => d.ProducerId == producerId)
            .OrderByDescending(d => d.UploadedAt)
            .Select(d => new DocumentOption(d.Id, d.Title, d.Kind, d.ValidUntil, d.ContentType))
            .ToListAsync(ct);

    /// <summary>Register inspections of the lot's producer (all its products, or this product).</summary>
    public async Task<IReadOnlyList<InspectionOption>> InspectionOptionsAsync(int producerId, int productId, CancellationToken ct)
    {
        var rows = await db.Inspections.AsNoTracking()
            .Where(i => i.ProducerId == producerId && (i.ProductId == null || i.ProductId == productId))
            .OrderByDescending(i => i.InspectedOn ?? i.PlannedOn)
            .Select(i => new { i.Id, i.InspectedOn, i.PlannedOn, i.InspectorName })
            .ToListAsync(ct);
        return rows.Select(i => new InspectionOption(i.Id, $"#{i.Id} · {LotLabels.Date(i.InspectedOn ?? i.PlannedOn)} · {i.InspectorName}")).ToList();
    }

    /// <summary>An event of the lot as its form shows it, with the documents attached; null when it is not in this lot.</summary>
    public async Task<(TimelineEntry Entry, IReadOnlyList<int> DocumentIds, int? InspectionId)?> EventAsync(int lotId, int eventId, CancellationToken ct)
    {
        var entry = (await timeline.LoadAsync(lotId, ct)).FirstOrDefault(e => e.Id == eventId);
        if (entry is null) return null;
        return (entry, entry.Documents.Select(d => d.Id).ToList(), entry.InspectionId);
    }

    private static readonly SortMap<TraceLocationRow> LocationSorts = new SortMap<TraceLocationRow>()
        .Add("name", r => r.Name)
        .Add("kind", r => r.Kind)
        .Add("events", r => r.Events);

    /// <summary>The places of a producer (or the office's, producerId null), with how many events name them.</summary>
    public async Task<TraceLocationListModel> LocationsAsync(int? producerId, ListQuery query, TraceLocationKind? kind, CancellationToken ct)
    {
        var places = db.TraceLocations.AsNoTracking().Where(l => l.ProducerId == producerId);
        if (kind is { } k) places = places.Where(l => l.Kind == k);
        if (query.Text is { } text) places = places.Where(l => l.Name.Contains(text) || (l.Address != null && l.Address.Contains(text)));
        var page = await Rows(places).ToPagedListAsync(query, LocationSorts, ct);
        var shared = producerId is null ? [] : await Rows(db.TraceLocations.AsNoTracking().Where(l => l.ProducerId == null)).OrderBy(l => l.Kind).ThenBy(l => l.Name).ToListAsync(ct);
        return new TraceLocationListModel(page, kind, producerId is null, shared);
    }

    private IQueryable<TraceLocationRow> Rows(IQueryable<TraceLocation> places) => places.Select(l => new TraceLocationRow
    {
        Id = l.Id, Name = l.Name, Kind = l.Kind, Address = l.Address, Latitude = l.Latitude, Longitude = l.Longitude, Gln = l.Gln,
        Events = db.TraceEvents.Count(e => e.LocationId == l.Id || e.DestinationLocationId == l.Id),
    });

    public Task<TraceLocation?> LocationAsync(int? producerId, int id, CancellationToken ct) =>
        db.TraceLocations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.ProducerId == producerId, ct);

    public async Task<IReadOnlyList<NamedOption>> DisplayPointOptionsAsync(CancellationToken ct) =>
        await db.DisplayPoints.AsNoTracking().OrderBy(p => p.Name).Select(p => new NamedOption(p.Id, p.Name)).ToListAsync(ct);
}
