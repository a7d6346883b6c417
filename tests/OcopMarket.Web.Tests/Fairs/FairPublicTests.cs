using System.Net;
using System.Text;
using System.Text.Json;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Fairs;

/// <summary>The public fair pages on the seeded fairs (Thanh Hóa on now, Hà Nội in December, Quy Nhơn held in September).</summary>
public abstract class FairPublicTests(OcopWebFactory site)
{
    private const string ThanhHoa = "hoi-cho-ocop-thanh-hoa-2026";
    private const string HaNoi = "tuan-hang-ocop-vung-mien-tai-ha-noi-2026";
    private const string QuyNhon = "phien-cho-ocop-quy-nhon-2026";

    protected OcopWebFactory Site { get; } = site;

    [Fact]
    public async Task The_list_puts_current_and_coming_fairs_first_and_keeps_past_ones_below()
    {
        using var client = Site.CreateRawClient();
        var page = await client.GetDocumentAsync("/hoi-cho");
        var current = page.QuerySelectorAll("#current-fairs [data-fair]").Select(e => e.GetAttribute("data-fair")).ToList();
        Assert.True(current.IndexOf(ThanhHoa) >= 0 && current.IndexOf(ThanhHoa) < current.IndexOf(HaNoi), string.Join(",", current));
        Assert.DoesNotContain(QuyNhon, current);
        var thanhHoa = page.QuerySelector($"#current-fairs [data-fair='{ThanhHoa}']")!;
        Assert.Equal("Ongoing", thanhHoa.GetAttribute("data-phase"));
        Assert.Contains("Đang diễn ra", thanhHoa.TextContent);
        Assert.Equal("20/11 – 29/11/2026", thanhHoa.QuerySelector(".fair-dates")?.TextContent.Trim());
        Assert.Equal("5", thanhHoa.QuerySelector(".fair-producers")?.GetAttribute("data-count"));
        Assert.Contains("Quảng trường Lam Sơn", thanhHoa.TextContent);
        Assert.Equal("Upcoming", page.QuerySelector($"#current-fairs [data-fair='{HaNoi}']")!.GetAttribute("data-phase"));
        Assert.NotNull(page.QuerySelector($"#past-fairs details [data-fair='{QuyNhon}']"));
    }

    [Fact]
    public async Task A_fair_page_shows_booths_products_map_and_an_Event_in_JSON_LD()
    {
        using var client = Site.CreateRawClient();
        var page = await client.GetDocumentAsync($"/hoi-cho/{ThanhHoa}");
        Assert.Equal("Hội chợ OCOP Thanh Hóa 2026", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("08:00–22:00 hằng ngày", page.QuerySelector("#fair-hours")?.TextContent.Trim());
        var binhSon = page.QuerySelector("#fair-booths [data-producer='htx-nong-nghiep-binh-son']")!;
        Assert.Equal("A01", binhSon.QuerySelector(".fair-booth-code")?.TextContent.Trim());
        Assert.Equal("/chu-the/htx-nong-nghiep-binh-son", binhSon.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("B07", page.QuerySelector("#fair-booths [data-producer='cong-ty-tnhh-dac-san-mau-son'] .fair-booth-code")?.TextContent.Trim());
        var products = page.QuerySelectorAll("#fair-products .product-card .product-card-title").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("Mật ong Bình Sơn", products);
        Assert.Contains("Giỏ mây đan Thọ Tân", products);
        // Only the booths' products: Mẫu Sơn's dried star anise is not brought to Thanh Hóa.
        Assert.DoesNotContain("Hoa hồi khô Cao Lộc", products);
        Assert.Contains("google.com/maps/dir", page.QuerySelector("#fair-directions")?.GetAttribute("href"));
        var map = JsonDocument.Parse(page.QuerySelector("#fair-map")!.GetAttribute("data-map")!).RootElement;
        Assert.Equal(19.8078, map.GetProperty("points")[0].GetProperty("lat").GetDouble(), 4);

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']#fair-jsonld")!.TextContent);
        var e = json.RootElement;
        Assert.Equal("Event", e.GetProperty("@type").GetString());
        Assert.Equal("2026-11-20", e.GetProperty("startDate").GetString());
        Assert.Equal("2026-11-29", e.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/EventScheduled", e.GetProperty("eventStatus").GetString());
        var location = e.GetProperty("location");
        Assert.Equal("Place", location.GetProperty("@type").GetString());
        Assert.Equal("Quảng trường Lam Sơn", location.GetProperty("name").GetString());
        Assert.Equal("GeoCoordinates", location.GetProperty("geo").GetProperty("@type").GetString());
        Assert.Equal(105.7768, location.GetProperty("geo").GetProperty("longitude").GetDouble(), 4);
        Assert.Equal("VN", location.GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.Equal("Sở Công Thương Thanh Hóa", e.GetProperty("organizer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_past_fair_stays_visible_and_says_it_has_ended()
    {
        using var client = Site.CreateRawClient();
        using var response = await client.GetAsync($"/hoi-cho/{QuyNhon}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), new Uri("http://localhost/"));
        Assert.Equal("Hội chợ đã kết thúc", page.QuerySelector("#fair-phase")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("#add-to-calendar"));
        using var missing = await client.GetAsync("/hoi-cho/khong-co-hoi-cho-nay");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_calendar_file_is_an_all_day_iCalendar_event()
    {
        using var client = Site.CreateRawClient();
        var page = await client.GetDocumentAsync($"/hoi-cho/{ThanhHoa}");
        var href = page.QuerySelector("#add-to-calendar")!.GetAttribute("href")!;
        using var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", text);
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20261120\r\n", text);
        // DTEND of an all-day event is the day after the last day.
        Assert.Contains("\r\nDTEND;VALUE=DATE:20261130\r\n", text);
        Assert.Contains("\r\nGEO:19.8078;105.7768\r\n", text);
        Assert.Matches(@"\r\nUID:fair-\d+@localhost\r\n", text);
        var lines = text.Split("\r\n");
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        // Folded lines unfold to the escaped text: commas in values are escaped.
        var unfolded = text.Replace("\r\n ", "");
        Assert.Contains("LOCATION:Quảng trường Lam Sơn\\, Đại lộ Lê Lợi\\, phường Hạc Thành\\, Thanh Hóa\r\n", unfolded);
        Assert.Contains("SUMMARY:Hội chợ OCOP Thanh Hóa 2026\r\n", unfolded);
    }

    [Fact]
    public async Task The_home_page_shows_coming_fairs_and_hides_the_section_when_none_are_left()
    {
        using var client = Site.CreateRawClient();
        await Site.EvictStorefrontAsync();
        var home = await client.GetDocumentAsync("/");
        var shown = home.QuerySelectorAll("#home-fairs [data-fair]").Select(e => e.GetAttribute("data-fair")).ToList();
        Assert.Contains(ThanhHoa, shown);
        Assert.Contains(HaNoi, shown);
        Assert.DoesNotContain(QuyNhon, shown);
        Assert.InRange(shown.Count, 2, 3);

        var now = Site.Time.GetUtcNow();
        try
        {
            // The day after the Hà Nội week: every seeded fair is over (test fairs of other classes are cleaned up).
            Site.Time.Advance(new DateTimeOffset(2026, 12, 15, 9, 0, 0, TimeSpan.FromHours(7)) - now);
            await Site.EvictStorefrontAsync();
            home = await client.GetDocumentAsync("/");
            Assert.Null(home.QuerySelector("#home-fairs"));
            var list = await client.GetDocumentAsync("/hoi-cho");
            Assert.NotNull(list.QuerySelector("#no-current-fairs"));
            Assert.NotNull(list.QuerySelector($"#past-fairs [data-fair='{HaNoi}']"));
        }
        finally
        {
            Site.Time.AdjustTime(now); // FakeTimeProvider refuses to go back with SetUtcNow
            await Site.EvictStorefrontAsync();
        }
    }

    [Fact]
    public async Task A_producer_page_says_where_to_meet_the_producer()
    {
        using var client = Site.CreateRawClient();
        var page = await client.GetDocumentAsync("/chu-the/htx-nong-nghiep-binh-son");
        var item = page.QuerySelector($"#producer-fairs [data-fair='{ThanhHoa}']");
        Assert.NotNull(item);
        Assert.Equal("A01", item!.QuerySelector(".fair-booth-code")?.TextContent.Trim());
        Assert.Null(page.QuerySelector($"#producer-fairs [data-fair='{QuyNhon}']"));
        // A producer at no coming fair gets no section.
        var none = await client.GetDocumentAsync("/chu-the/htx-du-lich-sinh-thai-ham-ho");
        Assert.Null(none.QuerySelector("#producer-fairs"));
    }
}

[Collection(Collections.Sqlite)]
public sealed class FairPublicSqliteTests(SqliteWebFactory site) : FairPublicTests(site);

[Collection(Collections.Postgres)]
public sealed class FairPublicPostgresTests(PostgresWebFactory site) : FairPublicTests(site);
