using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Data;
using OcopMarket.Core.Media;
using OcopMarket.Core.Places;
using OcopMarket.Core.Places.Routes;
using OcopMarket.Web.Features.Places;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Places;

/// <summary>The public display points: list + map, near me (position and typed place), GeoJSON, point pages, "available at".</summary>
public abstract class DisplayPointsTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    private const string TrieuSonShop = "diem-gioi-thieu-va-ban-san-pham-ocop-trieu-son";

    private static List<IElement> Cards(IDocument page) => page.QuerySelectorAll("#point-list .point-card").ToList();

    private static string Name(IElement card) => card.QuerySelector(".point-name")!.TextContent.Trim();

    private Task<List<(int Id, string Name, string Slug, double Lat, double Lng)>> PublishedAsync() =>
        Site.DbAsync(async db => (await db.DisplayPoints.Where(d => d.IsPublished)
            .Select(d => new { d.Id, d.Name, d.Slug, d.Latitude, d.Longitude }).ToListAsync())
            .Select(d => (d.Id, d.Name, d.Slug, d.Latitude, d.Longitude)).ToList());

    /// <summary>A point of the test's own (unique name) in the Triệu Sơn shop's commune; removed by <see cref="DeletePointAsync"/>.</summary>
    private Task<DisplayPoint> CreatePointAsync(string hours, bool published = true, double lat = 19.81, double lng = 105.60) =>
        Site.DbAsync(async db =>
        {
            var communeId = await db.DisplayPoints.Where(d => d.Slug == TrieuSonShop).Select(d => d.CommuneId).SingleAsync();
            var name = "Điểm thử " + Guid.NewGuid().ToString("N")[..8];
            var point = new DisplayPoint
            {
                Name = name, Slug = OcopMarket.Core.Common.SlugGenerator.Generate(name), Type = DisplayPointType.FairBooth,
                Address = "Số 1 đường thử", CommuneId = communeId, Latitude = lat, Longitude = lng, Phone = "0237 000 111",
                OpeningHours = hours, Description = "Dòng một\nDòng hai & ba", IsPublished = published,
                CreatedAt = Site.Time.GetUtcNow(), UpdatedAt = Site.Time.GetUtcNow(),
            };
            db.DisplayPoints.Add(point);
            await db.SaveChangesAsync();
            return point;
        });

    private Task DeletePointAsync(int id) => Site.DbAsync(async db =>
    {
        await db.DisplayPointProducts.Where(x => x.DisplayPointId == id).ExecuteDeleteAsync();
        await db.DisplayPointPhotos.Where(x => x.DisplayPointId == id).ExecuteDeleteAsync();
        await db.DisplayPoints.Where(x => x.Id == id).ExecuteDeleteAsync();
    });

    [Fact]
    public async Task List_shows_every_published_point_with_type_hours_phone_directions_and_a_map()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/diem-ban");
        var published = await PublishedAsync();
        Assert.True(published.Count >= 12, "the demo seeds 6 points and the points step 6 more");
        var cards = Cards(page);
        Assert.Equal(published.Count, cards.Count);
        var map = JsonDocument.Parse(page.QuerySelector("#points-map")!.GetAttribute("data-map")!);
        Assert.Equal(published.Count, map.RootElement.GetProperty("points").GetArrayLength());

        var shop = cards.Single(c => Name(c) == "Điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn");
        Assert.Equal("Cửa hàng OCOP", shop.QuerySelector(".point-type")!.TextContent.Trim());
        Assert.Contains("Xã Triệu Sơn", shop.TextContent);
        Assert.Contains("Tỉnh Thanh Hóa", shop.TextContent);
        Assert.Equal("tel:02373867000", shop.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.StartsWith("geo:19.8138,105.6064", shop.QuerySelector("a[data-geo]")!.GetAttribute("href"));
        Assert.Contains("destination=19.8138,105.6064", shop.QuerySelector("a[data-directions]")!.GetAttribute("href"));
        Assert.Contains("HTX Nông nghiệp Bình Sơn", shop.QuerySelector(".point-producers")!.TextContent);
        // Wednesday 10:00 in Việt Nam: the weekday morning range runs to 11:30.
        Assert.Equal("Đang mở cửa · đóng cửa lúc 11:30", shop.QuerySelector(".point-open strong")!.TextContent.Trim());
    }

    [Fact]
    public async Task Filters_by_type_and_province_work_as_plain_get_parameters()
    {
        using var client = Site.CreateClient();
        var rest = Cards(await client.GetDocumentAsync("/diem-ban?loai=rest-stop"));
        Assert.NotEmpty(rest);
        Assert.All(rest, c => Assert.Equal("Trạm dừng nghỉ", c.QuerySelector(".point-type")!.TextContent.Trim()));

        var langSon = Cards(await client.GetDocumentAsync("/diem-ban?tinh=tinh-lang-son"));
        Assert.Equal(3, langSon.Count);
        Assert.All(langSon, c => Assert.Contains("Tỉnh Lạng Sơn", c.TextContent));
        // An unknown value is no filter at all.
        Assert.Equal((await PublishedAsync()).Count, Cards(await client.GetDocumentAsync("/diem-ban?loai=castle")).Count);
    }

    [Fact]
    public async Task Server_near_me_orders_by_distance_and_shows_it()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/diem-ban?lat=19.80&lng=105.77");
        var here = new GeoPoint(19.80, 105.77);
        var expected = (await PublishedAsync()).OrderBy(p => GeoDistance.Kilometres(here, new GeoPoint(p.Lat, p.Lng))).Select(p => p.Name).ToList();
        var cards = Cards(page);
        Assert.Equal(expected, cards.Select(Name).ToList());
        var km = cards.Select(c => double.Parse(c.QuerySelector(".point-distance")!.GetAttribute("data-km")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(km.Order().ToList(), km);
        Assert.Contains("km", cards[0].QuerySelector(".point-distance")!.TextContent);
        Assert.Equal("19.8", page.QuerySelector("#points-map")!.GetAttribute("data-origin-lat"));
        // Vietnamese decimal comma: "1,1 km".
        Assert.Matches(@"^\d+,\d km$", cards[0].QuerySelector(".point-distance")!.TextContent.Trim());
    }

    [Fact]
    public async Task Nearest_points_service_orders_nearest_first_with_distances()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var nearest = scope.ServiceProvider.GetRequiredService<NearestDisplayPoints>();
        // Lạng Sơn city centre: the Đông Kinh market is a few hundred metres away, Hữu Nghị border gate ~15 km.
        var list = await nearest.FromAsync(new GeoPoint(21.8537, 106.7615), CancellationToken.None);
        Assert.Equal("Gian hàng OCOP chợ Đông Kinh", list[0].Name);
        Assert.InRange(list[0].DistanceKm!.Value, 0.1, 1.5);
        Assert.Equal("Điểm OCOP cửa khẩu Hữu Nghị", list[1].Name);
        Assert.Equal(list.Select(p => p.DistanceKm!.Value).Order().ToList(), list.Select(p => p.DistanceKm!.Value).ToList());
        Assert.All(list, p => Assert.NotNull(p.DistanceKm));
    }

    [Fact]
    public async Task Typed_place_is_matched_by_folded_name_and_estimated_from_what_we_know_there()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/diem-ban?noi=" + Uri.EscapeDataString("Triệu Sơn"));
        var match = page.QuerySelector("#place-match")!;
        Assert.Equal("true", match.GetAttribute("data-matched"));
        Assert.Contains("Xã Triệu Sơn", match.TextContent);
        Assert.Equal("Điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn", Name(Cards(page)[0]));
        Assert.NotNull(Cards(page)[0].QuerySelector(".point-distance"));

        // Without diacritics, a pre-2025 district: estimated from its producers, Lạng Sơn's points first.
        var caoLoc = await client.GetDocumentAsync("/diem-ban?noi=huyen+cao+loc");
        Assert.Contains("Huyện Cao Lộc (trước năm 2025)", caoLoc.QuerySelector("#place-match")!.TextContent);
        Assert.All(Cards(caoLoc).Take(3), c => Assert.Contains("Tỉnh Lạng Sơn", c.TextContent));

        // A pre-2025 commune typed bare ("Hòa Cư" is where HTX Hòa Cư grows its anise), with the province to disambiguate.
        var hoaCu = await client.GetDocumentAsync("/diem-ban?noi=" + Uri.EscapeDataString("hoa cu, Lạng Sơn"));
        Assert.Contains("Xã Hòa Cư (trước năm 2025)", hoaCu.QuerySelector("#place-match")!.TextContent);
        Assert.Contains("Tỉnh Lạng Sơn", Cards(hoaCu)[0].TextContent);

        var nothing = await client.GetDocumentAsync("/diem-ban?noi=Xyzzy+Plugh");
        Assert.Equal("false", nothing.QuerySelector("#place-match")!.GetAttribute("data-matched"));
        Assert.Contains("Xyzzy Plugh", nothing.QuerySelector("#place-match")!.TextContent);
        Assert.Equal((await PublishedAsync()).Count, Cards(nothing).Count);
        Assert.Null(Cards(nothing)[0].QuerySelector(".point-distance"));
    }

    [Fact]
    public async Task GeoJson_is_a_feature_collection_with_lng_lat_and_sorts_by_distance()
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/diem-ban.geojson", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        var published = await PublishedAsync();
        Assert.Equal(published.Count, features.Count);
        var shop = features.Single(f => f.GetProperty("properties").GetProperty("slug").GetString() == TrieuSonShop);
        Assert.Equal("Feature", shop.GetProperty("type").GetString());
        Assert.Equal("Point", shop.GetProperty("geometry").GetProperty("type").GetString());
        var coordinates = shop.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.Equal([105.6064, 19.8138], coordinates); // RFC 7946: longitude first
        var props = shop.GetProperty("properties");
        foreach (var key in new[] { "id", "name", "slug", "type", "address", "phone", "openingHours", "openNow", "url", "photo", "producers" })
            Assert.True(props.TryGetProperty(key, out _), "missing property " + key);
        Assert.Equal("shop", props.GetProperty("type").GetString());
        Assert.True(props.GetProperty("openNow").GetBoolean());
        Assert.EndsWith("/diem-ban/" + TrieuSonShop, props.GetProperty("url").GetString());
        Assert.Contains("HTX Nông nghiệp Bình Sơn", props.GetProperty("producers").EnumerateArray().Select(p => p.GetString()));

        var near = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/diem-ban.geojson?lat=21.85&lng=106.76", UriKind.Relative)));
        var km = near.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("distanceKm").GetDouble()).ToList();
        Assert.Equal(km.Order().ToList(), km);
        Assert.Equal("Gian hàng OCOP chợ Đông Kinh", near.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("name").GetString());

        var rest = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/diem-ban.geojson?type=rest-stop", UriKind.Relative)));
        Assert.NotEmpty(rest.RootElement.GetProperty("features").EnumerateArray());
        Assert.All(rest.RootElement.GetProperty("features").EnumerateArray(), f => Assert.Equal("rest-stop", f.GetProperty("properties").GetProperty("type").GetString()));
    }

    [Theory]
    [InlineData("lat=91&lng=105")]
    [InlineData("lat=19.8&lng=181")]
    [InlineData("lat=abc&lng=105")]
    [InlineData("lat=19.8")]
    [InlineData("type=castle")]
    public async Task GeoJson_bad_parameters_are_problem_details_400(string query)
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/diem-ban.geojson?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Page_with_an_impossible_position_is_the_400_page()
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/diem-ban?lat=200&lng=105", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Open_now_follows_the_clock_without_a_stale_cache()
    {
        var point = await CreatePointAsync("T2–T6 08:00–11:30, 13:30–17:00; T7–CN nghỉ");
        var start = Site.Time.GetUtcNow();
        try
        {
            using var client = Site.CreateClient();
            var url = "/diem-ban/" + point.Slug;
            var open = (await client.GetDocumentAsync(url)).QuerySelector("#point-open")!; // Wednesday 10:00
            Assert.Equal("true", open.GetAttribute("data-open"));
            Assert.Equal("Đang mở cửa · đóng cửa lúc 11:30", open.TextContent.Trim());

            Site.Time.Advance(TimeSpan.FromHours(2)); // 12:00, lunch
            var lunch = (await client.GetDocumentAsync(url)).QuerySelector("#point-open")!;
            Assert.Equal("Đã đóng cửa · mở cửa lúc 13:30", lunch.TextContent.Trim());

            Site.Time.Advance(TimeSpan.FromHours(6)); // 18:00
            Assert.Equal("Đã đóng cửa · mở cửa lúc 08:00 ngày mai", (await client.GetDocumentAsync(url)).QuerySelector("#point-open")!.TextContent.Trim());

            Site.Time.Advance(TimeSpan.FromDays(2)); // Friday 18:00 → closed all weekend
            Assert.Equal("Đã đóng cửa · mở cửa lúc 08:00 thứ Hai", (await client.GetDocumentAsync(url)).QuerySelector("#point-open")!.TextContent.Trim());
            // The list says the same, straight away (no cached copy from the morning).
            var card = Cards(await client.GetDocumentAsync("/diem-ban")).Single(c => Name(c) == point.Name);
            Assert.Equal("false", card.QuerySelector(".point-open")!.GetAttribute("data-open"));
        }
        finally
        {
            Site.Time.AdjustTime(start);
            await DeletePointAsync(point.Id);
        }
    }

    [Fact]
    public async Task Point_page_shows_hours_week_products_producers_routes_json_ld_and_canonical()
    {
        var point = await CreatePointAsync("T2–T6 07:30–11:30, 13:30–17:00; T7 08:00–12:00; CN nghỉ");
        var routeSlug = "tuyen-thu-" + Guid.NewGuid().ToString("N")[..8];
        var (productSlug, productName) = await Site.DbAsync(async db =>
            (await db.Products.Where(p => p.Slug == "mat-ong-binh-son").Select(p => new { p.Slug, p.Name }).SingleAsync()) is var p ? (p.Slug, p.Name) : default);
        int mediaId = 0;
        try
        {
            await Site.DbAsync(async db =>
            {
                var productId = await db.Products.Where(p => p.Slug == productSlug).Select(p => p.Id).SingleAsync();
                db.DisplayPointProducts.Add(new DisplayPointProduct { DisplayPointId = point.Id, ProductId = productId });
                var media = new MediaFile { FileName = "diem-thu.jpg", ContentType = "image/jpeg", Width = 1200, Height = 900, Length = 1, StoragePath = "test/diem-thu.jpg", CreatedAt = Site.Time.GetUtcNow() };
                db.Set<MediaFile>().Add(media);
                await db.SaveChangesAsync();
                mediaId = media.Id;
                db.DisplayPointPhotos.Add(new DisplayPointPhoto { DisplayPointId = point.Id, MediaFileId = media.Id, SortOrder = 1, AltText = "Quầy hàng" });
                var route = new TourismRoute { Name = "Tuyến thử " + routeSlug, Slug = routeSlug, Summary = "Thử", Description = "<p>Thử</p>", CreatedAt = Site.Time.GetUtcNow(), UpdatedAt = Site.Time.GetUtcNow() };
                route.Stops.Add(new TourismRouteStop { Position = 2, Kind = RouteStopKind.DisplayPoint, Name = point.Name, Latitude = point.Latitude, Longitude = point.Longitude, DisplayPointId = point.Id });
                db.TourismRoutes.Add(route);
                await db.SaveChangesAsync();
            });

            using var client = Site.CreateClient();
            var page = await client.GetDocumentAsync("/diem-ban/" + point.Slug);
            Assert.Equal(point.Name, page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal("http://localhost/diem-ban/" + point.Slug, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            var week = page.QuerySelectorAll("#point-week tr").ToList();
            Assert.Equal(7, week.Count);
            Assert.Contains("07:30–11:30, 13:30–17:00", week[0].TextContent);
            Assert.Contains("Nghỉ", week[6].TextContent);
            Assert.Contains("is-today", week[2].ClassName ?? ""); // Wednesday
            Assert.Equal("tel:0237000111", page.QuerySelector("#point-phone")!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("a[data-directions]"));
            Assert.Contains($"/media/{mediaId}/", page.QuerySelector(".point-gallery-main")!.InnerHtml);
            // Plain text is shown as text, line by line.
            Assert.Equal(2, page.QuerySelectorAll(".point-description p").Length);
            Assert.Contains("Dòng hai & ba", page.QuerySelector(".point-description")!.TextContent);

            var products = page.QuerySelectorAll("#point-products .product-card").ToList();
            Assert.Single(products);
            Assert.Contains(productName, products[0].TextContent);
            Assert.Contains("HTX Nông nghiệp Bình Sơn", page.QuerySelector("#point-producers")!.TextContent);
            Assert.Equal("/tuyen-du-lich/" + routeSlug, page.QuerySelector("#point-routes a")!.GetAttribute("href"));

            var map = JsonDocument.Parse(page.QuerySelector("#point-map")!.GetAttribute("data-map")!).RootElement.GetProperty("points");
            Assert.Equal(1, map.GetArrayLength());
            var ld = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
                .Single(e => e.GetProperty("@type").GetString() is "Store" or "LocalBusiness");
            Assert.Equal(point.Latitude, ld.GetProperty("geo").GetProperty("latitude").GetDouble());
            Assert.Equal("VN", ld.GetProperty("address").GetProperty("addressCountry").GetString());
            Assert.Contains(ld.GetProperty("openingHoursSpecification").EnumerateArray(),
                s => s.GetProperty("dayOfWeek").GetString() == "https://schema.org/Saturday" && s.GetProperty("closes").GetString() == "12:00");

            // The list card shows the first photo as a thumbnail; the feed links it.
            var card = Cards(await client.GetDocumentAsync("/diem-ban")).Single(c => Name(c) == point.Name);
            Assert.NotNull(card.QuerySelector(".point-thumb"));
            var feed = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/diem-ban.geojson", UriKind.Relative)));
            var feature = feed.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("slug").GetString() == point.Slug);
            Assert.EndsWith($"/media/{mediaId}/400.jpg", feature.GetProperty("properties").GetProperty("photo").GetString());
        }
        finally
        {
            await Site.DbAsync(async db =>
            {
                var routeIds = await db.TourismRoutes.Where(r => r.Slug == routeSlug).Select(r => r.Id).ToListAsync();
                await db.TourismRouteStops.Where(s => routeIds.Contains(s.RouteId)).ExecuteDeleteAsync();
                await db.TourismRoutes.Where(r => routeIds.Contains(r.Id)).ExecuteDeleteAsync();
            });
            await DeletePointAsync(point.Id);
            if (mediaId != 0) await Site.DbAsync(db => db.Set<MediaFile>().Where(m => m.Id == mediaId).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task Unpublished_or_unknown_point_is_the_404_page()
    {
        var hidden = await CreatePointAsync("07:00–17:00", published: false);
        try
        {
            using var client = Site.CreateClient();
            using var response = await client.GetAsync(new Uri("/diem-ban/" + hidden.Slug, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("text/html", response.Content.Headers.ContentType!.ToString());
            using var unknown = await client.GetAsync(new Uri("/diem-ban/khong-co-diem-nay", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.DoesNotContain(hidden.Name, await client.GetStringAsync(new Uri("/diem-ban", UriKind.Relative)));
        }
        finally
        {
            await DeletePointAsync(hidden.Id);
        }
    }

    [Fact]
    public async Task Product_page_lists_the_points_that_stock_it()
    {
        var stocking = await Site.DbAsync(db => db.DisplayPointProducts
            .Where(x => x.Product!.Slug == "mat-ong-binh-son" && x.DisplayPoint!.IsPublished)
            .Select(x => x.DisplayPoint!.Slug).ToListAsync());
        Assert.NotEmpty(stocking);
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/san-pham/mat-ong-binh-son");
        var box = page.QuerySelector("#available-at")!;
        var items = box.QuerySelectorAll("li.available-point").ToList();
        Assert.Equal(stocking.Order(), items.Select(li => li.QuerySelector("a")!.GetAttribute("href")!.Replace("/diem-ban/", "")).Order());
        Assert.InRange(items.Count(li => !li.HasAttribute("hidden")), 1, 5);
        Assert.All(items, li => Assert.NotNull(li.GetAttribute("data-lat")));
        var shop = items.Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/diem-ban/" + TrieuSonShop);
        Assert.Equal("true", shop.QuerySelector(".point-open")!.GetAttribute("data-open"));
        Assert.NotNull(shop.GetAttribute("data-week"));
        // The location prompt is a button the visitor presses, never automatic.
        Assert.NotNull(box.QuerySelector("button#available-sort[hidden]"));
        // Nowhere in Lạng Sơn stocks Bình Sơn honey.
        Assert.DoesNotContain("chợ Đông Kinh", box.TextContent);
    }
}

[Collection(Collections.Sqlite)]
public sealed class DisplayPointsSqliteTests(SqliteWebFactory site) : DisplayPointsTests(site);

[Collection(Collections.Postgres)]
public sealed class DisplayPointsPostgresTests(PostgresWebFactory site) : DisplayPointsTests(site);
