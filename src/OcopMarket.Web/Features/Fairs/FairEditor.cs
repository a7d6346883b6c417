using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Fairs;
using OcopMarket.Core.Media;
using OcopMarket.Core.Places;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Features.Media;
using OcopMarket.Web.Features.Portal;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Fairs;

/// <summary>
/// Loads, checks and saves the office's fair form; deletes fairs. Every write is one transaction (the cover upload and
/// the fair together), and the storefront cache is evicted after it so /hoi-cho, the home page and producer pages change at once.
/// </summary>
public sealed class FairEditor(
    OcopDbContext db, PlaceOptions places, RichTextSanitizer sanitizer, ReplaceableImage replaceable,
    IOutputCacheStore pages, TimeProvider time, IStringLocalizer<FairsResource> l)
{
    // Việt Nam's mainland and near islands: the same box the display points use.
    private const double MinLatitude = 8, MaxLatitude = 24, MinLongitude = 102, MaxLongitude = 110;

    public async Task<FairForm?> LoadAsync(int id, CancellationToken ct)
    {
        var f = await db.TradeFairs.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { Fair = x, ProvinceId = x.Commune != null ? x.Commune.ParentId : null })
            .FirstOrDefaultAsync(ct);
        if (f is null) return null;
        var fair = f.Fair;
        return new FairForm
        {
            Id = fair.Id, Name = fair.Name, NameEn = fair.NameEn, Slug = fair.Slug, Summary = fair.Summary, SummaryEn = fair.SummaryEn,
            Description = fair.Description, DescriptionEn = fair.DescriptionEn, StartsOn = fair.StartsOn, EndsOn = fair.EndsOn,
            OpeningHours = fair.OpeningHours, VenueName = fair.VenueName, VenueAddress = fair.VenueAddress,
            ProvinceId = f.ProvinceId, CommuneId = fair.CommuneId,
            Latitude = FormNumbers.Invariant(fair.Latitude), Longitude = FormNumbers.Invariant(fair.Longitude),
            Organiser = fair.Organiser, ContactPhone = fair.ContactPhone, Website = fair.Website, IsPublished = fair.IsPublished,
        };
    }

    /// <summary>Fills the selects (the communes follow the chosen province) and, for a saved fair, its side panel.</summary>
    public async Task FillAsync(FairForm form, CancellationToken ct)
    {
        form.Provinces = await places.ProvincesAsync(ct);
        form.Communes = form.ProvinceId is { } province && form.Provinces.Any(p => p.Id == province)
            ? await places.CurrentCommunesAsync(province, ct)
            : [];
        if (form.IsNew) return;
        form.Saved = await db.TradeFairs.AsNoTracking().Where(f => f.Id == form.Id)
            .Select(f => new FairSummary(f.Name, f.Slug, f.IsPublished, f.CoverMediaFileId, f.Booths.Count,
                db.FairBoothProducts.Count(p => f.Booths.Select(b => b.Id).Contains(p.BoothId)), f.CreatedAt, f.UpdatedAt))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Checks what the annotations cannot and saves. Errors go to <paramref name="state"/>; returns the id, 0 on errors, null when the fair does not exist.</summary>
    public async Task<int?> SaveAsync(FairForm form, IFormFile? cover, ModelStateDictionary state, CancellationToken ct)
    {
        TradeFair? fair = null;
        if (!form.IsNew)
        {
            fair = await db.TradeFairs.FirstOrDefaultAsync(f => f.Id == form.Id, ct);
            if (fair is null) return null;
        }

        var name = VietnameseText.Normalize(form.Name) ?? "";
        var slug = await ChooseSlugAsync(form, name, state, ct);

        if (form.StartsOn is { } starts && form.EndsOn is { } ends && ends < starts)
            state.AddModelError(nameof(form.EndsOn), l["The last day cannot be before the first day."]);

        if (form.ProvinceId is { } provinceId)
        {
            if (!await places.IsProvinceAsync(provinceId, ct))
                state.AddModelError(nameof(form.ProvinceId), l["Please choose the province."]);
            else if (form.CommuneId is not { } communeId)
                state.AddModelError(nameof(form.CommuneId), l["Please choose the commune."]);
            else if (!await db.AdminUnits.AnyAsync(u => u.Id == communeId && u.Level == AdminUnitLevel.Commune && u.ParentId == provinceId && u.ValidTo == null, ct))
                state.AddModelError(nameof(form.CommuneId), l["The commune does not belong to the chosen province."]);
        }

        var pin = ReadPin(form, state);

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(form.ContactPhone))
        {
            if (VietnamesePhone.Normalize(form.ContactPhone) is null)
                state.AddModelError(nameof(form.ContactPhone), l["Please enter a Vietnamese phone number (e.g. 0912 345 678 or 0237 3861 234)."]);
            else phone = form.ContactPhone.Trim();
        }

        string? website = null;
        if (!string.IsNullOrWhiteSpace(form.Website))
        {
            // Only web addresses: a "javascript:" or "file:" link must never reach the public page.
            if (Uri.TryCreate(form.Website.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.'))
                website = uri.ToString();
            else state.AddModelError(nameof(form.Website), l["Please enter a web address starting with https:// or http://."]);
        }

        if (!state.IsValid) return 0;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        var creating = fair is null;
        fair ??= new TradeFair { CreatedAt = now };
        var image = await replaceable.ApplyAsync(cover, form.RemoveCover, fair.CoverMediaFileId, "cover", state, ct);
        if (!image.Succeeded) return 0;
        fair.CoverMediaFileId = image.MediaFileId;

        fair.Name = name;
        fair.NameEn = Blank(form.NameEn);
        fair.Slug = slug!;
        fair.Summary = VietnameseText.Normalize(form.Summary) ?? "";
        fair.SummaryEn = Blank(form.SummaryEn);
        fair.Description = sanitizer.Sanitize(PortalInput.ParagraphsFromText(form.Description));
        fair.DescriptionEn = sanitizer.Sanitize(PortalInput.ParagraphsFromText(form.DescriptionEn)) is { Length: > 0 } en ? en : null;
        fair.StartsOn = form.StartsOn!.Value;
        fair.EndsOn = form.EndsOn!.Value;
        fair.OpeningHours = Blank(form.OpeningHours);
        fair.VenueName = VietnameseText.Normalize(form.VenueName) ?? "";
        fair.VenueAddress = VietnameseText.Normalize(form.VenueAddress) ?? "";
        fair.CommuneId = form.CommuneId;
        fair.Latitude = pin!.Value.Latitude;
        fair.Longitude = pin.Value.Longitude;
        fair.Organiser = Blank(form.Organiser);
        fair.ContactPhone = phone;
        fair.Website = website;
        fair.IsPublished = form.IsPublished;
        if (creating) db.TradeFairs.Add(fair);
        // Only a real change moves UpdatedAt (and writes an audit entry).
        if (creating || db.Entry(fair).Properties.Any(p => p.IsModified)) fair.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
        return fair.Id;
    }

    /// <summary>Deletes a fair with its booths (through the context, so the audit log records them).</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var fair = await db.TradeFairs.Include(f => f.Booths).ThenInclude(b => b.Products).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (fair is null) return false;
        db.TradeFairs.Remove(fair);
        await db.SaveChangesAsync(ct);
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
        return true;
    }

    /// <summary>A typed slug must be well-formed and free; a blank one is made from the name and numbered until free.</summary>
    private async Task<string?> ChooseSlugAsync(FairForm form, string name, ModelStateDictionary state, CancellationToken ct)
    {
        var typed = form.Slug?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(typed))
        {
            if (!SlugGenerator.IsValid(typed))
            {
                state.AddModelError(nameof(form.Slug), l["Use only lower-case letters without accents, digits and hyphens (e.g. {0}).",
                    SlugGenerator.Generate(typed) is { Length: > 0 } s ? s : "hoi-cho-ocop-2026"]);
                return null;
            }
            if (await db.TradeFairs.AnyAsync(f => f.Slug == typed && f.Id != form.Id, ct))
            {
                state.AddModelError(nameof(form.Slug), l["Another fair already uses this address; choose another."]);
                return null;
            }
            return typed;
        }
        var stem = SlugGenerator.Generate(name);
        if (stem.Length == 0) stem = "hoi-cho";
        return await ProducerEditor.FreeSlugAsync(stem, slug => db.TradeFairs.AnyAsync(f => f.Slug == slug && f.Id != form.Id, ct));
    }

    /// <summary>Both coordinates are required and must fall in Việt Nam; swapped ones get their own message.</summary>
    private GeoPoint? ReadPin(FairForm form, ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(form.Latitude) && string.IsNullOrWhiteSpace(form.Longitude))
        {
            state.AddModelError(nameof(form.Latitude), l["Place the pin on the map, or type the latitude and longitude."]);
            return null;
        }
        var hasLat = FormNumbers.TryParseDecimal(form.Latitude, out var lat);
        var hasLon = FormNumbers.TryParseDecimal(form.Longitude, out var lon);
        if (hasLat && hasLon && InVietnam(lon, lat) && !InVietnam(lat, lon))
        {
            state.AddModelError(nameof(form.Latitude), l["The latitude and longitude look swapped: latitude is the smaller number (8–24), longitude the larger (102–110)."]);
            return null;
        }
        var ok = true;
        if (!hasLat)
        {
            state.AddModelError(nameof(form.Latitude), l["Please enter the latitude as a number, e.g. 19.8078."]);
            ok = false;
        }
        else if (lat is < MinLatitude or > MaxLatitude)
        {
            state.AddModelError(nameof(form.Latitude), l["The pin is outside Việt Nam: the latitude must be between 8 and 24 (° N)."]);
            ok = false;
        }
        if (!hasLon)
        {
            state.AddModelError(nameof(form.Longitude), l["Please enter the longitude as a number, e.g. 105.7768."]);
            ok = false;
        }
        else if (lon is < MinLongitude or > MaxLongitude)
        {
            state.AddModelError(nameof(form.Longitude), l["The pin is outside Việt Nam: the longitude must be between 102 and 110 (° E)."]);
            ok = false;
        }
        return ok ? new GeoPoint(lat, lon) : null;
    }

    private static bool InVietnam(double lat, double lon) => lat is >= MinLatitude and <= MaxLatitude && lon is >= MinLongitude and <= MaxLongitude;

    private static string? Blank(string? text) => VietnameseText.Normalize(text) is { Length: > 0 } t ? t : null;
}
