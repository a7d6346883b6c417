using OcopMarket.Core.Traceability;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Traceability;

/// <summary>The alerts list's filters on top of paging, sorting and the text search (product, producer, GTIN, lot, serial).</summary>
public sealed class AnomalyListQuery : ListQuery
{
    public const string Open = "open";
    public const string Reviewed = "reviewed";
    public const string All = "all";

    /// <summary>open (default), reviewed or all.</summary>
    public string? Status { get; set; }
    public AnomalyKind? Kind { get; set; }
    public int? ProducerId { get; set; }

    public string SafeStatus => Status is Reviewed or All ? Status : Open;
}

/// <summary>One anomaly with the product and producer its GTIN (or lot) belongs to.</summary>
public sealed class AnomalyRow
{
    public int Id { get; init; }
    public AnomalyKind Kind { get; init; }
    public DateTimeOffset DetectedAt { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public int? ReviewedByUserId { get; init; }
    public string? ReviewNote { get; init; }
    public string Gtin { get; init; } = "";
    public string? LotCode { get; init; }
    public string? Serial { get; init; }
    public int? StampId { get; init; }
    public int? LotId { get; init; }
    public int? ScanId { get; init; }
    public string Detail { get; init; } = "";
    public int? ProductId { get; init; }
    public string? ProductName { get; init; }
    public int? ProducerId { get; init; }
    public string? ProducerName { get; init; }

    public bool IsOpen => ReviewedAt is null;
}

public sealed record ProducerOption(int Id, string Name);

public sealed record AnomalyListModel(AnomalyListQuery Query, PagedList<AnomalyRow> Rows, IReadOnlyList<ProducerOption> Producers);

public sealed record AnomalyScanRow(int Id, DateTimeOffset ScannedAt, ScanOutcome Outcome, string? LotCode, string? Serial, double? Latitude, double? Longitude);

public sealed record AnomalyStampInfo(int Id, int Number, string Serial, int ScanCount, DateTimeOffset? FirstScannedAt, DateTimeOffset? LastScannedAt);

public sealed record AnomalyLotInfo(int Id, string Code, DateOnly ProducedOn, DateOnly? ExpiresOn, int StampsIssued);

public sealed record AnomalyDetailModel(
    AnomalyRow Anomaly, string? ReviewerName, AnomalyStampInfo? Stamp, AnomalyLotInfo? Lot,
    IReadOnlyList<AnomalyScanRow> Scans, int ScanTotal, string TracePath, ReviewForm Form);

/// <summary>The office's note when it marks an alert reviewed (what it found, what it did).</summary>
[OcopMarket.Web.Framework.LocalizedWith(typeof(OcopMarket.Web.Framework.StampsResource))]
public sealed class ReviewForm
{
    [System.ComponentModel.DataAnnotations.StringLength(1000, ErrorMessage = "The note is at most {1} characters.")]
    [System.ComponentModel.DataAnnotations.Display(Name = "Review note")]
    public string? Note { get; set; }
}
