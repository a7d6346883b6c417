using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Core.Traceability;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.Places;

/// <summary>
/// Issue 7 on a 390 px phone: a tourist finds the nearest display point with "near me" (the browser's location is
/// mocked), opens it and follows a tourism route through it; a consumer scans a stamp and sees the lot's journey.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TouristOnAPhoneTests(BrowserFixture browser)
{
    // Outside Triệu Sơn town, Thanh Hóa: a few km from the district's OCOP shop.
    private static readonly GeoPoint Tourist = new(19.845, 105.585);

    [Fact]
    public async Task Near_me_lists_the_nearest_point_first_and_its_page_leads_to_a_route()
    {
        var points = await Db(db => db.DisplayPoints.AsNoTracking().Where(p => p.IsPublished)
            .Select(p => new { p.Name, p.Slug, p.Latitude, p.Longitude }).ToListAsync());
        var nearest = points.OrderBy(p => GeoDistance.Kilometres(Tourist, new GeoPoint(p.Latitude, p.Longitude))).First();

        await using var tab = await browser.OpenAsync("/diem-ban", Viewports.Mobile);
        var page = tab.Page;
        await tab.Context.GrantPermissionsAsync(["geolocation"]);
        await tab.Context.SetGeolocationAsync(new Geolocation { Latitude = (float)Tourist.Latitude, Longitude = (float)Tourist.Longitude });
        await Expect(page.Locator("#points-map .leaflet-marker-icon").First).ToBeVisibleAsync();

        await page.Locator("#near-me").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/diem-ban\?.*lat="));
        var first = page.Locator("#point-list .point-card").First;
        await Expect(first).ToContainTextAsync(nearest.Name);
        await Expect(first).ToContainTextAsync(new Regex(@"\d+([,.]\d+)? km"));
        await tab.ScreenshotAsync("points-near-me-390");

        await first.Locator($"a[href='/diem-ban/{nearest.Slug}']").First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(nearest.Name);
        await Expect(page.Locator("#point-map .leaflet-marker-icon")).ToHaveCountAsync(1);
        await tab.ScreenshotAsync("point-page-390");

        var route = page.Locator("#point-routes a[href^='/tuyen-du-lich/']").First;
        await Expect(route).ToBeVisibleAsync();
        await route.ClickAsync();
        await page.WaitForURLAsync(new Regex("/tuyen-du-lich/[a-z0-9-]+$"));
        var stops = page.Locator("#route-stops [id^='stop-']");
        var stopCount = await stops.CountAsync();
        Assert.True(stopCount >= 3, $"a route has {stopCount} stops");
        // The map numbers every stop and joins them in order.
        await Expect(page.Locator("#route-map .ocop-pin")).ToHaveCountAsync(stopCount);
        await Expect(page.Locator("#route-map path.leaflet-interactive")).ToHaveCountAsync(1);
        await tab.ScreenshotAsync("route-page-390");
        Assert.True(tab.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", tab.ConsoleErrors));
        Assert.True(tab.BrokenRequests.Count == 0, "Broken requests:\n" + string.Join("\n", tab.BrokenRequests));
    }

    [Fact]
    public async Task Scanning_a_stamp_shows_the_product_and_the_lots_journey_on_a_map()
    {
        var stamp = await Db(db => db.Stamps.AsNoTracking().Where(s => s.Lot!.Code == "BS-MO-2611").OrderBy(s => s.Number)
            .Select(s => new { s.Id, s.Serial, s.ScanCount, s.LotId, s.Lot!.Gtin, s.Lot.Code, Product = s.Lot.Product!.Name }).FirstAsync());
        var events = await Db(db => db.TraceEvents.CountAsync(e => e.LotId == stamp.LotId));
        var placed = await Db(db => db.TraceEvents.Where(e => e.LotId == stamp.LotId && e.Location != null && e.Location.Latitude != null)
            .Select(e => e.LocationId).Distinct().CountAsync());
        Assert.True(events >= 3, $"the demo lot has {events} events");

        // The QR code's URL, opened on a phone as a camera app would.
        await using var tab = await browser.OpenAsync(DigitalLink.Format(stamp.Gtin, stamp.Code, stamp.Serial), Viewports.Mobile);
        var page = tab.Page;
        await Expect(page.Locator("#trace-product-name")).ToContainTextAsync(stamp.Product);
        await Expect(page.Locator("#trace-lot")).ToContainTextAsync(stamp.Code);
        await Expect(page.Locator("#trace-timeline > li")).ToHaveCountAsync(events);
        Assert.True(placed > 0);
        await Expect(page.Locator("#trace-journey .ocop-pin").First).ToBeVisibleAsync();
        await Expect(page.Locator("#trace-scan-count")).ToHaveAttributeAsync("data-scan-count", (stamp.ScanCount + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await tab.ScreenshotAsync("trace-stamp-390");
        Assert.Equal(stamp.ScanCount + 1, await Db(db => db.Stamps.Where(s => s.Id == stamp.Id).Select(s => s.ScanCount).SingleAsync()));
        Assert.True(tab.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", tab.ConsoleErrors));

        // A code that is not ours gets a clear page, never an error.
        var notOurs = await page.GotoAsync("/01/04006381333931/10/ABC/21/XYZ");
        Assert.Equal(404, notOurs!.Status);
        await Expect(page.Locator("#trace-not-ours")).ToBeVisibleAsync();
    }

    private async Task<T> Db<T>(Func<OcopDbContext, Task<T>> work)
    {
        await using var scope = browser.Site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OcopDbContext>());
    }
}
