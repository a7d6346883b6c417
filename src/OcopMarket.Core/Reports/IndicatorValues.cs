using OcopMarket.Core.Reports.Sections;

namespace OcopMarket.Core.Reports;

/// <summary>Reads each <see cref="ReportIndicators"/> key off the report's sections (one place maps keys to figures).</summary>
public static class IndicatorValues
{
    public static IReadOnlyDictionary<string, decimal> From(CertifiedProductsSection certified, CertificateActivitySection certificates,
        DisplayPointsSection points, FairsSection fairs, InspectionsSection inspections, OnlineSalesSection sales, TraceabilitySection traceability) =>
        new Dictionary<string, decimal>
        {
            [ReportIndicators.CertifiedProducts] = certified.Total,
            [ReportIndicators.FourStarProducts] = certified.FourOrMore,
            [ReportIndicators.NewCertificates] = certificates.New,
            [ReportIndicators.Upgrades] = certificates.Upgrades,
            [ReportIndicators.DisplayPoints] = points.Published,
            [ReportIndicators.NewDisplayPoints] = points.New,
            [ReportIndicators.Fairs] = fairs.Count,
            [ReportIndicators.Inspections] = inspections.Completed,
            [ReportIndicators.OnlineOrders] = sales.Orders,
            [ReportIndicators.OnlineRevenue] = sales.Revenue,
            [ReportIndicators.StampScans] = traceability.Scans,
        };
}
