using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Web.Features.Campaigns;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Places;

/// <summary>One published point's page: card, photos, the week's hours, what it stocks and the routes passing by.</summary>
public sealed class DisplayPointPageQuery(
    OcopDbContext db, DisplayPointDirectory directory, CertificateStatusPolicy certificates, RichTextSanitizer sanitizer, PointClock clock,
    CardPrices prices)
{
    public async Task<PointPageModel?> GetAsync(string slug, CancellationToken ct)
    {
        var cards = await directory.LoadAsync(db.DisplayPoints.Where(d => d.IsPublished && d.Slug == slug), ct);
        if (cards.Count == 0) return null;
        var card = cards[0];
        var extra = await db.DisplayPoints.AsNoTracking().Where(d => d.Id == card.Id)
            .Select(d => new { d.Description, d.UpdatedAt })
            .SingleAsync(ct);
        var photoRows = await db.DisplayPointPhotos.AsNoTracking().Where(p => p.DisplayPointId == card.Id)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => new { p.MediaFileId, p.AltText }).ToListAsync(ct);
        var products = await prices.ApplyAsync(await db.Products.AsNoTracking().Visible()
            .Where(p => db.DisplayPointProducts.Any(x => x.DisplayPointId == card.Id && x.ProductId == p.Id))
            .OrderBy(p => p.Name)
            .Take(48)
            .ToCards(certificates.Today)
            .ToListAsync(ct), ct);
        var routes = await db.TourismRouteStops.AsNoTracking()
            .Where(s => s.DisplayPointId == card.Id)
            .Join(db.TourismRoutes.Where(r => r.IsPublished), s => s.RouteId, r => r.Id, (s, r) => new { r.Name, r.NameEn, r.Slug, s.Position })
            .ToListAsync(ct);
        var photos = photoRows.Select(p => new PointPhotoModel(p.MediaFileId, p.AltText ?? card.Name)).ToList();
        var model = new PointPageModel(
            card, DescriptionHtml(extra.Description), photos, Week(card.OpeningHours),
            products.OrderBy(p => VietnameseText.Fold(p.Name), StringComparer.OrdinalIgnoreCase).ToList(),
            card.Producers,
            routes.Select(r => new PointRouteModel(Cultures.Pick(r.Name, r.NameEn), r.Slug, r.Position))
                .DistinctBy(r => r.Slug).OrderBy(r => VietnameseText.Fold(r.Name), StringComparer.OrdinalIgnoreCase).ToList(),
            "", extra.UpdatedAt);
        return model;
    }

    /// <summary>Monday first, as Vietnamese calendars print it; null when the hours could not be read.</summary>
    public IReadOnlyList<WeekDayHoursModel> Week(string? openingHours)
    {
        if (OpeningHours.ParseOrNull(openingHours) is not { } hours) return [];
        var today = clock.LocalNow.DayOfWeek;
        DayOfWeek[] days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
        return days.Select(d => new WeekDayHoursModel(d,
            hours.RangesOn(d).Select(r => PointTexts.Minutes(r.Start) + "–" + PointTexts.Minutes(r.End)).ToList(), d == today)).ToList();
    }

    /// <summary>The office may type plain text or (through an editor) HTML; either is shown safely.</summary>
    private string? DescriptionHtml(string? description)
    {
        if (string.IsNullOrWhiteSpace(description)) return null;
        if (description.Contains('<')) return sanitizer.Sanitize(description);
        return string.Join("", description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => "<p>" + System.Net.WebUtility.HtmlEncode(line) + "</p>"));
    }
}
