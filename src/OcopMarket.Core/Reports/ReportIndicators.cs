namespace OcopMarket.Core.Reports;

/// <summary>How an indicator adds up over a year: a level read at the end of the period, or a sum of what happened in it.</summary>
public enum IndicatorKind
{
    /// <summary>A level at the end of the period (products with a valid rank, display points): year-to-date = the month's figure.</summary>
    Level = 1,
    /// <summary>Things that happen (new certificates, revenue): year-to-date = January 1 to the month's end.</summary>
    Flow = 2,
}

/// <summary>A figure of the monthly report that the office may set a yearly target for. <see cref="Name"/> is an English resource key.</summary>
public sealed record ReportIndicator(string Key, string Name, IndicatorKind Kind, bool IsMoney = false);

/// <summary>
/// The stable keys of the report's indicators (stored in ReportTarget.Indicator: never rename a key, only add).
/// </summary>
public static class ReportIndicators
{
    public const string CertifiedProducts = "certified-products";
    public const string FourStarProducts = "four-star-products";
    public const string NewCertificates = "new-certificates";
    public const string Upgrades = "upgrades";
    public const string DisplayPoints = "display-points";
    public const string NewDisplayPoints = "new-display-points";
    public const string Fairs = "fairs";
    public const string Inspections = "inspections";
    public const string OnlineOrders = "online-orders";
    public const string OnlineRevenue = "online-revenue";
    public const string StampScans = "stamp-scans";

    public static readonly IReadOnlyList<ReportIndicator> All =
    [
        new(CertifiedProducts, "Products with a valid rank of 3★ or more", IndicatorKind.Level),
        new(FourStarProducts, "Products with a valid rank of 4★ or more", IndicatorKind.Level),
        new(NewCertificates, "Newly recognised products", IndicatorKind.Flow),
        new(Upgrades, "Products upgraded", IndicatorKind.Flow),
        new(DisplayPoints, "Display and sale points", IndicatorKind.Level),
        new(NewDisplayPoints, "New display and sale points", IndicatorKind.Flow),
        new(Fairs, "Trade fairs held", IndicatorKind.Flow),
        new(Inspections, "Inspections completed", IndicatorKind.Flow),
        new(OnlineOrders, "Online orders", IndicatorKind.Flow),
        new(OnlineRevenue, "Online sales revenue", IndicatorKind.Flow, IsMoney: true),
        new(StampScans, "Traceability stamp scans", IndicatorKind.Flow),
    ];

    public static ReportIndicator? Find(string? key) => All.FirstOrDefault(i => i.Key == key);
}
