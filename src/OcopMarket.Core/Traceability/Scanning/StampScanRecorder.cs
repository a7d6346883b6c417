using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;

namespace OcopMarket.Core.Traceability.Scanning;

public enum PlaceReportOutcome
{
    Accepted,
    /// <summary>No such scan.</summary>
    UnknownScan,
    /// <summary>The place was already given for this scan (a scan's place is accepted once).</summary>
    AlreadyReported,
    /// <summary>More than <see cref="StampScanRecorder.PlaceReportWindow"/> after the scan.</summary>
    TooLate,
    /// <summary>Not a position on Earth.</summary>
    InvalidPlace,
}

/// <summary>
/// The scan log: every resolution of one of our codes is a <see cref="StampScan"/>, and a genuine stamp's counters move
/// by one atomic UPDATE (concurrent scans never lose a count). The visitor may then share a coarse place, once, shortly
/// after the scan. Both run the <see cref="StampAnomalyDetector"/>.
/// </summary>
public sealed class StampScanRecorder(OcopDbContext db, TimeProvider time, StampAnomalyDetector detector)
{
    public static readonly TimeSpan PlaceReportWindow = TimeSpan.FromMinutes(15);
    /// <summary>Two decimals of a degree: about 1.1 km of latitude, enough to tell cities apart and too coarse to find a home.</summary>
    public const int PlaceDecimals = 2;

    /// <summary>Records a scan of <paramref name="resolution"/> (nothing for codes that are not ours) and checks for anomalies.</summary>
    public async Task<StampScan?> RecordAsync(StampResolution resolution, CancellationToken ct = default)
    {
        if (!resolution.IsOurs) return null;
        var now = time.GetUtcNow();
        var link = resolution.Link;
        var scan = new StampScan
        {
            StampId = resolution.StampId, LotId = resolution.LotId, Gtin = link.Gtin14!, LotCode = link.Lot, Serial = link.Serial,
            Outcome = resolution.Outcome, ScannedAt = now,
        };
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.StampScans.Add(scan);
            await db.SaveChangesAsync(ct);
            if (resolution.StampId is int stampId)
                await db.Stamps.Where(s => s.Id == stampId).ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.ScanCount, s => s.ScanCount + 1)
                    .SetProperty(s => s.FirstScannedAt, s => s.FirstScannedAt ?? now)
                    .SetProperty(s => s.LastScannedAt, now), ct);
            await tx.CommitAsync(ct);
        }
        await detector.CheckScanAsync(scan, ct);
        return scan;
    }

    /// <summary>Stores the coarse place of a scan (rounded to <see cref="PlaceDecimals"/> decimals) and checks for impossible travel.</summary>
    public async Task<PlaceReportOutcome> ReportPlaceAsync(int scanId, GeoPoint place, CancellationToken ct = default)
    {
        if (!place.IsValid) return PlaceReportOutcome.InvalidPlace;
        var scan = await db.StampScans.AsNoTracking().FirstOrDefaultAsync(s => s.Id == scanId, ct);
        if (scan is null) return PlaceReportOutcome.UnknownScan;
        if (scan.PlaceReportedAt is not null) return PlaceReportOutcome.AlreadyReported;
        var now = time.GetUtcNow();
        if (now - scan.ScannedAt > PlaceReportWindow) return PlaceReportOutcome.TooLate;

        var lat = Math.Round(place.Latitude, PlaceDecimals, MidpointRounding.AwayFromZero);
        var lng = Math.Round(place.Longitude, PlaceDecimals, MidpointRounding.AwayFromZero);
        // Conditional UPDATE: of two simultaneous reports exactly one finds PlaceReportedAt still empty.
        var updated = await db.StampScans.Where(s => s.Id == scanId && s.PlaceReportedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Latitude, lat).SetProperty(s => s.Longitude, lng).SetProperty(s => s.PlaceReportedAt, now), ct);
        if (updated == 0) return PlaceReportOutcome.AlreadyReported;

        scan.Latitude = lat;
        scan.Longitude = lng;
        scan.PlaceReportedAt = now;
        await detector.CheckPlaceAsync(scan, ct);
        return PlaceReportOutcome.Accepted;
    }
}
