using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Core.Settings;

namespace OcopMarket.Core.Traceability.Scanning;

/// <summary>
/// Looks at a stamp's scans after each scan and each place report and flags possible counterfeits for the office:
/// too many scans, impossible travel, codes we never issued. There is one open anomaly per code and kind (a partial
/// unique index guarantees it): a later detection updates its facts instead of adding a row. Once the office reviewed a
/// stamp's alert, only what happened after the review counts towards raising that kind again (a shop's display jar that
/// everybody scans is reviewed once, not every day); every new scan of a code we never issued is new evidence and raises again.
/// </summary>
public sealed class StampAnomalyDetector(OcopDbContext db, TimeProvider time, ISiteSettings settings)
{
    /// <summary>How many of a stamp's placed scans are compared with a new place (the most recent ones).</summary>
    private const int TravelWindow = 200;

    /// <summary>After a scan was recorded: never-issued codes and scan counts. Returns the kinds raised or updated.</summary>
    public async Task<IReadOnlyList<AnomalyKind>> CheckScanAsync(StampScan scan, CancellationToken ct = default)
    {
        if (scan.Outcome == ScanOutcome.NeverIssued)
        {
            var scans = await db.StampScans.CountAsync(s => s.Outcome == ScanOutcome.NeverIssued
                && s.Gtin == scan.Gtin && s.LotCode == scan.LotCode && s.Serial == scan.Serial, ct);
            var reason = scan.Serial is null ? "lot"
                : await db.Stamps.AnyAsync(s => s.Serial == scan.Serial, ct) ? "mismatch" : "serial";
            await RaiseAsync(AnomalyKind.NeverIssued, scan, scan.LotCode, AnomalyFacts.Format((AnomalyFacts.Scans, scans), (AnomalyFacts.Reason, reason)), ct);
            return [AnomalyKind.NeverIssued];
        }
        if (scan.StampId is not int stampId) return [];

        var limits = AnomalyThresholds.From(settings);
        // Once the office reviewed an alert (say, a shop's display jar everybody scans), only later scans count again.
        var reviewed = await LastReviewAsync(AnomalyKind.TooManyScans, stampId, ct);
        var since = scan.ScannedAt.AddHours(-24);
        if (reviewed > since) since = reviewed.Value;
        var inDay = await db.StampScans.CountAsync(s => s.StampId == stampId && s.ScannedAt > since, ct);
        var total = reviewed is { } r
            ? await db.StampScans.CountAsync(s => s.StampId == stampId && s.ScannedAt > r, ct)
            : await db.StampScans.CountAsync(s => s.StampId == stampId, ct);
        if (inDay <= limits.MaxScansPerDay && total <= limits.MaxScansTotal) return [];
        await RaiseAsync(AnomalyKind.TooManyScans, scan, await LotCodeAsync(scan, ct), AnomalyFacts.Format(
            (AnomalyFacts.ScansInDay, inDay), (AnomalyFacts.ScansTotal, total),
            (AnomalyFacts.MaxPerDay, limits.MaxScansPerDay), (AnomalyFacts.MaxTotal, limits.MaxScansTotal)), ct);
        return [AnomalyKind.TooManyScans];
    }

    /// <summary>After a scan got its coarse place: compares it with the stamp's other placed scans.</summary>
    public async Task<IReadOnlyList<AnomalyKind>> CheckPlaceAsync(StampScan scan, CancellationToken ct = default)
    {
        if (scan is not { StampId: int stampId, Latitude: double lat, Longitude: double lng }) return [];
        var reviewed = await LastReviewAsync(AnomalyKind.ImpossibleTravel, stampId, ct) ?? DateTimeOffset.MinValue;
        var others = await db.StampScans.AsNoTracking()
            .Where(s => s.StampId == stampId && s.Id != scan.Id && s.Latitude != null && s.Longitude != null && s.PlaceReportedAt > reviewed)
            .OrderByDescending(s => s.Id).Take(TravelWindow)
            .Select(s => new { s.Id, s.ScannedAt, s.Latitude, s.Longitude })
            .ToListAsync(ct);
        var journey = TravelCheck.Find(
            new PlacedScan(scan.Id, scan.ScannedAt, new GeoPoint(lat, lng)),
            others.Select(o => new PlacedScan(o.Id, o.ScannedAt, new GeoPoint(o.Latitude!.Value, o.Longitude!.Value))),
            AnomalyThresholds.From(settings));
        if (journey is null) return [];
        await RaiseAsync(AnomalyKind.ImpossibleTravel, scan, await LotCodeAsync(scan, ct), AnomalyFacts.Format(
            (AnomalyFacts.Kilometres, Math.Round(journey.Kilometres)), (AnomalyFacts.Minutes, Math.Round(journey.Minutes)),
            (AnomalyFacts.Speed, Math.Round(journey.SpeedKmh)), (AnomalyFacts.FromScan, journey.From.ScanId), (AnomalyFacts.ToScan, journey.To.ScanId)), ct);
        return [AnomalyKind.ImpossibleTravel];
    }

    /// <summary>The open anomalies a public page should warn about: its stamp's, or the exact code's when it was never issued.</summary>
    public IQueryable<StampAnomaly> OpenFor(int? stampId, string gtin14, string? lotCode, string? serial)
    {
        var open = db.StampAnomalies.AsNoTracking().Where(a => a.ReviewedAt == null);
        return stampId is int id
            ? open.Where(a => a.StampId == id)
            : open.Where(a => a.Kind == AnomalyKind.NeverIssued && a.Gtin == gtin14 && a.LotCode == lotCode && a.Serial == serial);
    }

    private async Task<DateTimeOffset?> LastReviewAsync(AnomalyKind kind, int stampId, CancellationToken ct) =>
        (await db.StampAnomalies.Where(a => a.Kind == kind && a.StampId == stampId && a.ReviewedAt != null)
            .Select(a => a.ReviewedAt).ToListAsync(ct)).Max();

    // A stamp scanned by serial alone still files its anomaly under its lot: one key per stamp whatever link was used.
    private async Task<string?> LotCodeAsync(StampScan scan, CancellationToken ct) =>
        scan.LotId is int lotId ? await db.Lots.Where(l => l.Id == lotId).Select(l => l.Code).FirstAsync(ct) : scan.LotCode;

    private async Task RaiseAsync(AnomalyKind kind, StampScan scan, string? lotCode, string detail, CancellationToken ct)
    {
        if (await UpdateOpenAsync(kind, scan, lotCode, detail, ct)) return;
        var anomaly = new StampAnomaly
        {
            Kind = kind, StampId = scan.StampId, LotId = scan.LotId, Gtin = scan.Gtin, LotCode = lotCode, Serial = scan.Serial,
            ScanId = scan.Id, Detail = detail, DetectedAt = time.GetUtcNow(),
        };
        db.StampAnomalies.Add(anomaly);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent scan of the same code opened it a moment ago (UX_StampAnomalies_Open): update that one instead.
            db.Entry(anomaly).State = EntityState.Detached;
            if (!await UpdateOpenAsync(kind, scan, lotCode, detail, ct)) throw;
        }
    }

    private async Task<bool> UpdateOpenAsync(AnomalyKind kind, StampScan scan, string? lotCode, string detail, CancellationToken ct)
    {
        var open = await db.StampAnomalies.FirstOrDefaultAsync(a => a.ReviewedAt == null && a.Kind == kind
            && a.Gtin == scan.Gtin && a.LotCode == lotCode && a.Serial == scan.Serial, ct);
        if (open is null) return false;
        open.Detail = detail;
        open.ScanId = scan.Id;
        open.StampId ??= scan.StampId;
        open.LotId ??= scan.LotId;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
