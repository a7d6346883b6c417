using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Catalog;

/// <summary>The public catalogue through real HTTP, parsed with AngleSharp, on each database.</summary>
public abstract class CatalogPageTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    private static IReadOnlyList<IElement> Cards(IDocument page) => page.QuerySelectorAll(".product-card").ToList();

    private static string CardTitle(IElement card) => card.QuerySelector(".product-card-title")!.TextContent.Trim();

    [Fact]
    public async Task Home_shows_groups_featured_products_producers_points_and_the_plugin_widget()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/");
        Assert.Equal(6, page.QuerySelectorAll(".group-tile").Length);
        Assert.InRange(Cards(page).Count, 4, 8);
        // Featured products carry their badge, except the seeded one whose certificate expired in 10/2024.
        Assert.All(Cards(page).Where(c => CardTitle(c) != "Hồng không hạt Bảo Lâm"), c => Assert.NotNull(c.QuerySelector(".ocop-badge")));
        Assert.NotEmpty(page.QuerySelectorAll(".producer-card"));
        Assert.NotEmpty(page.QuerySelectorAll(".point-chip"));
        Assert.NotNull(page.QuerySelector("[data-plugin='Widgets.FeaturedProducers']"));
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Category_filtered_by_four_stars_lists_only_four_star_products_and_counts_them()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/danh-muc/thuc-pham?stars=4");
        var cards = Cards(page);
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.Equal("★★★★", c.QuerySelector(".ocop-badge-stars")?.TextContent.Trim()));
        var facet = page.QuerySelector("a[data-facet='stars'][data-value='4']")!;
        Assert.Equal("true", facet.GetAttribute("aria-pressed"));
        Assert.Equal(cards.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), facet.QuerySelector(".facet-count")!.TextContent.Trim());
        // The stars facet ignores its own selection: the 3★ count is still offered.
        Assert.NotNull(page.QuerySelector("a[data-facet='stars'][data-value='3']"));
        Assert.Contains(cards, c => CardTitle(c) == "Mật ong Bình Sơn");
    }

    [Fact]
    public async Task Subgroup_page_lists_its_products_and_the_parent_in_the_breadcrumb()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/danh-muc/mat-ong-va-san-pham-tu-mat-ong");
        var titles = Cards(page).Select(CardTitle).ToList();
        Assert.Contains("Mật ong Bình Sơn", titles);
        Assert.Contains("Mật ong rừng Kon Rẫy", titles);
        Assert.DoesNotContain("Trà xanh Tây Sơn", titles);
        Assert.Contains(page.QuerySelectorAll(".breadcrumb a"), a => a.GetAttribute("href") == "/danh-muc/thuc-pham");
    }

    [Fact]
    public async Task Province_filter_keeps_products_of_producers_in_that_province_and_offers_its_communes()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/danh-muc?province=P20");
        var titles = Cards(page).Select(CardTitle).ToList();
        Assert.Equal(["Hoa hồi khô Cao Lộc", "Hồng không hạt Bảo Lâm", "Rượu Mẫu Sơn men lá", "Tinh dầu hồi Mẫu Sơn"], titles.Order(StringComparer.Ordinal).ToList());
        // Old communes (Hòa Cư, Bảo Lâm) are counted under today's communes they merged into.
        var communes = page.QuerySelectorAll("a[data-facet='commune']").Select(a => a.GetAttribute("data-value")).ToList();
        Assert.Contains("C06220", communes); // Xã Công Sơn ← Hòa Cư
        Assert.Contains("C06184", communes); // Xã Đồng Đăng ← Bảo Lâm
        var commune = await client.GetDocumentAsync("/danh-muc?province=P20&commune=C06220");
        Assert.Equal(["Hồng không hạt Bảo Lâm"], Cards(commune).Select(CardTitle).ToList());
    }

    [Fact]
    public async Task Sorting_by_price_and_paging_work_together()
    {
        using var client = Site.CreateClient();
        var first = await client.GetDocumentAsync("/danh-muc?sort=price-asc&size=12");
        var second = await client.GetDocumentAsync("/danh-muc?sort=price-asc&size=12&page=2");
        var prices = Cards(first).Concat(Cards(second))
            .Select(c => long.Parse(c.QuerySelector(".price")!.TextContent.Replace(".", "", StringComparison.Ordinal).Replace("₫", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(12, Cards(first).Count);
        Assert.Equal(21, prices.Count);
        Assert.Equal(prices.Order().ToList(), prices);
        using var beyond = await client.GetAsync(new Uri("/danh-muc?size=12&page=3", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task Product_page_shows_price_stock_badge_with_certificate_origin_and_valid_json_ld()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/san-pham/mat-ong-binh-son");
        Assert.Equal("Mật ong Bình Sơn", page.QuerySelector("h1")!.TextContent.Trim());
        // The demo's live "Tuần lễ OCOP Thanh Hóa" (10% off 4★ Thanh Hóa products) prices it: 250.000 → 225.000, until 31/01/2027.
        Assert.Equal("225.000 ₫", page.QuerySelector(".price-lg")!.TextContent.Trim());
        Assert.Equal("250.000 ₫", page.QuerySelector(".price-block .price-was")!.TextContent.Trim());
        Assert.Contains("31/01/2027 23:59", page.QuerySelector("[data-testid='campaign-note']")!.TextContent);
        Assert.NotNull(page.QuerySelector(".stock-in"));
        var badge = page.QuerySelector("[data-testid='ocop-badge']")!;
        Assert.Contains("2156/QĐ-UBND", badge.TextContent);
        Assert.Contains("Hội đồng cấp tỉnh", badge.TextContent);
        Assert.Contains("02/09/2027", badge.TextContent);
        Assert.Contains("Huyện Triệu Sơn", page.QuerySelector(".product-facts")!.TextContent);
        Assert.Equal("/chu-the/htx-nong-nghiep-binh-son", page.QuerySelector(".producer-link")!.GetAttribute("href"));
        Assert.Equal(4, Cards(page).Count);

        Assert.Equal("http://localhost/san-pham/mat-ong-binh-son", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        Assert.Equal("Mật ong Bình Sơn", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("product", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Product", root.GetProperty("@type").GetString());
        Assert.Equal("Mật ong Bình Sơn", root.GetProperty("name").GetString());
        var offer = root.GetProperty("offers");
        Assert.Equal("Offer", offer.GetProperty("@type").GetString());
        Assert.Equal("VND", offer.GetProperty("priceCurrency").GetString());
        Assert.Equal(225000, offer.GetProperty("price").GetInt64());
        Assert.Equal("2027-01-31", offer.GetProperty("priceValidUntil").GetString());
        Assert.Equal("https://schema.org/InStock", offer.GetProperty("availability").GetString());
        Assert.Equal(14, root.GetProperty("gtin").GetString()!.Length);
    }

    [Fact]
    public async Task Expired_certificate_shows_no_badge_and_says_so()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/san-pham/hong-khong-hat-bao-lam");
        Assert.Null(page.QuerySelector("[data-testid='ocop-badge']"));
        Assert.Null(page.QuerySelector(".gallery .ocop-badge"));
        var note = page.QuerySelector("[data-testid='certification-note']")!.TextContent;
        Assert.Contains("hết hiệu lực", note);
        Assert.Contains("07/10/2024", note);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.False(json.RootElement.TryGetProperty("award", out _));
        // Nor on its card in listings.
        var listing = await client.GetDocumentAsync("/danh-muc/nong-san-tuoi-song");
        var card = Cards(listing).Single(c => CardTitle(c) == "Hồng không hạt Bảo Lâm");
        Assert.Null(card.QuerySelector(".ocop-badge"));
    }

    [Fact]
    public async Task Revoked_certificate_shows_no_badge_and_names_the_revocation()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/san-pham/banh-trang-nuoc-dua-tay-son");
        Assert.Null(page.QuerySelector("[data-testid='ocop-badge']"));
        Assert.Contains("thu hồi", page.QuerySelector("[data-testid='certification-note']")!.TextContent);
        Assert.NotNull(page.QuerySelector(".stock-out"));
    }

    [Fact]
    public async Task Badge_disappears_the_day_after_expiry_by_the_clock_alone()
    {
        // 2156/QĐ-UBND, issued 03/09/2024, expires 02/09/2027. Same database, only the clock differs
        // (a second host, so the shared clock of the other tests stays put).
        async Task<IDocument> ProductPageOn(DateTimeOffset now)
        {
            // FakeTimeProvider keeps the offset it is given: hand it UTC.
            var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now.ToUniversalTime());
            clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"));
            await using var host = Site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
            using var client = host.CreateClient();
            return await client.GetDocumentAsync("/san-pham/mat-ong-binh-son");
        }

        var lastDay = await ProductPageOn(new DateTimeOffset(2027, 9, 2, 23, 0, 0, TimeSpan.FromHours(7)));
        Assert.True(lastDay.QuerySelector("[data-testid='ocop-badge']") is not null,
            "no badge on the last valid day: " + lastDay.QuerySelector("[data-testid='certification-note']")?.TextContent);
        var nextMorning = await ProductPageOn(new DateTimeOffset(2027, 9, 3, 0, 30, 0, TimeSpan.FromHours(7)));
        Assert.Null(nextMorning.QuerySelector("[data-testid='ocop-badge']"));
        Assert.Contains("02/09/2027", nextMorning.QuerySelector("[data-testid='certification-note']")!.TextContent);
    }

    [Fact]
    public async Task Producer_storefront_shows_story_place_map_pin_certificates_and_products()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/chu-the/cong-ty-tnhh-dac-san-mau-son");
        Assert.Equal("Công ty TNHH Đặc sản Mẫu Sơn", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Doanh nghiệp", page.QuerySelector(".producer-type")!.TextContent);
        Assert.Contains("hoa hồi", page.QuerySelector(".producer-story")!.TextContent);
        var map = page.QuerySelector("#producer-map")!;
        Assert.StartsWith("21.8", map.GetAttribute("data-lat"), StringComparison.Ordinal);
        Assert.StartsWith("106.8", map.GetAttribute("data-lng"), StringComparison.Ordinal);
        Assert.Equal(3, Cards(page).Count);
        Assert.Equal(3, page.QuerySelectorAll(".certificates-table tbody tr").Length);
    }

    [Theory]
    [InlineData("/san-pham/khong-ton-tai")]
    [InlineData("/chu-the/khong-ton-tai")]
    [InlineData("/danh-muc/khong-ton-tai")]
    [InlineData("/trang/khong/co/that")]
    public async Task Unknown_addresses_get_a_friendly_404_page(string url)
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), new Uri("http://localhost" + url));
        Assert.Contains("Không tìm thấy trang", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Theory]
    [InlineData("/danh-muc?page=-1")]
    [InlineData("/danh-muc?page=abc")]
    [InlineData("/danh-muc?page=99999999999")]
    [InlineData("/danh-muc?stars=9")]
    [InlineData("/danh-muc?stars=1")]
    [InlineData("/danh-muc?sort=drop-table")]
    [InlineData("/danh-muc?size=1000")]
    [InlineData("/danh-muc?minPrice=abc")]
    [InlineData("/danh-muc?minPrice=500000&maxPrice=1000")]
    [InlineData("/danh-muc?province=P99")]
    [InlineData("/danh-muc?commune=%27%3B--")]
    [InlineData("/danh-muc/thuc-pham?page=0")]
    public async Task Absurd_filters_get_a_clean_400_page(string url)
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Yêu cầu không hợp lệ", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task A_10_kB_query_string_gets_a_400_page_not_a_500()
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/danh-muc?q=" + new string('a', 10_240), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task English_via_the_url_and_via_the_switcher_cookie()
    {
        using var client = Site.CreateClient();
        var english = await client.GetDocumentAsync("/?culture=en-US");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Featured products", english.QuerySelector("#featured-title")!.TextContent.Trim());
        var groups = english.QuerySelectorAll(".group-name").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("Food", groups);

        var (cookieClient, cookies) = Site.CreateClientWithCookies();
        using (cookieClient)
        {
            var switched = await cookieClient.GetDocumentAsync("/ngon-ngu/en-US?returnUrl=%2Fdanh-muc%3Fculture%3Dvi-VN%26sort%3Dnewest");
            Assert.EndsWith("/danh-muc?sort=newest", switched.Url, StringComparison.Ordinal);
            Assert.Equal("en", switched.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(cookies.GetCookies(cookieClient.BaseAddress!)[".OcopMarket.Culture"]);
            var back = await cookieClient.GetDocumentAsync("/ngon-ngu/vi-VN?returnUrl=%2F");
            Assert.Equal("vi", back.DocumentElement.GetAttribute("lang"));
        }
        using var noRedirect = Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var offsite = await noRedirect.GetAsync(new Uri("/ngon-ngu/en-US?returnUrl=https%3A%2F%2Fevil.example", UriKind.Relative));
        Assert.Equal("/", offsite.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Search_fallback_matches_with_or_without_diacritics()
    {
        using var client = Site.CreateClient();
        foreach (var q in new[] { "mật ong", "mat ong", "MẬT ONG", "Mat Ong" })
        {
            var page = await client.GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString(q));
            var titles = Cards(page).Select(CardTitle).ToList();
            Assert.Contains("Mật ong Bình Sơn", titles);
            Assert.Contains("Mật ong rừng Kon Rẫy", titles);
            Assert.DoesNotContain("Trà xanh Tây Sơn", titles);
            Assert.Equal("noindex,follow", page.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
        }
    }

    [Fact]
    public async Task Sitemap_lists_every_product_and_robots_points_to_it()
    {
        using var client = Site.CreateClient();
        var xml = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = xml.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Equal(21, locs.Count(l => l.Contains("/san-pham/", StringComparison.Ordinal)));
        Assert.Contains("http://localhost/san-pham/hong-khong-hat-bao-lam", locs);
        Assert.Contains("http://localhost/chu-the/htx-nong-nghiep-binh-son", locs);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("Disallow: /tai-khoan/", robots);
    }

    [Fact]
    public async Task Anonymous_catalog_pages_are_cacheable_and_set_no_cookies()
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/danh-muc/thuc-pham", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "an anonymous catalogue page set a cookie, which defeats output caching");
    }
}

[Collection(Collections.Sqlite)]
public sealed class CatalogPageTestsSqlite(SqliteWebFactory site) : CatalogPageTests(site)
{
    [Fact]
    public async Task The_configured_theme_really_switches_the_look()
    {
        await using var lotus = Site.WithWebHostBuilder(b => b.UseSetting("Theme:Name", "Lotus"));
        using var client = lotus.CreateClient();
        var page = await client.GetDocumentAsync("/");
        Assert.Contains("theme-lotus", page.Body!.ClassName, StringComparison.Ordinal);
        var styles = page.QuerySelectorAll("link[rel='stylesheet']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("/_content/OcopMarket.Theme.Lotus/css/lotus.css", styles);
        // Lotus overrides the footer view only; everything else falls back to Default.
        Assert.NotNull(page.QuerySelector(".lotus-ribbon"));
        Assert.Equal(6, page.QuerySelectorAll(".group-tile").Length);

        using var defaultClient = Site.CreateClient();
        var plain = await defaultClient.GetDocumentAsync("/");
        Assert.Null(plain.QuerySelector(".lotus-ribbon"));
    }
}

[Collection(Collections.Postgres)]
public sealed class CatalogPageTestsPostgres(PostgresWebFactory site) : CatalogPageTests(site);
