using OcopMarket.Core.Reports;

namespace OcopMarket.Web.Features.Reports;

/// <summary>
/// The numbers the page's three charts draw (products by stars, sales by producer, scans by day). The same numbers are in
/// the tables beside them: a chart is never the only place a figure is shown.
/// </summary>
public sealed record ReportCharts(
    IReadOnlyList<int> StarsCurrent,
    IReadOnlyList<int> StarsPrevious,
    IReadOnlyList<string> Producers,
    IReadOnlyList<long> ProducerRevenue,
    IReadOnlyList<string> Days,
    IReadOnlyList<int> GenuineScans,
    IReadOnlyList<int> OtherScans)
{
    public const int TopProducers = 10;

    public static ReportCharts From(MonthlyReport r)
    {
        var top = r.Sales.Current.ByProducer.Take(TopProducers).ToList();
        var days = r.Traceability.Current.ByDay;
        return new ReportCharts(
            [r.Certified.Current.Three, r.Certified.Current.Four, r.Certified.Current.Five],
            [r.Certified.Previous.Three, r.Certified.Previous.Four, r.Certified.Previous.Five],
            top.Select(p => p.Producer).ToList(), top.Select(p => p.Revenue).ToList(),
            days.Select(d => d.Day.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            days.Select(d => d.Genuine).ToList(), days.Select(d => d.Other).ToList());
    }
}
