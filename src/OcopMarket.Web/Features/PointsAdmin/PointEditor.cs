using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Features.Portal;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>Loads, checks and saves the office's display point form; deletes and (un)publishes points.</summary>
public sealed class PointEditor(OcopDbContext db, PlaceOptions places, RichTextSanitizer sanitizer, OpeningHoursText hoursText,
    TimeProvider time, PointsRefresh refresh)
{
    // Việt Nam's mainland and near islands lie within about 8°–24° N and 102°–110° E.
    public const double MinLatitude = 8, MaxLatitude = 24, MinLongitude = 102, MaxLongitude = 110;
    public const int DescriptionMaxLength = 4000;

    public async Task<PointForm?> LoadAsync(int id, CancellationToken ct)
    {
        var p = await db.DisplayPoints.AsNoTracking()
            .Where(x => x.Id == id)
            .Select(x => new { Point = x, ProvinceId = x.Commune!.ParentId })
            .FirstOrDefaultAsync(ct);
        if (p is null) return null;
        var point = p.Point;
        return new PointForm
        {
            Id = point.Id,
            Name = point.Name,
            Slug = point.Slug,
            Type = point.Type,
            Address = point.Address,
            ProvinceId = p.ProvinceId,
            CommuneId = point.CommuneId,
            Latitude = FormNumbers.Invariant(point.Latitude),
            Longitude = FormNumbers.Invariant(point.Longitude),
            Phone = point.Phone,
            OpeningHours = point.OpeningHours,
            Description = point.Description,
            IsPublished = point.IsPublished,
        };
    }

    /// <summary>Fills the selects (the communes follow the chosen province) and, for a saved point, its side panels.</summary>
    public async Task FillAsync(PointForm form, CancellationToken ct)
    {
        form.Provinces = await places.ProvincesAsync(ct);
        form.Communes = form.ProvinceId is { } province && form.Provinces.Any(p => p.Id == province)
            ? await places.CurrentCommunesAsync(province, ct)
            : [];
        if (form.IsNew) return;
        var saved = await db.DisplayPoints.AsNoTracking().Where(p => p.Id == form.Id)
            .Select(p => new { p.Name, p.Slug, p.IsPublished, p.OpeningHours, p.CreatedAt, p.UpdatedAt })
            .FirstOrDefaultAsync(ct);
        if (saved is null) return;
        var photos = await db.DisplayPointPhotos.AsNoTracking().Where(x => x.DisplayPointId == form.Id)
            .OrderBy(x => x.SortOrder).ThenBy(x => x.Id)
            .Join(db.MediaFiles, x => x.MediaFileId, m => m.Id, (x, m) => new PointPhotoView(x.Id, x.MediaFileId, x.SortOrder, x.AltText, m.Width, m.Height))
            .ToListAsync(ct);
        form.Saved = new PointSummary(saved.Name, saved.Slug, saved.IsPublished, saved.OpeningHours,
            await db.DisplayPointProducts.CountAsync(s => s.DisplayPointId == form.Id, ct),
            await db.Shipments.CountAsync(s => s.PickupPointId == form.Id, ct),
            saved.CreatedAt, saved.UpdatedAt, photos);
    }

    /// <summary>Checks what the annotations cannot and saves; returns the point's id (null: not found), or the errors.</summary>
    public async Task<(int? Id, FormErrors Errors)> SaveAsync(PointForm form, CancellationToken ct)
    {
        var errors = new FormErrors();
        DisplayPoint? point = null;
        if (form.Id != 0)
        {
            point = await db.DisplayPoints.FirstOrDefaultAsync(p => p.Id == form.Id, ct);
            if (point is null) return (null, errors);
        }

        var name = VietnameseText.Normalize(form.Name) ?? "";
        var slug = await ChooseSlugAsync(form, name, errors, ct);

        if (form.ProvinceId is not { } provinceId || !await places.IsProvinceAsync(provinceId, ct))
            errors.Add(nameof(form.ProvinceId), "Please choose the province.");
        else if (form.CommuneId is not { } communeId)
            errors.Add(nameof(form.CommuneId), "Please choose the commune.");
        else if (!await IsCurrentCommuneOfAsync(communeId, provinceId, ct))
            errors.Add(nameof(form.CommuneId), "The commune does not belong to the chosen province.");

        var pin = ReadPin(form, errors);

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(form.Phone))
        {
            if (VietnamesePhone.Normalize(form.Phone) is null)
                errors.Add(nameof(form.Phone), "Please enter a Vietnamese phone number (e.g. 0912 345 678 or 0237 3861 234).");
            else phone = form.Phone.Trim();
        }

        // Blank hours are allowed (not known yet); typed ones must parse, or the "open now" on the storefront would lie.
        var hours = VietnameseText.Normalize(form.OpeningHours);
        if (string.IsNullOrEmpty(hours)) hours = null;
        else if (!OpeningHours.TryParse(hours, out _, out var hoursError))
            errors.Add(nameof(form.OpeningHours), hoursText.Localize(hoursError!));

        // Plain text becomes paragraphs; either way only sanitised HTML is stored.
        var description = sanitizer.Sanitize(PortalInput.ParagraphsFromText(form.Description));
        if (description.Length > DescriptionMaxLength)
            errors.Add(nameof(form.Description), "The description is too long once formatted: at most {0} characters.", DescriptionMaxLength);

        if (errors.Count > 0) return (null, errors);

        var now = time.GetUtcNow();
        var creating = point is null;
        point ??= new DisplayPoint { CreatedAt = now };
        point.Name = name;
        point.Slug = slug!;
        point.Type = form.Type!.Value;
        point.Address = VietnameseText.Normalize(form.Address) ?? "";
        point.CommuneId = form.CommuneId!.Value;
        point.Latitude = pin!.Value.Latitude;
        point.Longitude = pin.Value.Longitude;
        point.Phone = phone;
        point.OpeningHours = hours;
        point.Description = description.Length == 0 ? null : description;
        point.IsPublished = form.IsPublished;
        if (creating) db.DisplayPoints.Add(point);
        // Only a real change moves UpdatedAt (and writes an audit entry).
        if (creating || db.Entry(point).Properties.Any(p => p.IsModified)) point.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await refresh.AfterChangeAsync(ct);
        return (point.Id, errors);
    }

    /// <summary>Deletes a point no order collects at, with its photos and shelf; otherwise says why not.</summary>
    public async Task<OperationResult> DeleteAsync(int id, CancellationToken ct)
    {
        var point = await db.DisplayPoints.Include(p => p.Photos).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (point is null) return OperationResult.Fail("The display point does not exist.");
        var pickups = await db.Shipments.CountAsync(s => s.PickupPointId == id, ct);
        if (pickups > 0)
            return OperationResult.Fail("{0} cannot be deleted: {1} order(s) are collected there. Unpublish it instead: it is then no longer shown or offered for pickup.", point.Name, pickups);
        // The shelf goes through the context (not only the database cascade) so the audit log records it.
        db.DisplayPointProducts.RemoveRange(await db.DisplayPointProducts.Where(s => s.DisplayPointId == id).ToListAsync(ct));
        db.DisplayPoints.Remove(point);
        await db.SaveChangesAsync(ct);
        await refresh.AfterChangeAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<bool> SetPublishedAsync(int id, bool published, CancellationToken ct)
    {
        var point = await db.DisplayPoints.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (point is null) return false;
        if (point.IsPublished == published) return true;
        point.IsPublished = published;
        point.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await refresh.AfterChangeAsync(ct);
        return true;
    }

    private Task<bool> IsCurrentCommuneOfAsync(int communeId, int provinceId, CancellationToken ct) =>
        db.AdminUnits.AnyAsync(u => u.Id == communeId && u.Level == AdminUnitLevel.Commune && u.ParentId == provinceId && u.ValidTo == null, ct);

    /// <summary>A typed slug must be well-formed and free; a blank one is made from the name and numbered until free.</summary>
    private async Task<string?> ChooseSlugAsync(PointForm form, string name, FormErrors errors, CancellationToken ct)
    {
        var typed = form.Slug?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(typed))
        {
            if (!SlugGenerator.IsValid(typed))
            {
                errors.Add(nameof(form.Slug), "Use only lower-case letters without accents, digits and hyphens (e.g. {0}).",
                    SlugGenerator.Generate(typed) is { Length: > 0 } s ? s : "diem-ocop-trieu-son");
                return null;
            }
            if (await db.DisplayPoints.AnyAsync(p => p.Slug == typed && p.Id != form.Id, ct))
            {
                errors.Add(nameof(form.Slug), "Another display point already uses this address; choose another.");
                return null;
            }
            return typed;
        }
        var stem = SlugGenerator.Generate(name);
        if (stem.Length == 0) stem = "diem-ban";
        return await ProducerEditor.FreeSlugAsync(stem, slug => db.DisplayPoints.AnyAsync(p => p.Slug == slug && p.Id != form.Id, ct));
    }

    /// <summary>Both coordinates are required and must fall in Việt Nam; swapped ones get their own message.</summary>
    private static GeoPoint? ReadPin(PointForm form, FormErrors errors)
    {
        var hasLat = FormNumbers.TryParseDecimal(form.Latitude, out var lat);
        var hasLon = FormNumbers.TryParseDecimal(form.Longitude, out var lon);
        if (string.IsNullOrWhiteSpace(form.Latitude) && string.IsNullOrWhiteSpace(form.Longitude))
        {
            errors.Add(nameof(form.Latitude), "Place the pin on the map, or type the latitude and longitude.");
            return null;
        }
        if (hasLat && hasLon && InVietnam(lon, lat) && !InVietnam(lat, lon))
        {
            errors.Add(nameof(form.Latitude), "The latitude and longitude look swapped: latitude is the smaller number (8–24), longitude the larger (102–110).");
            return null;
        }
        var ok = true;
        if (!hasLat)
        {
            errors.Add(nameof(form.Latitude), "Please enter the latitude as a number, e.g. 19.8138.");
            ok = false;
        }
        else if (lat is < MinLatitude or > MaxLatitude)
        {
            errors.Add(nameof(form.Latitude), "The pin is outside Việt Nam: the latitude must be between 8 and 24 (° N).");
            ok = false;
        }
        if (!hasLon)
        {
            errors.Add(nameof(form.Longitude), "Please enter the longitude as a number, e.g. 105.6064.");
            ok = false;
        }
        else if (lon is < MinLongitude or > MaxLongitude)
        {
            errors.Add(nameof(form.Longitude), "The pin is outside Việt Nam: the longitude must be between 102 and 110 (° E).");
            ok = false;
        }
        return ok ? new GeoPoint(lat, lon) : null;
    }

    private static bool InVietnam(double lat, double lon) => lat is >= MinLatitude and <= MaxLatitude && lon is >= MinLongitude and <= MaxLongitude;
}
