using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Places.Routes;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Routes;

/// <summary>The public route list and route page, and the experience enquiry a visitor sends from it.</summary>
public abstract class RoutePublicTests(OcopWebFactory site) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Site.DeleteRouteTestDataAsync();

    protected OcopWebFactory Site { get; } = site;

    [Fact]
    public async Task The_list_shows_published_routes_only()
    {
        var producer = await Site.CreateProducerAsync();
        var hidden = await Site.CreateRouteAsync(producer.Id, published: false);
        var shown = await Site.CreateRouteAsync(producer.Id);
        using var client = Site.CreateRawClient();

        var page = await client.GetDocumentAsync("/tuyen-du-lich");
        var slugs = page.QuerySelectorAll("#route-list [data-route]").Select(e => e.GetAttribute("data-route")).ToList();

        Assert.Contains(RoutesTestHelpers.TrieuSonSlug, slugs);
        Assert.Contains(shown.Slug, slugs);
        Assert.DoesNotContain(hidden.Slug, slugs);
        var card = page.QuerySelector($"[data-route='{RoutesTestHelpers.TrieuSonSlug}']")!;
        Assert.Contains("1 ngày", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("6 điểm dừng", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thanh Hóa", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 ngày 1 đêm", page.QuerySelector("[data-route='cao-loc-mau-son-hong-khong-hat-va-hoa-hoi-xu-lang']")!.TextContent, StringComparison.Ordinal);
        using var response = await client.GetAsync("/tuyen-du-lich/" + hidden.Slug);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_route_page_lists_its_stops_in_order_and_the_products_met_once_each()
    {
        using var client = Site.CreateRawClient();
        var page = await client.GetDocumentAsync("/tuyen-du-lich/" + RoutesTestHelpers.TrieuSonSlug);

        var expected = await Site.DbAsync(db => db.TourismRouteStops.Where(s => db.TourismRoutes.Any(r => r.Id == s.RouteId && r.Slug == RoutesTestHelpers.TrieuSonSlug))
            .OrderBy(s => s.Position).Select(s => s.Name).ToListAsync());
        var shown = page.QuerySelectorAll("#route-stops > li .stop-name").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(expected, shown);
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(i => i.ToString()), page.QuerySelectorAll("#route-stops > li").Select(e => e.GetAttribute("data-position")));
        // The workshop links to its producer's storefront, the first stop to its display point page.
        Assert.NotNull(page.QuerySelector("#route-stops a[href='/chu-the/htx-may-tre-dan-tho-tan']"));
        Assert.NotNull(page.QuerySelector("#route-stops a[href^='/diem-ban/']"));

        var products = page.QuerySelectorAll("#route-products .product-card-title").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("Mật ong Bình Sơn", products);            // a stop's producer
        Assert.Contains("Gạo nếp cái hoa vàng Thọ Bình", products); // stocked at the Triệu Sơn display point only
        Assert.DoesNotContain("Trà xanh Tây Sơn", products);
        Assert.Equal(products.Count, products.Distinct().Count());

        var map = JsonDocument.Parse(page.QuerySelector("#route-map")!.GetAttribute("data-map")!).RootElement;
        Assert.True(map.GetProperty("line").GetBoolean());
        Assert.Equal(expected.Count, map.GetProperty("points").GetArrayLength());

        var ld = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(e => e.GetProperty("@type").GetString() == "TouristTrip");
        var items = ld.GetProperty("itinerary").GetProperty("itemListElement");
        Assert.Equal(expected.Count, items.GetArrayLength());
        Assert.Equal(expected[1], items[1].GetProperty("item").GetProperty("name").GetString());
        // Three experiences, each with its own enquiry form.
        Assert.Equal(3, page.QuerySelectorAll("form.enquiry-form").Length);
    }

    [Fact]
    public async Task An_invalid_enquiry_is_refused_in_vietnamese_and_keeps_what_was_typed()
    {
        var producer = await Site.CreateProducerAsync();
        var route = await Site.CreateRouteAsync(producer.Id);
        var stopId = route.Stops.Single(s => s.ProducerId is not null).Id;
        using var client = Site.CreateRawClient();
        var page = await client.GetDocumentAsync($"/tuyen-du-lich/{route.Slug}");

        using var response = await client.SubmitFormAsync(page, $"#enquiry-form-{stopId}", new Dictionary<string, string?>
        {
            ["PreferredDate"] = "2026-11-20", // five days before the test clock's today
            ["GroupSize"] = "0",
            ["ContactName"] = "Nguyễn Văn Khách",
            ["Phone"] = "12345",
            ["Message"] = "Đoàn có hai trẻ nhỏ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var result = await SiteTestHelpers.ParseAsync(html, new Uri("http://localhost/"));
        Assert.Equal("Ngày này đã qua. Vui lòng chọn hôm nay hoặc một ngày sau.", result.QuerySelector("#PreferredDate-error")?.TextContent);
        Assert.Equal("Số người phải từ 1 đến 200.", result.QuerySelector("#GroupSize-error")?.TextContent);
        Assert.Equal("Vui lòng nhập số điện thoại Việt Nam, ví dụ 0912 345 678.", result.QuerySelector("#Phone-error")?.TextContent);
        Assert.Equal("Nguyễn Văn Khách", result.QuerySelector<IHtmlInputElement>("#ContactName")?.Value);
        Assert.Equal("12345", result.QuerySelector<IHtmlInputElement>("#Phone")?.Value);
        Assert.Equal("2026-11-20", result.QuerySelector<IHtmlInputElement>("#PreferredDate")?.Value);
        Assert.Equal("Đoàn có hai trẻ nhỏ", result.QuerySelector<IHtmlTextAreaElement>("#Message")?.Value);
        Assert.Equal(stopId.ToString(), result.QuerySelector<IHtmlSelectElement>("#StopId")?.Value);
        Assert.False(await Site.DbAsync(db => db.ExperienceEnquiries.AnyAsync(e => e.ProducerId == producer.Id)));
    }

    [Fact]
    public async Task An_enquiry_in_english_is_refused_in_english()
    {
        var producer = await Site.CreateProducerAsync();
        var route = await Site.CreateRouteAsync(producer.Id);
        using var client = Site.CreateRawClient();
        (await client.GetAsync("/ngon-ngu/en")).Dispose();
        var page = await client.GetDocumentAsync($"/tuyen-du-lich/{route.Slug}/dat-trai-nghiem");

        using var response = await client.SubmitFormAsync(page, "#enquiry-form", new Dictionary<string, string?>
        {
            ["PreferredDate"] = "2028-01-01", ["GroupSize"] = "201", ["ContactName"] = "Jane", ["Phone"] = "0912 345 678",
        });

        var result = await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), new Uri("http://localhost/"));
        Assert.Equal("Please choose a date within the next 12 months.", result.QuerySelector("#PreferredDate-error")?.TextContent);
        Assert.Equal("The group must be between 1 and 200 people.", result.QuerySelector("#GroupSize-error")?.TextContent);
        Assert.Null(result.QuerySelector("#Phone-error"));
    }

    [Fact]
    public async Task A_valid_enquiry_is_saved_and_mailed_to_the_producer_and_the_office()
    {
        var producerEmail = $"routes-{Guid.NewGuid():N}@ocopmarket.test";
        var producer = await Site.CreateProducerAsync(producerEmail);
        var route = await Site.CreateRouteAsync(producer.Id);
        var stop = route.Stops.Single(s => s.ProducerId is not null);
        var name = "Khách " + Guid.NewGuid().ToString("N")[..6];
        using var client = Site.CreateRawClient();
        var page = await client.GetDocumentAsync($"/tuyen-du-lich/{route.Slug}");

        using var response = await client.SubmitFormAsync(page, $"#enquiry-form-{stop.Id}", new Dictionary<string, string?>
        {
            ["PreferredDate"] = "2026-12-05", ["GroupSize"] = "12", ["ContactName"] = name, ["Phone"] = "+84 912 345 678",
            ["Email"] = "khach@example.vn", ["Message"] = "Đoàn học sinh",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var thanks = await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), new Uri("http://localhost/"));
        Assert.Contains(producer.Name, thanks.QuerySelector("#enquiry-thanks")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("0912345678", thanks.QuerySelector("#enquiry-thanks")?.TextContent, StringComparison.Ordinal);

        var saved = await Site.DbAsync(db => db.ExperienceEnquiries.AsNoTracking().SingleAsync(e => e.ContactName == name));
        Assert.Equal(producer.Id, saved.ProducerId);
        Assert.Equal(route.Id, saved.RouteId);
        Assert.Equal(stop.Id, saved.StopId);
        Assert.Equal(new DateOnly(2026, 12, 5), saved.PreferredDate);
        Assert.Equal(12, saved.GroupSize);
        Assert.Equal("0912345678", saved.Phone);
        Assert.Equal(EnquiryStatus.New, saved.Status);
        Assert.Equal("vi", saved.Culture);
        Assert.Null(saved.CustomerUserId);

        var to = await Site.MailsMentioningAsync(name);
        Assert.Equal(2, to.Count);
        Assert.Contains(to, t => t.Contains(producerEmail, StringComparison.Ordinal));
        Assert.Contains(to, t => !t.Contains(producerEmail, StringComparison.Ordinal) && t.Contains("@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_in_customer_s_enquiry_remembers_the_account()
    {
        var producer = await Site.CreateProducerAsync();
        var route = await Site.CreateRouteAsync(producer.Id);
        var (client, user) = await Site.CreateSignedInClientAsync();
        using var _ = client;
        var page = await client.GetDocumentAsync($"/tuyen-du-lich/{route.Slug}/dat-trai-nghiem");
        var name = "Khách " + Guid.NewGuid().ToString("N")[..6];

        using var response = await client.SubmitFormAsync(page, "#enquiry-form", new Dictionary<string, string?>
        {
            ["PreferredDate"] = "25/11/2026", ["GroupSize"] = "1", ["ContactName"] = name, ["Phone"] = "0237 3867 000",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await Site.DbAsync(db => db.ExperienceEnquiries.AsNoTracking().SingleAsync(e => e.ContactName == name));
        Assert.Equal(user.Id, saved.CustomerUserId);
        Assert.Equal(new DateOnly(2026, 11, 25), saved.PreferredDate); // today is allowed
    }

    [Fact]
    public async Task The_honeypot_and_a_missing_antiforgery_token_save_nothing()
    {
        var producer = await Site.CreateProducerAsync();
        var route = await Site.CreateRouteAsync(producer.Id);
        var stopId = route.Stops.Single(s => s.ProducerId is not null).Id.ToString();
        using var client = Site.CreateRawClient();
        var page = await client.GetDocumentAsync($"/tuyen-du-lich/{route.Slug}");

        using (var bot = await client.SubmitFormAsync(page, $"#enquiry-form-{stopId}", new Dictionary<string, string?>
               {
                   ["PreferredDate"] = "2026-12-05", ["GroupSize"] = "3", ["ContactName"] = "Bot", ["Phone"] = "0912345678", ["Website"] = "http://spam.example",
               }))
            Assert.Equal(HttpStatusCode.OK, bot.StatusCode);

        using var forged = await client.PostFormAsync($"/tuyen-du-lich/{route.Slug}/dat-trai-nghiem", new Dictionary<string, string>
        {
            ["StopId"] = stopId, ["PreferredDate"] = "2026-12-05", ["GroupSize"] = "3", ["ContactName"] = "No token", ["Phone"] = "0912345678",
        });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(await Site.DbAsync(db => db.ExperienceEnquiries.AnyAsync(e => e.ProducerId == producer.Id)));
    }
}

[Collection(Collections.Sqlite)]
public sealed class RoutePublicSqliteTests(SqliteWebFactory site) : RoutePublicTests(site);

[Collection(Collections.Postgres)]
public sealed class RoutePublicPostgresTests(PostgresWebFactory site) : RoutePublicTests(site);
