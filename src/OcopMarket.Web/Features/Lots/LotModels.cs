using System.ComponentModel.DataAnnotations;
using System.Globalization;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Traceability;
using OcopMarket.Core.Traceability.Lots;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Lots;

public sealed class LotListQuery : ListQuery
{
    public int? Product { get; set; }
    public int? Producer { get; set; }
}

public sealed class LotRow
{
    public int Id { get; init; }
    public string Code { get; init; } = "";
    public string Gtin { get; init; } = "";
    public int ProductId { get; init; }
    public string ProductName { get; init; } = "";
    public string ProducerName { get; init; } = "";
    public DateOnly ProducedOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public int Quantity { get; init; }
    public int Events { get; init; }
    public TraceStep? LastStep { get; init; }
    public DateTimeOffset? LastEventAt { get; init; }
    public int StampsIssued { get; init; }
}

public sealed record NamedOption(int Id, string Name);

public sealed record LotListModel(PagedList<LotRow> Page, LotListQuery Query, IReadOnlyList<NamedOption> Products, IReadOnlyList<NamedOption> Producers, DateOnly Today);

/// <summary>A lot's facts for its page.</summary>
public sealed record LotHeader(
    int Id, string Code, string Gtin, int ProductId, string ProductName, string ProductSlug, int ProducerId, string ProducerName,
    DateOnly ProducedOn, DateOnly? ExpiresOn, int Quantity, string? Notes, int StampsIssued, DateTimeOffset CreatedAt);

public sealed record LotDetailsModel(LotHeader Lot, IReadOnlyList<TimelineEntry> Timeline, string DigitalLink, bool Office, DateOnly Today);

[LocalizedWith(typeof(LotsResource))]
public sealed class LotForm
{
    [Display(Name = "Product")]
    [Required(ErrorMessage = "Choose the product.")]
    public int? ProductId { get; set; }

    [Display(Name = "Lot code")]
    [Required(ErrorMessage = "Enter the lot code.")]
    [StringLength(LotCode.MaxLength, ErrorMessage = "The lot code must have 1–20 characters: letters A–Z, digits and - . _ only.")]
    public string? Code { get; set; }

    [Display(Name = "Production date")]
    [Required(ErrorMessage = "Enter the production date.")]
    public DateOnly? ProducedOn { get; set; }

    [Display(Name = "Expiry date")]
    public DateOnly? ExpiresOn { get; set; }

    [Display(Name = "Quantity (units)")]
    [Required(ErrorMessage = "Enter the quantity.")]
    [Range(1, LotRegistration.MaxQuantity, ErrorMessage = "The quantity must be a whole number greater than 0.")]
    public int? Quantity { get; set; }

    [Display(Name = "Notes")]
    [StringLength(LotRegistration.NotesMaxLength, ErrorMessage = "The notes are too long (at most 2,000 characters).")]
    public string? Notes { get; set; }

    public LotDraft ToDraft() => new(ProductId!.Value, Code, ProducedOn!.Value, ExpiresOn, Quantity!.Value, Notes);
}

/// <summary>A product the producer may make a lot of: only products with a valid GTIN can.</summary>
public sealed record LotProductOption(int Id, string Name, string? Gtin, bool HasValidGtin);

public sealed class LotFormModel
{
    public int? LotId { get; init; }
    public LotForm Form { get; set; } = new();
    public IReadOnlyList<LotProductOption> Products { get; init; } = [];
    /// <summary>Set when editing: the product (and GTIN) of a lot never changes, and a code on printed stamps neither.</summary>
    public LotHeader? Lot { get; init; }
}

[LocalizedWith(typeof(LotsResource))]
public sealed class TraceEventForm
{
    [Display(Name = "Step")]
    [Required(ErrorMessage = "Choose the step.")]
    public TraceStep? Step { get; set; }

    [Display(Name = "Date")]
    [Required(ErrorMessage = "Enter the date of the event.")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Time")]
    public TimeOnly? Time { get; set; }

    [Display(Name = "Place")]
    public int? LocationId { get; set; }

    [Display(Name = "Shipped to")]
    public int? DestinationLocationId { get; set; }

    [Display(Name = "Quantity")]
    [StringLength(20, ErrorMessage = "Enter the quantity as a number, e.g. 12,5.")]
    public string? Quantity { get; set; }

    [Display(Name = "Unit")]
    public string? Unit { get; set; }

    [Display(Name = "Note")]
    [StringLength(TraceEventRecording.NoteMaxLength, ErrorMessage = "The note is too long (at most 2,000 characters).")]
    public string? Note { get; set; }

    [Display(Name = "Documents")]
    public List<int> DocumentIds { get; set; } = [];

    [Display(Name = "Register inspection")]
    public int? InspectionId { get; set; }

    /// <summary>"12,5" or "12.5"; null when empty; false when it is not a number.</summary>
    public bool TryQuantity(out decimal? quantity)
    {
        quantity = null;
        if (string.IsNullOrWhiteSpace(Quantity)) return true;
        if (!decimal.TryParse(Quantity.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var q)) return false;
        quantity = q;
        return true;
    }

    public TraceEventDraft ToDraft(decimal? quantity) => new(
        Step!.Value, TraceTime.FromLocal(Date!.Value.ToDateTime(Time ?? new TimeOnly(8, 0))), LocationId, DestinationLocationId,
        quantity, Unit, Note, DocumentIds, InspectionId);

    public static TraceEventForm From(TimelineEntry e, IReadOnlyList<int> documentIds, int? inspectionId)
    {
        var local = e.OccurredAt.ToOffset(TraceTime.Offset);
        return new TraceEventForm
        {
            Step = e.Step, Date = DateOnly.FromDateTime(local.DateTime), Time = TimeOnly.FromDateTime(local.DateTime),
            LocationId = e.Location?.Id, DestinationLocationId = e.Destination?.Id,
            Quantity = e.Quantity?.ToString("0.###", CultureInfo.InvariantCulture), Unit = e.QuantityUnit, Note = e.Note,
            DocumentIds = documentIds.ToList(), InspectionId = inspectionId,
        };
    }
}

public sealed record PlaceOption(int Id, string Name, TraceLocationKind Kind, bool Shared);

public sealed record DocumentOption(int Id, string Title, DocumentKind Kind, DateOnly? ValidUntil, string ContentType);

public sealed record InspectionOption(int Id, string Label);

public sealed class TraceEventFormModel
{
    public required LotHeader Lot { get; init; }
    public int? EventId { get; init; }
    public TraceEventForm Form { get; set; } = new();
    public IReadOnlyList<PlaceOption> Places { get; init; } = [];
    public IReadOnlyList<DocumentOption> Documents { get; init; } = [];
    public IReadOnlyList<InspectionOption> Inspections { get; init; } = [];
    /// <summary>The office form: the step is always Inspecting and a register inspection may be linked.</summary>
    public bool Office { get; init; }
    public string Action { get; init; } = "";
    public string CancelUrl { get; init; } = "";
    public string DocumentsUrl { get; init; } = "";
}

[LocalizedWith(typeof(LotsResource))]
public sealed class TraceLocationForm
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the name of the place.")]
    [StringLength(TraceLocationDirectory.NameMaxLength, ErrorMessage = "The name is too long (at most 200 characters).")]
    public string? Name { get; set; }

    [Display(Name = "Kind of place")]
    [Required(ErrorMessage = "Choose what kind of place it is.")]
    public TraceLocationKind? Kind { get; set; }

    [Display(Name = "Address")]
    [StringLength(TraceLocationDirectory.AddressMaxLength, ErrorMessage = "The address is too long (at most 400 characters).")]
    public string? Address { get; set; }

    [Display(Name = "Latitude")]
    public string? Latitude { get; set; }

    [Display(Name = "Longitude")]
    public string? Longitude { get; set; }

    [Display(Name = "Display point")]
    public int? DisplayPointId { get; set; }

    [Display(Name = "GLN (optional)")]
    public string? Gln { get; set; }

    public static bool TryCoordinate(string? text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v)) return false;
        value = v;
        return true;
    }

    public static TraceLocationForm From(TraceLocation l) => new()
    {
        Name = l.Name, Kind = l.Kind, Address = l.Address,
        Latitude = l.Latitude?.ToString("0.######", CultureInfo.InvariantCulture), Longitude = l.Longitude?.ToString("0.######", CultureInfo.InvariantCulture),
        DisplayPointId = l.DisplayPointId, Gln = l.Gln,
    };
}

public sealed class TraceLocationRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public TraceLocationKind Kind { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Gln { get; init; }
    public int Events { get; init; }
}

public sealed record TraceLocationListModel(PagedList<TraceLocationRow> Page, TraceLocationKind? Kind, bool Office, IReadOnlyList<TraceLocationRow> Shared);

public sealed class TraceLocationFormModel
{
    public int? Id { get; init; }
    public TraceLocationForm Form { get; set; } = new();
    public bool Office { get; init; }
    public IReadOnlyList<NamedOption> DisplayPoints { get; init; } = [];
    public string Action { get; init; } = "";
    public string CancelUrl { get; init; } = "";
}

/// <summary>The timeline partial: the lot's events, and whether the portal (producer) or the admin (office) shows them.</summary>
public sealed record LotTimelineView(LotDetailsModel Details, bool Portal)
{
    public string DocumentUrl(int documentId) => Portal
        ? $"/portal/tai-lieu/{documentId}/tai-ve"
        : $"/admin/truy-xuat/lo/{Details.Lot.Id}/tai-lieu/{documentId}";

    /// <summary>A producer edits its own events; the office edits the office's.</summary>
    public bool CanEdit(TimelineEntry e) => Portal ? !e.RecordedByOffice : e.RecordedByOffice;

    public string EventUrl(TimelineEntry e) => Portal
        ? $"/portal/lo-hang/{Details.Lot.Id}/su-kien/{e.Id}"
        : $"/admin/truy-xuat/lo/{Details.Lot.Id}/su-kien/{e.Id}";
}
