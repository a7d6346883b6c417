using OcopMarket.Core.Reports.Sections;

namespace OcopMarket.Core.Reports;

/// <summary>A section's figures for the report's month and for the month before, side by side.</summary>
public sealed record Compared<T>(T Current, T Previous);

/// <summary>One indicator: the month, the month before, the year so far, and the office's yearly target if any.</summary>
public sealed record IndicatorProgress(ReportIndicator Indicator, decimal Month, decimal PreviousMonth, decimal YearToDate, ReportTarget? Target)
{
    public TargetProgress? Progress => Target is null ? null : TargetProgress.Evaluate(Target.Min, Target.Max, YearToDate);
}

/// <summary>
/// The office's monthly report for <see cref="Month"/>. <see cref="AsOf"/> is the day levels are read on: the month's
/// last day, or today while the month is still running (<see cref="IsPartial"/>).
/// </summary>
public sealed record MonthlyReport(
    ReportMonth Month,
    DateOnly AsOf,
    DateOnly PreviousAsOf,
    bool IsPartial,
    Compared<CertifiedProductsSection> Certified,
    Compared<CertificateActivitySection> Certificates,
    Compared<CertificateWatchSection> Watch,
    Compared<InspectionsSection> Inspections,
    Compared<DisplayPointsSection> DisplayPoints,
    Compared<FairsSection> Fairs,
    Compared<CampaignResultsSection> Campaigns,
    Compared<OnlineSalesSection> Sales,
    Compared<TraceabilitySection> Traceability,
    IReadOnlyList<IndicatorProgress> Indicators);
