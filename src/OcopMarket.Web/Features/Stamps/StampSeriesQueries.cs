using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Stamps;

/// <summary>The stamp series list's filters (the office's list; a producer's is always scoped to itself).</summary>
public sealed class StampSeriesListQuery : ListQuery
{
    public int? Producer { get; set; }
    /// <summary>Preselects this lot in the issue form (the lot pages link here with ?lot=).</summary>
    public int? Lot { get; set; }
    /// <summary>Only series with at least one scanned stamp.</summary>
    public bool Scanned { get; set; }
}

/// <summary>One series in a list (member-init so the database sorts on its columns).</summary>
public sealed class StampSeriesRow
{
    public int Id { get; init; }
    public int LotId { get; init; }
    public string LotCode { get; init; } = "";
    public string ProductName { get; init; } = "";
    public string ProducerName { get; init; } = "";
    public DateTimeOffset IssuedAt { get; init; }
    public int FirstNumber { get; init; }
    public int Count { get; init; }
    public bool IssuedByOffice { get; init; }
    /// <summary>Stamps of the series scanned at least once.</summary>
    public int Scanned { get; init; }

    public int LastNumber => FirstNumber + Count - 1;
}

/// <summary>A lot stamps may be issued for, with how many more it may get.</summary>
public sealed record StampLotOption(int Id, string Code, string ProductName, string ProducerName, int Quantity, int Issued)
{
    public int Left => Math.Max(0, StampIssuance.MaxStampsFor(Quantity) - Issued);
}

public sealed record StampSeriesPage(
    PagedList<StampSeriesRow> Rows, StampSeriesListQuery Query, IReadOnlyList<StampLotOption> Lots, IReadOnlyList<(int Id, string Name)> Producers);

/// <summary>What a print sheet or a download needs about its series.</summary>
public sealed record StampSeriesInfo(
    int Id, int LotId, string LotCode, string Gtin, int ProducerId, string ProducerName, string ProductName, int FirstNumber, int Count, DateTimeOffset IssuedAt);

/// <summary>Stamp series read for the portal (always scoped to one producer) and the office (everyone's).</summary>
public sealed class StampSeriesQueries(OcopDbContext db)
{
    /// <summary>Lots offered in the office's issue form (the newest first); ?lot= adds an older one.</summary>
    public const int MaxLotOptions = 300;

    private static readonly SortMap<StampSeriesRow> Sorts = new SortMap<StampSeriesRow>()
        .Add("issued", r => r.IssuedAt)
        .Add("lot", r => r.LotCode)
        .Add("product", r => r.ProductName)
        .Add("producer", r => r.ProducerName)
        .Add("count", r => r.Count)
        .Add("scanned", r => r.Scanned);

    /// <param name="producerId">The portal's producer; null for the office (then <see cref="StampSeriesListQuery.Producer"/> filters).</param>
    public async Task<StampSeriesPage> ListAsync(int? producerId, StampSeriesListQuery query, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(query.Sort)) query.Desc = true; // newest first
        var series = db.StampSeries.AsNoTracking();
        if ((producerId ?? query.Producer) is { } producer) series = series.Where(s => s.Lot!.Product!.ProducerId == producer);
        if (query.Text is { } text)
        {
            var lower = text.ToLowerInvariant();
            var upper = text.ToUpperInvariant();
            series = series.Where(s => s.Lot!.Code.Contains(upper) || s.Lot.Code.Contains(text) || s.Lot.Product!.Name.ToLower().Contains(lower)
                || s.Lot.Product.Name.Contains(text) || s.Lot.Product.Producer!.Name.ToLower().Contains(lower) || s.Lot.Product.Producer.Name.Contains(text));
        }
        var rows = series.Select(s => new StampSeriesRow
        {
            Id = s.Id, LotId = s.LotId, LotCode = s.Lot!.Code, ProductName = s.Lot.Product!.Name, ProducerName = s.Lot.Product.Producer!.Name,
            IssuedAt = s.IssuedAt, FirstNumber = s.FirstNumber, Count = s.Count, IssuedByOffice = s.IssuedByOffice,
            // By lot and number range, so the lookup uses the (LotId, Number) unique index.
            Scanned = db.Stamps.Count(t => t.LotId == s.LotId && t.Number >= s.FirstNumber && t.Number < s.FirstNumber + s.Count && t.ScanCount > 0),
        });
        if (query.Scanned) rows = rows.Where(r => r.Scanned > 0);
        var page = await rows.ToPagedListAsync(query, Sorts, ct);
        var lots = await LotsAsync(producerId, query.Lot, ct);
        var producers = producerId is null
            ? (await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList()
            : [];
        return new StampSeriesPage(page, query, lots, producers);
    }

    /// <summary>The lots one may issue for: the producer's own, or (office) the newest of all plus the one asked for.</summary>
    public async Task<IReadOnlyList<StampLotOption>> LotsAsync(int? producerId, int? wanted, CancellationToken ct)
    {
        var lots = db.Lots.AsNoTracking();
        var list = producerId is { } producer
            ? await Options(lots.Where(l => l.Product!.ProducerId == producer)).ToListAsync(ct)
            : await Options(lots.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).Take(MaxLotOptions)).ToListAsync(ct);
        if (producerId is null && wanted is { } id && list.All(l => l.Id != id))
            list.AddRange(await Options(lots.Where(l => l.Id == id)).ToListAsync(ct));
        var byName = StringComparer.Create(Vietnamese, false);
        return list.OrderBy(l => l.ProducerName, byName).ThenBy(l => l.ProductName, byName).ThenByDescending(l => l.Id).ToList();
    }

    private static IQueryable<StampLotOption> Options(IQueryable<Lot> lots) =>
        lots.Select(l => new StampLotOption(l.Id, l.Code, l.Product!.Name, l.Product.Producer!.Name, l.Quantity, l.StampsIssued));

    /// <summary>One series, or null when it does not exist or (portal) belongs to another producer.</summary>
    public Task<StampSeriesInfo?> SeriesAsync(int seriesId, int? producerId, CancellationToken ct) =>
        db.StampSeries.AsNoTracking()
            .Where(s => s.Id == seriesId && (producerId == null || s.Lot!.Product!.ProducerId == producerId))
            .Select(s => new StampSeriesInfo(s.Id, s.LotId, s.Lot!.Code, s.Lot.Gtin, s.Lot.Product!.ProducerId, s.Lot.Product.Producer!.Name,
                s.Lot.Product.Name, s.FirstNumber, s.Count, s.IssuedAt))
            .SingleOrDefaultAsync(ct);

    /// <summary>The series' stamps in printed order.</summary>
    public async Task<IReadOnlyList<(int Number, string Serial)>> StampsAsync(StampSeriesInfo series, CancellationToken ct) =>
        (await db.Stamps.AsNoTracking()
            .Where(s => s.LotId == series.LotId && s.Number >= series.FirstNumber && s.Number < series.FirstNumber + series.Count)
            .OrderBy(s => s.Number)
            .Select(s => new { s.Number, s.Serial }).ToListAsync(ct))
        .Select(s => (s.Number, s.Serial)).ToList();

    public Task<bool> LotBelongsToAsync(int lotId, int producerId, CancellationToken ct) =>
        db.Lots.AnyAsync(l => l.Id == lotId && l.Product!.ProducerId == producerId, ct);

    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
}
