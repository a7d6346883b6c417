using OcopMarket.Core.Common;

namespace OcopMarket.Core.Traceability;

/// <summary>A series of stamps issued at once for a lot: numbers FirstNumber … FirstNumber + Count − 1 within the lot.</summary>
public class StampSeries : Entity, Audit.IAudited
{
    public int LotId { get; set; }
    public Lot? Lot { get; set; }
    public int FirstNumber { get; set; }
    public int Count { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public int? IssuedByUserId { get; set; }
    public bool IssuedByOffice { get; set; }
}

/// <summary>
/// One printed traceability stamp. Number is the printed sequence within the lot ("No. 000123"); Serial (AI 21) is
/// random and unique across the site, so a counterfeiter cannot guess valid serials from one genuine stamp.
/// </summary>
public class Stamp : Entity
{
    public int LotId { get; set; }
    public Lot? Lot { get; set; }
    public int SeriesId { get; set; }
    public int Number { get; set; }
    public string Serial { get; set; } = "";
    public int ScanCount { get; set; }
    public DateTimeOffset? FirstScannedAt { get; set; }
    public DateTimeOffset? LastScannedAt { get; set; }
}

public enum ScanOutcome
{
    /// <summary>A stamp we issued.</summary>
    Genuine = 1,
    /// <summary>Our GTIN and lot (or GTIN alone), no serial: a lot-level or product-level link.</summary>
    LotOrProduct = 2,
    /// <summary>Our GTIN, but a serial (or lot) we never issued: a counterfeit signal.</summary>
    NeverIssued = 3,
}

/// <summary>
/// Every resolution of one of our codes. Place is coarse (rounded to ~1 km) and only when the visitor's browser shares it;
/// no IP address is stored.
/// </summary>
public class StampScan : Entity
{
    public int? StampId { get; set; }
    public int? LotId { get; set; }
    public string Gtin { get; set; } = "";
    public string? LotCode { get; set; }
    public string? Serial { get; set; }
    public ScanOutcome Outcome { get; set; }
    public DateTimeOffset ScannedAt { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public DateTimeOffset? PlaceReportedAt { get; set; }
}

public enum AnomalyKind
{
    /// <summary>The serial was scanned far more often than a real item would be.</summary>
    TooManyScans = 1,
    /// <summary>Two scans of one serial from places too far apart for the time between them.</summary>
    ImpossibleTravel = 2,
    /// <summary>A code with our GTIN but a serial or lot we never issued.</summary>
    NeverIssued = 3,
}

/// <summary>A possible counterfeit, flagged on the office dashboard until someone reviews it.</summary>
public class StampAnomaly : Entity, Audit.IAudited
{
    public AnomalyKind Kind { get; set; }
    public int? StampId { get; set; }
    public Stamp? Stamp { get; set; }
    public int? LotId { get; set; }
    public string Gtin { get; set; } = "";
    public string? LotCode { get; set; }
    public string? Serial { get; set; }
    public int? ScanId { get; set; }
    /// <summary>Plain facts for the office ("41 scans in 24 h", "Hà Nội → TP HCM, 1,140 km in 2 h").</summary>
    public string Detail { get; set; } = "";
    public DateTimeOffset DetectedAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public int? ReviewedByUserId { get; set; }
    public string? ReviewNote { get; set; }
}
