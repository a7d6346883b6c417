using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Places.Routes;
using OcopMarket.Core.Producers;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Routes;

/// <summary>Routes, producers and enquiries the tests own (unique names), so the seeded demo stays as other tests expect it.</summary>
internal static class RoutesTestHelpers
{
    public const string TrieuSonSlug = "lang-nghe-va-mat-ong-trieu-son";

    /// <summary>
    /// Removes what route tests create (their producers, routes and enquiries), so the shared database keeps the demo's
    /// counts for the tests that read them. Each route test class runs it after every test.
    /// </summary>
    public static async Task DeleteRouteTestDataAsync(this OcopWebFactory site)
    {
        var producers = await site.DbAsync(db => db.Producers.Where(p => p.Slug.StartsWith("htx-thu-nghiem-tuyen-")).Select(p => p.Id).ToListAsync());
        await site.DbAsync(async db =>
        {
            var routes = db.TourismRoutes.Where(r => r.Slug.StartsWith("tuyen-thu-nghiem-") || r.Name.StartsWith("Tuyến mới thử "));
            await db.ExperienceEnquiries.Where(e => producers.Contains(e.ProducerId) || routes.Any(r => r.Id == e.RouteId)).ExecuteDeleteAsync();
            await db.TourismRouteStops.Where(s => routes.Any(r => r.Id == s.RouteId)).ExecuteDeleteAsync();
            await db.TourismRouteAgencies.Where(a => routes.Any(r => r.Id == a.RouteId)).ExecuteDeleteAsync();
            await routes.ExecuteDeleteAsync();
            return 0;
        });
        foreach (var id in producers)
            await OcopMarket.Web.Tests.Portal.PortalTestHelpers.DeleteProducerAsync(site, id);
    }

    /// <summary>A published producer of our own (copying a seeded producer's place), with an e-mail address.</summary>
    public static Task<Producer> CreateProducerAsync(this OcopWebFactory site, string? email = null) => site.DbAsync(async db =>
    {
        var model = await db.Producers.AsNoTracking().FirstAsync(p => p.Slug == "htx-nong-nghiep-binh-son");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var producer = new Producer
        {
            Name = "HTX Thử nghiệm tuyến " + tag,
            Slug = "htx-thu-nghiem-tuyen-" + tag,
            Type = ProducerType.Cooperative,
            Story = "<p>Thử nghiệm.</p>",
            Address = "Thôn 1",
            CommuneId = model.CommuneId,
            DistrictId = model.DistrictId,
            ProvinceId = model.ProvinceId,
            Latitude = 19.8,
            Longitude = 105.6,
            Phone = "0912 000 111",
            Email = email,
            IsPublished = true,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Producers.Add(producer);
        await db.SaveChangesAsync();
        return producer;
    });

    /// <summary>A route of our own: a plain sight, then the producer's site with an experience, then another sight.</summary>
    public static Task<TourismRoute> CreateRouteAsync(this OcopWebFactory site, int producerId, bool published = true) => site.DbAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var route = new TourismRoute
        {
            Name = "Tuyến thử nghiệm " + tag,
            Slug = "tuyen-thu-nghiem-" + tag,
            Summary = "Tuyến dùng cho kiểm thử.",
            Description = "<p>Mô tả.</p>",
            DurationDays = 1,
            IsPublished = published,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            Stops =
            [
                new TourismRouteStop { Position = 1, Kind = RouteStopKind.Sight, Name = "Điểm A " + tag, Latitude = 19.81, Longitude = 105.60 },
                new TourismRouteStop
                {
                    Position = 2, Kind = RouteStopKind.ProductionSite, Name = "Xưởng B " + tag, Latitude = 19.82, Longitude = 105.61,
                    ProducerId = producerId, ExperienceName = "Trải nghiệm B " + tag, ExperiencePricePerPerson = 100_000,
                },
                new TourismRouteStop { Position = 3, Kind = RouteStopKind.Restaurant, Name = "Quán C " + tag, Latitude = 19.83, Longitude = 105.62 },
            ],
        };
        db.TourismRoutes.Add(route);
        await db.SaveChangesAsync();
        return route;
    });

    public static Task<ExperienceEnquiry> CreateEnquiryAsync(this OcopWebFactory site, int producerId, string name, EnquiryStatus status = EnquiryStatus.New) => site.DbAsync(async db =>
    {
        var enquiry = new ExperienceEnquiry
        {
            ProducerId = producerId,
            PreferredDate = new DateOnly(2026, 12, 20),
            GroupSize = 4,
            ContactName = name,
            Phone = "0912345678",
            Culture = "vi",
            Status = status,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ExperienceEnquiries.Add(enquiry);
        await db.SaveChangesAsync();
        return enquiry;
    });

    /// <summary>Every .eml of the mail pickup folder that mentions <paramref name="text"/> in a decoded body, by its To header line.</summary>
    public static async Task<List<string>> MailsMentioningAsync(this OcopWebFactory site, string text)
    {
        var folder = Path.Combine(site.TempRoot, "App_Data", "mail");
        var found = new List<string>();
        if (!Directory.Exists(folder)) return found;
        foreach (var file in Directory.GetFiles(folder, "*.eml"))
        {
            var eml = await File.ReadAllTextAsync(file);
            var parts = OcopMarket.Web.Tests.Account.AccountTestHelpers.DecodeParts(eml);
            if (parts.Values.Any(p => p.Contains(text, StringComparison.Ordinal)))
                found.Add(OcopMarket.Web.Tests.Account.AccountTestHelpers.Header(eml, "To"));
        }
        return found;
    }
}
