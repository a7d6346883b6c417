using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Traceability;

namespace OcopMarket.Core.Reports.Sections;

public sealed record DayScans(DateOnly Day, int Genuine, int Other);

/// <summary>Stamp scans in the period by outcome (and by day), anomalies detected in it by kind, and anomalies reviewed in it.</summary>
public sealed record TraceabilitySection(int Genuine, int LotOrProduct, int NeverIssued, IReadOnlyList<DayScans> ByDay,
    int TooManyScans, int ImpossibleTravel, int NeverIssuedAnomalies, int Reviewed)
{
    public int Scans => Genuine + LotOrProduct + NeverIssued;
    public int Other => LotOrProduct + NeverIssued;
    public int Anomalies => TooManyScans + ImpossibleTravel + NeverIssuedAnomalies;
}

/// <summary>
/// Scans by <see cref="StampScan.ScannedAt"/>, anomalies by <see cref="StampAnomaly.DetectedAt"/>; "reviewed" counts the
/// reviews done in the period (<see cref="StampAnomaly.ReviewedAt"/>), whenever the anomaly was detected.
/// </summary>
public sealed class TraceabilityQuery(OcopDbContext db)
{
    public async Task<TraceabilitySection> QueryAsync(ReportPeriod period, bool byDay, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var scans = db.StampScans.AsNoTracking().Where(s => s.ScannedAt >= start && s.ScannedAt < end);
        var outcomes = await scans.GroupBy(s => s.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        IReadOnlyList<DayScans> days = [];
        if (byDay)
        {
            // Days are Việt Nam dates: grouped in memory (instants are ticks on SQLite); one row per scan, two columns.
            var all = await scans.Select(s => new { s.ScannedAt, s.Outcome }).ToListAsync(ct);
            var grouped = all.GroupBy(s => DateOnly.FromDateTime(s.ScannedAt.ToOffset(Common.VietnamTime.Offset).DateTime))
                .ToDictionary(g => g.Key, g => new DayScans(g.Key, g.Count(s => s.Outcome == ScanOutcome.Genuine), g.Count(s => s.Outcome != ScanOutcome.Genuine)));
            days = Enumerable.Range(0, period.To.DayNumber - period.From.DayNumber + 1).Select(i => period.From.AddDays(i))
                .Select(d => grouped.GetValueOrDefault(d) ?? new DayScans(d, 0, 0)).ToList();
        }

        var kinds = await db.StampAnomalies.AsNoTracking().Where(a => a.DetectedAt >= start && a.DetectedAt < end)
            .GroupBy(a => a.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var reviewed = await db.StampAnomalies.CountAsync(a => a.ReviewedAt != null && a.ReviewedAt >= start && a.ReviewedAt < end, ct);

        return new TraceabilitySection(outcomes.GetValueOrDefault(ScanOutcome.Genuine), outcomes.GetValueOrDefault(ScanOutcome.LotOrProduct),
            outcomes.GetValueOrDefault(ScanOutcome.NeverIssued), days, kinds.GetValueOrDefault(AnomalyKind.TooManyScans),
            kinds.GetValueOrDefault(AnomalyKind.ImpossibleTravel), kinds.GetValueOrDefault(AnomalyKind.NeverIssued), reviewed);
    }
}
