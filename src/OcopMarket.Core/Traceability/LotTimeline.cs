using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Traceability;

public sealed record TimelineDocument(int Id, DocumentKind Kind, string Title, DateOnly? ValidUntil);

public sealed record TimelinePlace(int Id, string Name, TraceLocationKind Kind, string? Address, double? Latitude, double? Longitude)
{
    /// <summary>The place's GS1 GLN when it has one (the EPCIS export names the place by it).</summary>
    public string? Gln { get; init; }
    public int? DisplayPointId { get; init; }
    /// <summary>Null for the office's shared places (labs, display points).</summary>
    public int? ProducerId { get; init; }
}

public sealed record TimelineEntry(
    int Id, TraceStep Step, DateTimeOffset OccurredAt, TimelinePlace? Location, TimelinePlace? Destination,
    decimal? Quantity, string? QuantityUnit, string? Note, bool RecordedByOffice, IReadOnlyList<TimelineDocument> Documents)
{
    /// <summary>The register inspection an office inspection event is tied to.</summary>
    public int? InspectionId { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>
/// The one read model of a lot's journey, oldest event first: the public traceability page, the portal and admin lot pages
/// and the EPCIS export all read it, so they never disagree about what happened.
/// </summary>
public sealed class LotTimeline(OcopDbContext db)
{
    public async Task<IReadOnlyList<TimelineEntry>> LoadAsync(int lotId, CancellationToken ct = default)
    {
        var events = await db.TraceEvents.AsNoTracking()
            .Where(e => e.LotId == lotId)
            .Include(e => e.Location)
            .Include(e => e.DestinationLocation)
            .Include(e => e.Documents).ThenInclude(d => d.Document)
            .AsSplitQuery()
            .ToListAsync(ct);
        return events
            .OrderBy(e => e.OccurredAt.UtcDateTime).ThenBy(e => e.Id)
            .Select(e => new TimelineEntry(
                e.Id, e.Step, e.OccurredAt, Place(e.Location), Place(e.DestinationLocation), e.Quantity, e.QuantityUnit, e.Note,
                e.RecordedByOffice,
                e.Documents.Where(d => d.Document is not null)
                    .Select(d => new TimelineDocument(d.Document!.Id, d.Document.Kind, d.Document.Title, d.Document.ValidUntil))
                    .OrderBy(d => d.Title).ToList())
            {
                InspectionId = e.InspectionId,
                RecordedAt = e.RecordedAt,
            })
            .ToList();
    }

    private static TimelinePlace? Place(TraceLocation? l) =>
        l is null ? null : new TimelinePlace(l.Id, l.Name, l.Kind, l.Address, l.Latitude, l.Longitude)
        {
            Gln = l.Gln,
            DisplayPointId = l.DisplayPointId,
            ProducerId = l.ProducerId,
        };
}
