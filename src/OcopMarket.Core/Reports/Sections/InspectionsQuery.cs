using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reports.Sections;

/// <summary>Inspections carried out in the period (by their inspection date) and what they found.</summary>
public sealed record InspectionsSection(int Completed, int Ok, int Warning, int ProposeRevocation, int NoOutcome, int StampMisuse, int PlannedOpen);

/// <summary>
/// Inspections whose <see cref="Inspection.InspectedOn"/> falls in the period, by outcome; the stamp-misuse finding
/// (OCOP mark used wrongly) is counted apart because the directives ask for it. Planned-open: still open, planned in the period.
/// </summary>
public sealed class InspectionsQuery(OcopDbContext db)
{
    public async Task<InspectionsSection> QueryAsync(ReportPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var done = await db.Inspections.AsNoTracking()
            .Where(i => i.InspectedOn != null && i.InspectedOn >= from && i.InspectedOn <= to)
            .GroupBy(i => new { i.Outcome, Misuse = i.StampUseCorrect == false })
            .Select(g => new { g.Key.Outcome, g.Key.Misuse, Count = g.Count() })
            .ToListAsync(ct);
        var planned = await db.Inspections.CountAsync(i => i.Status == InspectionStatus.Open && i.InspectedOn == null
            && i.PlannedOn != null && i.PlannedOn >= from && i.PlannedOn <= to, ct);
        int Of(InspectionOutcome? o) => done.Where(d => d.Outcome == o).Sum(d => d.Count);
        return new InspectionsSection(done.Sum(d => d.Count), Of(InspectionOutcome.Ok), Of(InspectionOutcome.Warning),
            Of(InspectionOutcome.ProposeRevocation), Of(null), done.Where(d => d.Misuse).Sum(d => d.Count), planned);
    }
}
