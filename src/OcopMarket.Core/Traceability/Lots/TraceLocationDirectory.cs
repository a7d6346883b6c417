using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Traceability.Lots;

/// <summary>What is typed for a place where events happen.</summary>
public sealed record TraceLocationDraft(
    string? Name, TraceLocationKind Kind, string? Address, double? Latitude, double? Longitude, int? DisplayPointId, string? Gln);

/// <summary>
/// The places of events: a producer's own farms, workshops and warehouses (ProducerId set), and the office's places
/// (labs, display points; ProducerId null) that every producer may use. Each owner edits only its own places.
/// </summary>
public sealed class TraceLocationDirectory(OcopDbContext db)
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 400;

    public const string NoSuchLocation = "No such place.";
    public const string NameRequired = "Enter the name of the place.";
    public const string NameTooLong = "The name is too long (at most 200 characters).";
    public const string AddressTooLong = "The address is too long (at most 400 characters).";
    public const string BadKind = "Choose what kind of place it is.";
    public const string PinIncomplete = "Enter both the latitude and the longitude, or neither.";
    public const string PinOutsideVietnam = "The pin must be in Việt Nam (latitude 6–24, longitude 102–118).";
    public const string BadGln = "The GLN must be 13 digits with a valid check digit.";
    public const string DisplayPointRequired = "Choose the display point.";
    public const string NoSuchDisplayPoint = "No such display point.";
    public const string InUse = "The place is used by {0} event(s), so it cannot be deleted.";

    /// <summary>The kinds a producer may give its own places, and those of the office's places.</summary>
    public static readonly TraceLocationKind[] ProducerKinds = [TraceLocationKind.Farm, TraceLocationKind.Workshop, TraceLocationKind.Warehouse, TraceLocationKind.Other];
    public static readonly TraceLocationKind[] OfficeKinds = [TraceLocationKind.Laboratory, TraceLocationKind.DisplayPoint, TraceLocationKind.Warehouse, TraceLocationKind.Other];

    /// <summary>Adds (id null) or edits a place of <paramref name="producerId"/> (null: an office place).</summary>
    public async Task<OperationResult<int>> SaveAsync(int? producerId, int? id, TraceLocationDraft draft, CancellationToken ct = default)
    {
        TraceLocation? location = null;
        if (id is { } existing)
        {
            location = await db.TraceLocations.FirstOrDefaultAsync(l => l.Id == existing && l.ProducerId == producerId, ct);
            if (location is null) return OperationResult<int>.Fail(NoSuchLocation);
        }
        var name = Clean(draft.Name);
        if (name is null) return OperationResult<int>.Fail(NameRequired);
        if (name.Length > NameMaxLength) return OperationResult<int>.Fail(NameTooLong);
        var address = Clean(draft.Address);
        if (address?.Length > AddressMaxLength) return OperationResult<int>.Fail(AddressTooLong);
        if (!(producerId is null ? OfficeKinds : ProducerKinds).Contains(draft.Kind)) return OperationResult<int>.Fail(BadKind);
        if (draft.Latitude.HasValue != draft.Longitude.HasValue) return OperationResult<int>.Fail(PinIncomplete);
        if (draft.Latitude is { } lat && draft.Longitude is { } lng && !(lat is >= 6 and <= 24 && lng is >= 102 and <= 118))
            return OperationResult<int>.Fail(PinOutsideVietnam);
        var gln = Clean(draft.Gln);
        if (gln is not null && !(gln.Length == 13 && Gtin.IsValid(gln))) return OperationResult<int>.Fail(BadGln);

        int? displayPointId = null;
        double? latitude = draft.Latitude, longitude = draft.Longitude;
        if (draft.Kind == TraceLocationKind.DisplayPoint)
        {
            if (draft.DisplayPointId is not { } pointId) return OperationResult<int>.Fail(DisplayPointRequired);
            var point = await db.DisplayPoints.AsNoTracking().Where(p => p.Id == pointId)
                .Select(p => new { p.Id, p.Address, p.Latitude, p.Longitude }).FirstOrDefaultAsync(ct);
            if (point is null) return OperationResult<int>.Fail(NoSuchDisplayPoint);
            displayPointId = point.Id;
            // The point's own pin and address unless the office typed others.
            if (latitude is null) (latitude, longitude) = (point.Latitude, point.Longitude);
            address ??= point.Address;
        }

        if (location is null)
        {
            location = new TraceLocation { ProducerId = producerId };
            db.TraceLocations.Add(location);
        }
        location.Name = name;
        location.Kind = draft.Kind;
        location.Address = address;
        location.Latitude = latitude;
        location.Longitude = longitude;
        location.DisplayPointId = displayPointId;
        location.Gln = gln;
        await db.SaveChangesAsync(ct);
        return OperationResult<int>.Ok(location.Id);
    }

    /// <summary>Deletes a place nobody's event refers to.</summary>
    public async Task<OperationResult> DeleteAsync(int? producerId, int id, CancellationToken ct = default)
    {
        var location = await db.TraceLocations.FirstOrDefaultAsync(l => l.Id == id && l.ProducerId == producerId, ct);
        if (location is null) return OperationResult.Fail(NoSuchLocation);
        var uses = await db.TraceEvents.CountAsync(e => e.LocationId == id || e.DestinationLocationId == id, ct);
        if (uses > 0) return OperationResult.Fail(InUse, uses);
        db.TraceLocations.Remove(location);
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : new string(text.Normalize(System.Text.NormalizationForm.FormC).Where(c => !char.IsControl(c)).ToArray()).Trim();
}
