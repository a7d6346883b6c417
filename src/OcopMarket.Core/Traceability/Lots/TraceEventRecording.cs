using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Traceability.Lots;

/// <summary>Who records: a producer (for its own lots only) or the office (inspections of any lot).</summary>
public sealed record TraceRecorder(int? ProducerId)
{
    public static readonly TraceRecorder Office = new((int?)null);
    public static TraceRecorder Producer(int producerId) => new(producerId);
    public bool IsOffice => ProducerId is null;
}

/// <summary>What is typed for an event. OccurredAt carries its offset (forms give Việt Nam time).</summary>
public sealed record TraceEventDraft(
    TraceStep Step, DateTimeOffset OccurredAt, int? LocationId, int? DestinationLocationId, decimal? Quantity, string? QuantityUnit,
    string? Note, IReadOnlyCollection<int> DocumentIds, int? InspectionId = null);

/// <summary>
/// Records, edits and deletes a lot's events. A producer uses only its own lots, places and documents (plus the office's
/// shared places); the office adds inspections (optionally tied to a register inspection of the lot's producer) and may
/// attach that producer's documents. Every change is one SaveChanges, so an event and its document links land together.
/// </summary>
public sealed class TraceEventRecording(OcopDbContext db, TimeProvider time, IAuditActor actor)
{
    public const int NoteMaxLength = 2000;
    public const int MaxDocuments = 10;
    public const decimal MaxQuantity = 100_000_000m;
    /// <summary>How long before the production date an event may lie: a harvest (or the hive's season) precedes the lot.</summary>
    public static readonly int HarvestWindowDays = 365;

    /// <summary>UN/CEFACT Rec. 20 codes offered for quantities.</summary>
    public static readonly string[] Units = ["KGM", "GRM", "TNE", "LTR", "MLT", "H87"];

    public const string NoSuchLot = LotRegistration.NoSuchLot;
    public const string NoSuchEvent = "No such event.";
    public const string NoSuchLocation = TraceLocationDirectory.NoSuchLocation;
    public const string NoSuchDocument = "No such document.";
    public const string NoSuchInspection = "No such inspection of this producer.";
    public const string BadStep = "Choose the step.";
    public const string OfficeRecordsInspections = "The office records inspection events only.";
    public const string InFuture = "The time of the event cannot be in the future.";
    public const string TooEarly = "The event is more than a year before the lot's production date ({0}).";
    public const string DestinationRequired = "Choose where the goods are shipped to.";
    public const string SameDestination = "The destination must be another place than where the goods leave from.";
    public const string BadQuantity = "The quantity must be greater than 0.";
    public const string UnitRequired = "Choose the unit of the quantity.";
    public const string BadUnit = "Choose a unit from the list.";
    public const string NoteTooLong = "The note is too long (at most 2,000 characters).";
    public const string TooManyDocuments = "Attach at most 10 documents to one event.";
    public const string NotYours = "This event was recorded by the office and cannot be changed here.";

    public async Task<OperationResult<int>> RecordAsync(TraceRecorder who, int lotId, TraceEventDraft draft, CancellationToken ct = default)
    {
        var lot = await LotFor(who, lotId, ct);
        if (lot is null) return OperationResult<int>.Fail(NoSuchLot);
        var e = new TraceEvent { LotId = lot.Id, RecordedByOffice = who.IsOffice };
        var result = await ApplyAsync(who, lot, e, draft, ct);
        if (!result.Succeeded) return OperationResult<int>.Fail(result.Error!, result.Arguments ?? []);
        db.TraceEvents.Add(e);
        await db.SaveChangesAsync(ct);
        return OperationResult<int>.Ok(e.Id);
    }

    /// <summary>Edits an event its recorder owns: a producer its own events, the office the office's.</summary>
    public async Task<OperationResult> UpdateAsync(TraceRecorder who, int eventId, TraceEventDraft draft, CancellationToken ct = default)
    {
        var (e, lot, error) = await OwnEventAsync(who, eventId, ct);
        if (error is not null) return error;
        var result = await ApplyAsync(who, lot!, e!, draft, ct);
        if (!result.Succeeded) return result;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> DeleteAsync(TraceRecorder who, int eventId, CancellationToken ct = default)
    {
        var (e, _, error) = await OwnEventAsync(who, eventId, ct);
        if (error is not null) return error;
        db.TraceEvents.Remove(e!);
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    private sealed record LotInfo(int Id, int ProducerId, int ProductId, DateOnly ProducedOn);

    private Task<LotInfo?> LotFor(TraceRecorder who, int lotId, CancellationToken ct) =>
        db.Lots.AsNoTracking()
            .Where(l => l.Id == lotId && (who.ProducerId == null || l.Product!.ProducerId == who.ProducerId))
            .Select(l => new LotInfo(l.Id, l.Product!.ProducerId, l.ProductId, l.ProducedOn))
            .FirstOrDefaultAsync(ct);

    private async Task<(TraceEvent?, LotInfo?, OperationResult?)> OwnEventAsync(TraceRecorder who, int eventId, CancellationToken ct)
    {
        var e = await db.TraceEvents.Include(x => x.Documents).FirstOrDefaultAsync(x => x.Id == eventId, ct);
        var lot = e is null ? null : await LotFor(who, e.LotId, ct);
        if (e is null || lot is null) return (null, null, OperationResult.Fail(NoSuchEvent));
        if (e.RecordedByOffice != who.IsOffice) return (null, null, OperationResult.Fail(NotYours));
        return (e, lot, null);
    }

    private async Task<OperationResult> ApplyAsync(TraceRecorder who, LotInfo lot, TraceEvent e, TraceEventDraft d, CancellationToken ct)
    {
        if (!Enum.IsDefined(d.Step)) return OperationResult.Fail(BadStep);
        if (who.IsOffice && d.Step != TraceStep.Inspecting) return OperationResult.Fail(OfficeRecordsInspections);
        if (d.OccurredAt > time.GetUtcNow()) return OperationResult.Fail(InFuture);
        var earliest = lot.ProducedOn.AddDays(-HarvestWindowDays);
        if (DateOnly.FromDateTime(d.OccurredAt.ToOffset(TraceTime.Offset).DateTime) < earliest)
            return OperationResult.Fail(TooEarly, lot.ProducedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));

        // Places: the lot's producer's own, or the office's shared ones. Anyone else's is "not found".
        var placeIds = new[] { d.LocationId, d.Step == TraceStep.Shipping ? d.DestinationLocationId : null }.OfType<int>().Distinct().ToList();
        if (placeIds.Count > 0)
        {
            var usable = await db.TraceLocations.CountAsync(l => placeIds.Contains(l.Id) && (l.ProducerId == null || l.ProducerId == lot.ProducerId), ct);
            if (usable != placeIds.Count) return OperationResult.Fail(NoSuchLocation);
        }
        int? destination = null;
        if (d.Step == TraceStep.Shipping)
        {
            if (d.DestinationLocationId is null) return OperationResult.Fail(DestinationRequired);
            if (d.DestinationLocationId == d.LocationId) return OperationResult.Fail(SameDestination);
            destination = d.DestinationLocationId;
        }

        string? unit = null;
        if (d.Quantity is { } quantity)
        {
            if (quantity <= 0 || quantity > MaxQuantity) return OperationResult.Fail(BadQuantity);
            unit = d.QuantityUnit?.Trim().ToUpperInvariant();
            if (string.IsNullOrEmpty(unit)) return OperationResult.Fail(UnitRequired);
            if (!Units.Contains(unit)) return OperationResult.Fail(BadUnit);
        }

        var note = string.IsNullOrWhiteSpace(d.Note) ? null : d.Note.Trim();
        if (note?.Length > NoteMaxLength) return OperationResult.Fail(NoteTooLong);

        var documentIds = d.DocumentIds.Distinct().ToList();
        if (documentIds.Count > MaxDocuments) return OperationResult.Fail(TooManyDocuments);
        if (documentIds.Count > 0
            && await db.ProducerDocuments.CountAsync(x => documentIds.Contains(x.Id) && x.ProducerId == lot.ProducerId, ct) != documentIds.Count)
            return OperationResult.Fail(NoSuchDocument);

        int? inspectionId = null;
        if (who.IsOffice && d.InspectionId is { } inspection)
        {
            var ok = await db.Inspections.AnyAsync(i => i.Id == inspection && i.ProducerId == lot.ProducerId
                && (i.ProductId == null || i.ProductId == lot.ProductId), ct);
            if (!ok) return OperationResult.Fail(NoSuchInspection);
            inspectionId = inspection;
        }

        e.Step = d.Step;
        e.OccurredAt = d.OccurredAt.ToUniversalTime(); // timestamptz holds UTC only; pages show Việt Nam time
        e.LocationId = d.LocationId;
        e.DestinationLocationId = destination;
        e.Quantity = d.Quantity;
        e.QuantityUnit = unit;
        e.Note = note;
        e.InspectionId = inspectionId;
        e.RecordedByUserId = actor.UserId;
        e.RecordedAt = time.GetUtcNow();
        // Replace the document links by the chosen set (removed ones deleted, new ones added).
        e.Documents.RemoveAll(x => !documentIds.Contains(x.ProducerDocumentId));
        foreach (var id in documentIds.Where(id => e.Documents.All(x => x.ProducerDocumentId != id)))
            e.Documents.Add(new TraceEventDocument { ProducerDocumentId = id });
        return OperationResult.Ok;
    }
}
