using OcopMarket.Core.Certification;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Settings;
using OcopMarket.Core.Traceability;

namespace OcopMarket.Web.Framework.Models;

/// <summary>What a scanned code turned out to be.</summary>
public enum TracePageKind
{
    /// <summary>GTIN only: the product and how many lots it has.</summary>
    Product,
    /// <summary>GTIN + lot: the lot and its journey.</summary>
    Lot,
    /// <summary>A stamp we issued: the lot, its journey and the stamp's scans.</summary>
    Stamp,
    /// <summary>Our GTIN with a lot or serial we never issued: the counterfeit warning.</summary>
    NeverIssued,
}

/// <param name="Slug">Null when the product is not on sale on the storefront (then there is no link to it).</param>
public sealed record TraceProductModel(int Id, string Name, string? Slug, int? PhotoId, string CategoryName);

/// <summary>The product's OCOP certificate as it stands today (the badge certificate, else the latest one).</summary>
public sealed record TraceCertificateModel(CertificateStatus Status, int Stars, string DecisionNumber, string IssuingBody, DateOnly IssuedOn, DateOnly ExpiresOn, DateOnly? RevokedOn)
{
    public bool IsValidToday => Status is CertificateStatus.Valid or CertificateStatus.Expiring && Stars >= CertificateStatusPolicy.MinimumBadgeStars;
}

/// <param name="Slug">Null when the producer has no public page.</param>
public sealed record TraceProducerModel(string Name, string? Slug, string Place, string? Phone);

public sealed record TraceLotModel(string Code, DateOnly ProducedOn, DateOnly? ExpiresOn, int Quantity, int EventCount);

public sealed record TraceStampModel(int Number, string Serial, int ScanCount, DateTimeOffset? FirstScannedAt);

/// <summary>The public traceability page of a product, lot or stamp, or the counterfeit warning for a code we never issued.</summary>
public sealed record TracePageModel(
    TracePageKind Kind,
    string CanonicalPath,
    string Gtin14,
    string? ScannedLot,
    string? ScannedSerial,
    DateOnly? ScannedExpiry,
    TraceProductModel Product,
    TraceCertificateModel? Certificate,
    TraceProducerModel Producer,
    int LotCount,
    TraceLotModel? Lot,
    IReadOnlyList<TimelineEntry> Timeline,
    TraceStampModel? Stamp,
    IReadOnlyList<AnomalyKind> Warnings,
    string? ScanToken,
    ShopSettings Contact,
    DateOnly Today)
{
    /// <summary>The ?17= expiry on the code differs from the lot's: printed by someone else, or a relabelled product.</summary>
    public bool ExpiryMismatch => ScannedExpiry is { } scanned && Lot is not null && Lot.ExpiresOn != scanned;
    public bool LotExpired => Lot?.ExpiresOn is { } e && e < Today;
}

/// <summary>The "this code is not ours" page.</summary>
public sealed record TraceNotOursModel(string Code, DigitalLinkError Error);

/// <summary>/truy-xuat: paste a link, or type the numbers.</summary>
public sealed record TraceLookupModel(string? Code, string? Gtin, string? Lot, string? Serial, IReadOnlyDictionary<string, string> Errors)
{
    public static TraceLookupModel Empty { get; } = new(null, null, null, null, new Dictionary<string, string>());
}

/// <summary>Resource keys (StampsResource) of the traceability enums shown to people.</summary>
public static class TraceLabels
{
    public static string Step(TraceStep step) => step switch
    {
        TraceStep.Harvesting => "Step.Harvesting",
        TraceStep.Processing => "Step.Processing",
        TraceStep.Packing => "Step.Packing",
        TraceStep.Inspecting => "Step.Inspecting",
        TraceStep.Shipping => "Step.Shipping",
        TraceStep.Receiving => "Step.Receiving",
        TraceStep.RetailSelling => "Step.RetailSelling",
        _ => step.ToString(),
    };

    /// <summary>A bootstrap-icons name per step.</summary>
    public static string StepIcon(TraceStep step) => step switch
    {
        TraceStep.Harvesting => "flower1",
        TraceStep.Processing => "gear",
        TraceStep.Packing => "box-seam",
        TraceStep.Inspecting => "clipboard-check",
        TraceStep.Shipping => "truck",
        TraceStep.Receiving => "box-arrow-in-down",
        TraceStep.RetailSelling => "shop",
        _ => "circle",
    };

    public static string LocationKind(TraceLocationKind kind) => "Place." + kind;

    public static string DocumentKind(DocumentKind kind) => "Document." + kind;

    public static string Anomaly(AnomalyKind kind) => "Anomaly." + kind;

    /// <summary>UN/CEFACT unit codes as words ("KGM" → "kg").</summary>
    public static string Unit(string? code) => code switch
    {
        "KGM" => "Unit.KGM",
        "LTR" => "Unit.LTR",
        "H87" => "Unit.H87",
        null or "" => "",
        _ => code,
    };

    /// <summary>Why a code is not ours; a well-formed GTIN that is simply not one of our products is "UnknownGtin".</summary>
    public static string NotOurs(DigitalLinkError error) => error == DigitalLinkError.None ? "NotOurs.UnknownGtin" : "NotOurs." + error;
}
