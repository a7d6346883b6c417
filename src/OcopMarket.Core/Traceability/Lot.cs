using OcopMarket.Core.Common;

namespace OcopMarket.Core.Traceability;

/// <summary>
/// A lot (batch, lô) of a product: GS1 AI 10. The GTIN is copied from the product when the lot is created and stored
/// as GTIN-14 (the Digital Link form), so a later change of the product's barcode does not orphan printed stamps.
/// </summary>
public class Lot : Entity, Audit.IAudited
{
    public int ProductId { get; set; }
    public Catalog.Product? Product { get; set; }
    /// <summary>AI 10: up to 20 characters of the GS1 "CSET 82" set; we allow A–Z, 0–9, '-', '.', '_'.</summary>
    public string Code { get; set; } = "";
    /// <summary>14 digits with a valid check digit.</summary>
    public string Gtin { get; set; } = "";
    public DateOnly ProducedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public int Quantity { get; set; }
    public string? Notes { get; set; }
    /// <summary>How many stamps were issued so far: the next series starts at StampsIssued + 1 (bumped by a conditional UPDATE).</summary>
    public int StampsIssued { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? CreatedByUserId { get; set; }
    public List<TraceEvent> Events { get; set; } = [];
}

public enum TraceLocationKind
{
    Farm = 1,
    Workshop = 2,
    Warehouse = 3,
    DisplayPoint = 4,
    Laboratory = 5,
    Other = 9,
}

/// <summary>An EPCIS "where" (readPoint / bizLocation): a producer's farm, workshop or warehouse, a lab, or a display point.</summary>
public class TraceLocation : Entity, Audit.IAudited
{
    /// <summary>The producer owning the place; null for places the office records (labs, display points).</summary>
    public int? ProducerId { get; set; }
    public string Name { get; set; } = "";
    public TraceLocationKind Kind { get; set; }
    public string? Address { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public int? DisplayPointId { get; set; }
    /// <summary>GS1 GLN (13 digits) when the place has one; otherwise the EPCIS export uses a site-local URI.</summary>
    public string? Gln { get; set; }
}

/// <summary>The "why" of an event, our words for CBV business steps (the EPCIS export maps each to a CBV bizStep and event type).</summary>
public enum TraceStep
{
    Harvesting = 1,
    Processing = 2,
    Packing = 3,
    Inspecting = 4,
    Shipping = 5,
    Receiving = 6,
    RetailSelling = 7,
}

/// <summary>
/// One traceability event of a lot, in the shape of a GS1 EPCIS 2.0 event: what (the lot, a quantity), when (OccurredAt
/// with its zone offset), where (Location), why (Step); documents attached by <see cref="TraceEventDocument"/>.
/// </summary>
public class TraceEvent : Entity, Audit.IAudited
{
    public int LotId { get; set; }
    public Lot? Lot { get; set; }
    public TraceStep Step { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public int? LocationId { get; set; }
    public TraceLocation? Location { get; set; }
    /// <summary>For shipping: where the goods go (EPCIS destination).</summary>
    public int? DestinationLocationId { get; set; }
    public TraceLocation? DestinationLocation { get; set; }
    public decimal? Quantity { get; set; }
    /// <summary>UN/CEFACT unit code (KGM, LTR, H87 for pieces).</summary>
    public string? QuantityUnit { get; set; }
    public string? Note { get; set; }
    /// <summary>Set when the office recorded an inspection linked to the register's inspection.</summary>
    public int? InspectionId { get; set; }
    public int? RecordedByUserId { get; set; }
    /// <summary>True when office staff recorded it (shown as "recorded by the office" publicly).</summary>
    public bool RecordedByOffice { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public List<TraceEventDocument> Documents { get; set; } = [];
}

/// <summary>A producer document (VietGAP, organic, food-safety certificate, test result) attached to an event.</summary>
public class TraceEventDocument : Audit.IAudited
{
    public int TraceEventId { get; set; }
    public int ProducerDocumentId { get; set; }
    public Producers.ProducerDocument? Document { get; set; }
}
