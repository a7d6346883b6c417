using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Media;
using OcopMarket.Core.Places.Routes;
using OcopMarket.Web.Features.Media;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Routes;

/// <summary>
/// The office's writes to routes, stops and agencies. Each action is one SaveChanges (one transaction, audited), and the
/// storefront output cache is evicted after it so the public pages change at once.
/// </summary>
public sealed class RouteEditor(
    OcopDbContext db, ReplaceableImage replaceable, RichTextSanitizer sanitizer, IOutputCacheStore pages,
    TimeProvider time, IStringLocalizer<RoutesResource> l)
{
    private static readonly SortMap<RouteAdminRow> Sorts = new SortMap<RouteAdminRow>()
        .Add("name", r => r.Name)
        .Add("updated", r => r.UpdatedAt)
        .Add("stops", r => r.StopCount);

    public async Task<RouteAdminList> ListAsync(ListQuery query, CancellationToken ct)
    {
        var routes = db.TourismRoutes.AsNoTracking();
        if (query.Text is string text) routes = routes.Where(r => r.Name.Contains(text) || (r.NameEn != null && r.NameEn.Contains(text)) || r.Slug.Contains(text));
        var rows = await routes.Select(r => new RouteAdminRow
            {
                Id = r.Id, Name = r.Name, Slug = r.Slug, DurationDays = r.DurationDays, DurationNights = r.DurationNights, StopCount = r.Stops.Count,
                NewEnquiries = db.ExperienceEnquiries.Count(e => e.RouteId == r.Id && e.Status == EnquiryStatus.New), IsPublished = r.IsPublished, UpdatedAt = r.UpdatedAt,
            })
            .ToPagedListAsync(query, Sorts, ct);
        return new RouteAdminList(query, rows);
    }

    public async Task<RouteForm?> LoadAsync(int id, CancellationToken ct)
    {
        var r = await db.TourismRoutes.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        var form = new RouteForm
        {
            Id = r.Id, Name = r.Name, NameEn = r.NameEn, Slug = r.Slug, Summary = r.Summary, SummaryEn = r.SummaryEn,
            Description = r.Description, DescriptionEn = r.DescriptionEn, DurationDays = r.DurationDays, DurationNights = r.DurationNights,
            Season = r.Season, SeasonEn = r.SeasonEn, BookingPhone = r.BookingPhone, BookingEmail = r.BookingEmail, IsPublished = r.IsPublished,
        };
        await FillAsync(form, ct);
        return form;
    }

    /// <summary>What the route page shows beside the fields: the cover, the stops in order and the agencies.</summary>
    public async Task FillAsync(RouteForm form, CancellationToken ct)
    {
        if (form.IsNew) return;
        var r = await db.TourismRoutes.AsNoTracking().Where(x => x.Id == form.Id).Select(x => new { x.Slug, x.CoverMediaFileId, x.IsPublished }).FirstOrDefaultAsync(ct);
        form.CurrentSlug = r?.IsPublished == true ? r.Slug : null;
        form.CoverMediaFileId = r?.CoverMediaFileId;
        form.Stops = await db.TourismRouteStops.AsNoTracking().Where(s => s.RouteId == form.Id).OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new StopAdminRow(s.Id, s.Position, s.Kind, s.Name,
                s.DisplayPoint != null ? s.DisplayPoint.Name : s.Producer != null ? s.Producer.Name : null,
                s.DurationMinutes, s.ExperienceName, s.ExperiencePricePerPerson))
            .ToListAsync(ct);
        form.Agencies = await db.TourismRouteAgencies.AsNoTracking().Where(a => a.RouteId == form.Id).OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync(ct);
    }

    /// <summary>Creates or updates the route; errors go to <paramref name="state"/>. Returns the id, or null when the route does not exist.</summary>
    public async Task<int?> SaveAsync(RouteForm form, IFormFile? cover, ModelStateDictionary state, CancellationToken ct)
    {
        var slug = string.IsNullOrWhiteSpace(form.Slug) ? SlugGenerator.Generate(form.Name ?? "") : form.Slug.Trim().ToLowerInvariant();
        if (!SlugGenerator.IsValid(slug))
            state.AddModelError(nameof(form.Slug), l["Use lower-case letters without accents, digits and hyphens only."]);
        else if (await db.TourismRoutes.AnyAsync(r => r.Slug == slug && r.Id != form.Id, ct))
            state.AddModelError(nameof(form.Slug), l["Another route already uses this address."]);
        if (form.DurationNights > form.DurationDays)
            state.AddModelError(nameof(form.DurationNights), l["A route cannot have more nights than days."]);
        if (!state.IsValid) return form.Id == 0 ? 0 : form.Id;

        TourismRoute? route;
        if (form.IsNew)
        {
            route = new TourismRoute { CreatedAt = time.GetUtcNow() };
            db.TourismRoutes.Add(route);
        }
        else
        {
            route = await db.TourismRoutes.FirstOrDefaultAsync(r => r.Id == form.Id, ct);
            if (route is null) return null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var image = await replaceable.ApplyAsync(cover, form.RemoveCover, route.CoverMediaFileId, "cover", state, ct);
        if (!image.Succeeded) return form.Id;
        route.CoverMediaFileId = image.MediaFileId;

        route.Name = form.Name!.Trim();
        route.NameEn = Blank(form.NameEn);
        route.Slug = slug;
        route.Summary = form.Summary!.Trim();
        route.SummaryEn = Blank(form.SummaryEn);
        route.Description = sanitizer.Sanitize(form.Description ?? "");
        route.DescriptionEn = sanitizer.Sanitize(form.DescriptionEn ?? "") is { Length: > 0 } en ? en : null;
        route.DurationDays = form.DurationDays ?? 1;
        route.DurationNights = form.DurationNights ?? 0;
        route.Season = Blank(form.Season);
        route.SeasonEn = Blank(form.SeasonEn);
        route.BookingPhone = Blank(form.BookingPhone);
        route.BookingEmail = Blank(form.BookingEmail);
        route.IsPublished = form.IsPublished;
        route.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await RefreshAsync(ct);
        return route.Id;
    }

    public async Task<StopForm?> StopFormAsync(int routeId, int? stopId, CancellationToken ct)
    {
        var route = await db.TourismRoutes.AsNoTracking().Where(r => r.Id == routeId).Select(r => r.Name).FirstOrDefaultAsync(ct);
        if (route is null) return null;
        var form = new StopForm { RouteId = routeId, RouteName = route, Kind = RouteStopKind.ProductionSite };
        if (stopId is int id)
        {
            var s = await db.TourismRouteStops.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.RouteId == routeId, ct);
            if (s is null) return null;
            form = new StopForm
            {
                Id = s.Id, RouteId = routeId, RouteName = route, Kind = s.Kind, Name = s.Name, NameEn = s.NameEn, Description = s.Description,
                DescriptionEn = s.DescriptionEn, DisplayPointId = s.DisplayPointId, ProducerId = s.ProducerId,
                Latitude = s.Latitude.ToString("0.######", CultureInfo.InvariantCulture), Longitude = s.Longitude.ToString("0.######", CultureInfo.InvariantCulture),
                DurationMinutes = s.DurationMinutes, ExperienceName = s.ExperienceName, ExperienceNameEn = s.ExperienceNameEn, ExperiencePricePerPerson = s.ExperiencePricePerPerson,
            };
        }
        await FillStopAsync(form, ct);
        return form;
    }

    public async Task FillStopAsync(StopForm form, CancellationToken ct)
    {
        form.RouteName = await db.TourismRoutes.AsNoTracking().Where(r => r.Id == form.RouteId).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? "";
        form.Points = await db.DisplayPoints.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
        form.Producers = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
    }

    /// <summary>
    /// Adds or updates a stop. With a display point or producer linked, an empty name and pin come from it; an experience
    /// needs a producer (the enquiry goes to it).
    /// </summary>
    public async Task<bool> SaveStopAsync(int routeId, StopForm form, ModelStateDictionary state, CancellationToken ct)
    {
        if (!await db.TourismRoutes.AnyAsync(r => r.Id == routeId, ct)) return false;
        var point = form.DisplayPointId is int pid ? await db.DisplayPoints.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        var producer = form.ProducerId is int prid ? await db.Producers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == prid, ct) : null;
        if (form.DisplayPointId is not null && point is null) state.AddModelError(nameof(form.DisplayPointId), l["This display point does not exist."]);
        if (form.ProducerId is not null && producer is null) state.AddModelError(nameof(form.ProducerId), l["This producer does not exist."]);

        var name = Blank(form.Name) ?? point?.Name ?? producer?.Name;
        if (name is null) state.AddModelError(nameof(form.Name), l["Please enter the name, or link a display point or a producer."]);

        double? lat = ParseCoordinate(form.Latitude), lng = ParseCoordinate(form.Longitude);
        if (!string.IsNullOrWhiteSpace(form.Latitude) && lat is not (>= -90 and <= 90)) state.AddModelError(nameof(form.Latitude), l["Enter the latitude in decimal degrees, e.g. 19.8123."]);
        if (!string.IsNullOrWhiteSpace(form.Longitude) && lng is not (>= -180 and <= 180)) state.AddModelError(nameof(form.Longitude), l["Enter the longitude in decimal degrees, e.g. 105.6012."]);
        if (string.IsNullOrWhiteSpace(form.Latitude) && string.IsNullOrWhiteSpace(form.Longitude))
        {
            lat = point?.Latitude ?? producer?.Latitude;
            lng = point?.Longitude ?? producer?.Longitude;
            if (lat is null || lng is null) state.AddModelError(nameof(form.Latitude), l["Place the pin on the map, or link a display point or producer that has one."]);
        }
        else if (lat is null || lng is null) state.AddModelError(nameof(form.Latitude), l["Enter both the latitude and the longitude."]);
        if (!string.IsNullOrWhiteSpace(form.ExperienceName) && producer is null)
            state.AddModelError(nameof(form.ProducerId), l["An experience needs the producer who welcomes the visitors (enquiries go to it)."]);
        if (!state.IsValid) return true;

        TourismRouteStop? stop;
        if (form.IsNew)
        {
            var last = await db.TourismRouteStops.Where(s => s.RouteId == routeId).MaxAsync(s => (int?)s.Position, ct) ?? 0;
            stop = new TourismRouteStop { RouteId = routeId, Position = last + 1 };
            db.TourismRouteStops.Add(stop);
        }
        else
        {
            stop = await db.TourismRouteStops.FirstOrDefaultAsync(s => s.Id == form.Id && s.RouteId == routeId, ct);
            if (stop is null) return false;
        }
        stop.Kind = form.Kind!.Value;
        stop.Name = name!;
        stop.NameEn = Blank(form.NameEn);
        stop.Description = Blank(form.Description);
        stop.DescriptionEn = Blank(form.DescriptionEn);
        stop.DisplayPointId = point?.Id;
        stop.ProducerId = producer?.Id;
        stop.Latitude = lat!.Value;
        stop.Longitude = lng!.Value;
        stop.DurationMinutes = form.DurationMinutes;
        stop.ExperienceName = Blank(form.ExperienceName);
        stop.ExperienceNameEn = stop.ExperienceName is null ? null : Blank(form.ExperienceNameEn);
        stop.ExperiencePricePerPerson = stop.ExperienceName is null ? null : form.ExperiencePricePerPerson;
        await TouchAsync(routeId, ct);
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return true;
    }

    /// <summary>Swaps a stop with its neighbour (up = -1, down = +1) and renumbers the route 1..n; false when the stop is not on the route.</summary>
    public async Task<bool> MoveStopAsync(int routeId, int stopId, int direction, CancellationToken ct)
    {
        var stops = await db.TourismRouteStops.Where(s => s.RouteId == routeId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(ct);
        var index = stops.FindIndex(s => s.Id == stopId);
        if (index < 0) return false;
        var other = index + Math.Sign(direction);
        if (other >= 0 && other < stops.Count) (stops[index], stops[other]) = (stops[other], stops[index]);
        Renumber(stops);
        await TouchAsync(routeId, ct);
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return true;
    }

    public async Task<bool> DeleteStopAsync(int routeId, int stopId, CancellationToken ct)
    {
        var stops = await db.TourismRouteStops.Where(s => s.RouteId == routeId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(ct);
        var stop = stops.FirstOrDefault(s => s.Id == stopId);
        if (stop is null) return false;
        db.TourismRouteStops.Remove(stop);
        stops.Remove(stop);
        Renumber(stops);
        await TouchAsync(routeId, ct);
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return true;
    }

    public async Task<bool> AddAgencyAsync(int routeId, AgencyForm form, CancellationToken ct)
    {
        if (!await db.TourismRoutes.AnyAsync(r => r.Id == routeId, ct)) return false;
        var last = await db.TourismRouteAgencies.Where(a => a.RouteId == routeId).MaxAsync(a => (int?)a.SortOrder, ct) ?? 0;
        db.TourismRouteAgencies.Add(new TourismRouteAgency { RouteId = routeId, Name = form.Name!.Trim(), Url = Blank(form.Url), Phone = Blank(form.Phone), SortOrder = last + 1 });
        await TouchAsync(routeId, ct);
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return true;
    }

    public async Task<bool> DeleteAgencyAsync(int routeId, int agencyId, CancellationToken ct)
    {
        var agency = await db.TourismRouteAgencies.FirstOrDefaultAsync(a => a.Id == agencyId && a.RouteId == routeId, ct);
        if (agency is null) return false;
        db.TourismRouteAgencies.Remove(agency);
        await TouchAsync(routeId, ct);
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return true;
    }

    public async Task<bool> DeleteAsync(int routeId, CancellationToken ct)
    {
        var route = await db.TourismRoutes.FirstOrDefaultAsync(r => r.Id == routeId, ct);
        if (route is null) return false;
        db.TourismRoutes.Remove(route); // stops and agencies cascade; enquiries keep their producer and lose the route link
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return true;
    }

    private static void Renumber(List<TourismRouteStop> stops)
    {
        for (var i = 0; i < stops.Count; i++) stops[i].Position = i + 1;
    }

    private async Task TouchAsync(int routeId, CancellationToken ct)
    {
        var route = await db.TourismRoutes.FirstAsync(r => r.Id == routeId, ct);
        route.UpdatedAt = time.GetUtcNow();
    }

    private Task RefreshAsync(CancellationToken ct) => pages.EvictByTagAsync(CacheTags.Storefront, ct).AsTask();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static double? ParseCoordinate(string? text) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
}
