using OcopMarket.Core.Common;

namespace OcopMarket.Core.Reports;

/// <summary>
/// A target the office set for a year, e.g. "products ≥ 3★: 10–12 in 2026". <see cref="Indicator"/> is a stable
/// English key of the monthly report's indicators; a range is Min..Max, a single figure Min only.
/// </summary>
public class ReportTarget : Entity, Audit.IAudited
{
    public int Year { get; set; }
    public string Indicator { get; set; } = "";
    public decimal Min { get; set; }
    public decimal? Max { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A monthly report exported (XLSX or printed): the dashboard stops reminding once the month has one.</summary>
public class ReportExport : Entity
{
    public int Year { get; set; }
    public int Month { get; set; }
    /// <summary>"xlsx" or "print".</summary>
    public string Format { get; set; } = "";
    public DateTimeOffset ExportedAt { get; set; }
    public int? UserId { get; set; }
}
