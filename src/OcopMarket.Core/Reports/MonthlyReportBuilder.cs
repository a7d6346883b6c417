using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Reports.Sections;

namespace OcopMarket.Core.Reports;

/// <summary>
/// Builds the monthly report from the section queries, for the month and the month before, plus the year-to-date
/// figures the office's targets are measured against. A month still running is read up to today (levels "at month end"
/// are today's); a month in the future has nothing to report and is refused by the caller (<see cref="IsReportable"/>).
/// </summary>
public sealed class MonthlyReportBuilder(
    OcopDbContext db,
    TimeProvider time,
    CertifiedProductsQuery certified,
    CertificateActivityQuery certificates,
    CertificateWatchQuery watch,
    InspectionsQuery inspections,
    DisplayPointsQuery points,
    FairsQuery fairs,
    CampaignResultsQuery campaigns,
    OnlineSalesQuery sales,
    TraceabilityQuery traceability)
{
    public bool IsReportable(ReportMonth month) => !(month > ReportMonth.Current(time));

    public async Task<MonthlyReport> BuildAsync(ReportMonth month, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var current = month.Period.Until(today);
        var previous = month.Previous.Period.Until(today);

        var c = await SectionsAsync(current, ct);
        var p = await SectionsAsync(previous, ct);

        // Year to date: flows summed from January 1 to the month's end (or today), levels as at the month's end.
        var ytdPeriod = month.YearToDate.Until(today);
        var ytd = IndicatorValues.From(c.Certified, await certificates.QueryAsync(ytdPeriod, ct), await points.QueryAsync(ytdPeriod, ct),
            await fairs.QueryAsync(ytdPeriod, ct), await inspections.QueryAsync(ytdPeriod, ct), await sales.QueryAsync(ytdPeriod, ct),
            await traceability.QueryAsync(ytdPeriod, byDay: false, ct));
        var monthValues = c.Values;
        var previousValues = p.Values;
        var targets = await db.ReportTargets.AsNoTracking().Where(t => t.Year == month.Year).ToDictionaryAsync(t => t.Indicator, ct);
        var indicators = ReportIndicators.All.Select(i => new IndicatorProgress(i, monthValues[i.Key], previousValues[i.Key],
            i.Kind == IndicatorKind.Level ? monthValues[i.Key] : ytd[i.Key], targets.GetValueOrDefault(i.Key))).ToList();

        return new MonthlyReport(month, current.AsOf, previous.AsOf, current.To < month.LastDay,
            new(c.Certified, p.Certified), new(c.Certificates, p.Certificates), new(c.Watch, p.Watch), new(c.Inspections, p.Inspections),
            new(c.Points, p.Points), new(c.Fairs, p.Fairs), new(c.Campaigns, p.Campaigns), new(c.Sales, p.Sales), new(c.Traceability, p.Traceability),
            indicators);
    }

    private async Task<Sections> SectionsAsync(ReportPeriod period, CancellationToken ct) => new(
        await certified.QueryAsync(period, ct),
        await certificates.QueryAsync(period, ct),
        await watch.QueryAsync(period, ct),
        await inspections.QueryAsync(period, ct),
        await points.QueryAsync(period, ct),
        await fairs.QueryAsync(period, ct),
        await campaigns.QueryAsync(period, ct),
        await sales.QueryAsync(period, ct),
        await traceability.QueryAsync(period, byDay: true, ct));

    private sealed record Sections(CertifiedProductsSection Certified, CertificateActivitySection Certificates, CertificateWatchSection Watch,
        InspectionsSection Inspections, DisplayPointsSection Points, FairsSection Fairs, CampaignResultsSection Campaigns, OnlineSalesSection Sales,
        TraceabilitySection Traceability)
    {
        public IReadOnlyDictionary<string, decimal> Values => IndicatorValues.From(Certified, Certificates, Points, Fairs, Inspections, Sales, Traceability);
    }
}
