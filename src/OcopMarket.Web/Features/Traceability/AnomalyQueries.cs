using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Traceability;
using OcopMarket.Core.Traceability.Scanning;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Traceability;

/// <summary>The office's view of counterfeit alerts: list, detail with the scans behind it, and the dashboard summary.</summary>
public sealed class AnomalyQueries(OcopDbContext db)
{
    /// <summary>How many scans the detail page lists (newest first); the map shows the placed ones among them.</summary>
    public const int ScanListSize = 200;

    private static readonly SortMap<AnomalyRow> Sorts = new SortMap<AnomalyRow>()
        .Add("detected", a => a.DetectedAt)
        .Add("kind", a => a.Kind)
        .Add("product", a => a.ProductName)
        .Add("producer", a => a.ProducerName)
        .Add("reviewed", a => a.ReviewedAt);

    /// <summary>
    /// Every anomaly with its product: through its lot when it has one, else through its GTIN (a lot carrying it, or a
    /// product whose GTIN-8/12/13 barcode pads to it).
    /// </summary>
    public IQueryable<AnomalyRow> Rows()
    {
        // First the product id as a scalar subquery, then a plain left join on it: SQLite has no APPLY/LATERAL.
        var withProduct = db.StampAnomalies.AsNoTracking().Select(a => new
        {
            Anomaly = a,
            ProductId = a.LotId != null
                ? db.Lots.Where(l => l.Id == a.LotId).Select(l => (int?)l.ProductId).FirstOrDefault()
                : db.Lots.Where(l => l.Gtin == a.Gtin).OrderBy(l => l.Id).Select(l => (int?)l.ProductId).FirstOrDefault()
                  ?? db.Products.Where(p => p.Gtin == a.Gtin || "0" + p.Gtin == a.Gtin || "00" + p.Gtin == a.Gtin || "000000" + p.Gtin == a.Gtin)
                      .OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault(),
        });
        return from x in withProduct
               join p in db.Products on x.ProductId equals (int?)p.Id into products
               from p in products.DefaultIfEmpty()
               let a = x.Anomaly
               select new AnomalyRow
               {
                   Id = a.Id, Kind = a.Kind, DetectedAt = a.DetectedAt, ReviewedAt = a.ReviewedAt, ReviewedByUserId = a.ReviewedByUserId,
                   ReviewNote = a.ReviewNote, Gtin = a.Gtin, LotCode = a.LotCode, Serial = a.Serial, StampId = a.StampId, LotId = a.LotId,
                   ScanId = a.ScanId, Detail = a.Detail,
                   ProductId = p != null ? p.Id : null, ProductName = p != null ? p.Name : null,
                   ProducerId = p != null ? p.ProducerId : null, ProducerName = p != null ? p.Producer!.Name : null,
               };
    }

    public async Task<AnomalyListModel> ListAsync(AnomalyListQuery q, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(q.Sort))
        {
            q.Sort = "detected";
            q.Desc = true;
        }
        var rows = Rows();
        rows = q.SafeStatus switch
        {
            AnomalyListQuery.Reviewed => rows.Where(a => a.ReviewedAt != null),
            AnomalyListQuery.All => rows,
            _ => rows.Where(a => a.ReviewedAt == null),
        };
        if (q.Kind is { } kind && Enum.IsDefined(kind)) rows = rows.Where(a => a.Kind == kind);
        if (q.ProducerId is int producerId) rows = rows.Where(a => a.ProducerId == producerId);
        if (q.Text is { } text)
        {
            var term = text.ToLower();
            rows = rows.Where(a => (a.ProductName != null && a.ProductName.ToLower().Contains(term))
                || (a.ProducerName != null && a.ProducerName.ToLower().Contains(term))
                || a.Gtin.Contains(term) || (a.LotCode != null && a.LotCode.ToLower().Contains(term))
                || (a.Serial != null && a.Serial.ToLower().Contains(term)));
        }
        var page = await rows.ToPagedListAsync(q, Sorts, ct);
        // Only producers that have alerts: the filter never offers an empty choice.
        var producerIds = await Rows().Where(a => a.ProducerId != null).Select(a => a.ProducerId!.Value).Distinct().ToListAsync(ct);
        var producers = await db.Producers.AsNoTracking().Where(p => producerIds.Contains(p.Id))
            .OrderBy(p => p.Name).Select(p => new ProducerOption(p.Id, p.Name)).ToListAsync(ct);
        return new AnomalyListModel(q, page, producers);
    }

    public async Task<AnomalyDetailModel?> DetailAsync(int id, ReviewForm? form, CancellationToken ct)
    {
        var a = await Rows().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        var reviewer = a.ReviewedByUserId is int uid
            ? await db.Users.AsNoTracking().Where(u => u.Id == uid).Select(u => u.FullName != "" ? u.FullName : u.Email).FirstOrDefaultAsync(ct)
            : null;
        var stamp = a.StampId is int sid
            ? await db.Stamps.AsNoTracking().Where(s => s.Id == sid)
                .Select(s => new AnomalyStampInfo(s.Id, s.Number, s.Serial, s.ScanCount, s.FirstScannedAt, s.LastScannedAt)).FirstOrDefaultAsync(ct)
            : null;
        var lot = a.LotId is int lid
            ? await db.Lots.AsNoTracking().Where(l => l.Id == lid)
                .Select(l => new AnomalyLotInfo(l.Id, l.Code, l.ProducedOn, l.ExpiresOn, l.StampsIssued)).FirstOrDefaultAsync(ct)
            : null;

        var scans = a.StampId is int stampId
            ? db.StampScans.AsNoTracking().Where(s => s.StampId == stampId)
            : db.StampScans.AsNoTracking().Where(s => s.Outcome == ScanOutcome.NeverIssued && s.Gtin == a.Gtin && s.LotCode == a.LotCode && s.Serial == a.Serial);
        var total = await scans.CountAsync(ct);
        var list = await scans.OrderByDescending(s => s.Id).Take(ScanListSize)
            .Select(s => new AnomalyScanRow(s.Id, s.ScannedAt, s.Outcome, s.LotCode, s.Serial, s.Latitude, s.Longitude))
            .ToListAsync(ct);
        var path = DigitalLink.Format(a.Gtin, a.LotCode is { } code && DigitalLink.IsValidAttribute(code) ? code : null,
            a.Serial is { } serial && DigitalLink.IsValidAttribute(serial) ? serial : null);
        return new AnomalyDetailModel(a, reviewer, stamp, lot, list, total, path, form ?? new ReviewForm { Note = a.ReviewNote });
    }

    /// <summary>Marks an open alert reviewed; false when it does not exist or someone reviewed it already.</summary>
    public async Task<bool> ReviewAsync(int id, int? userId, string? note, DateTimeOffset now, CancellationToken ct)
    {
        var anomaly = await db.StampAnomalies.FirstOrDefaultAsync(x => x.Id == id && x.ReviewedAt == null, ct);
        if (anomaly is null) return false;
        anomaly.ReviewedAt = now;
        anomaly.ReviewedByUserId = userId;
        anomaly.ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The dashboard card: open alerts, the latest few, and scans of the last 30 days.</summary>
    public async Task<CounterfeitSummary> SummaryAsync(DateTimeOffset now, int latest, CancellationToken ct)
    {
        var open = Rows().Where(a => a.ReviewedAt == null);
        var since = now.AddDays(-30);
        return new CounterfeitSummary(
            await open.CountAsync(ct),
            await open.OrderByDescending(a => a.DetectedAt).ThenByDescending(a => a.Id).Take(latest).ToListAsync(ct),
            await db.StampScans.CountAsync(s => s.ScannedAt >= since, ct),
            await db.StampScans.CountAsync(s => s.ScannedAt >= since && s.Outcome == ScanOutcome.Genuine, ct));
    }
}

public sealed record CounterfeitSummary(int OpenCount, IReadOnlyList<AnomalyRow> Latest, int ScansLast30Days, int GenuineScansLast30Days);
