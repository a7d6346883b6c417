using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Tests.Fairs;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Featured;

/// <summary>
/// /admin/noi-bat and the home page's "Featured products" / "Meet the producers" (and the plugin strip). Each test
/// replaces the whole featured list with its own and puts the seeded list (and the products' IsFeatured) back after.
/// </summary>
public abstract class FeaturedTests(OcopWebFactory site) : IAsyncLifetime
{
    private List<FeaturedItem> _saved = [];
    private Dictionary<int, bool> _flags = [];

    protected OcopWebFactory Site { get; } = site;

    public async Task InitializeAsync()
    {
        (_saved, _flags) = await Site.DbAsync(async db => (
            await db.FeaturedItems.AsNoTracking().ToListAsync(),
            await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.IsFeatured)));
        await ClearAsync();
    }

    public async Task DisposeAsync()
    {
        await Site.DbAsync(async db =>
        {
            db.FeaturedItems.RemoveRange(await db.FeaturedItems.ToListAsync());
            await db.SaveChangesAsync();
            foreach (var item in _saved) item.Id = 0;
            db.FeaturedItems.AddRange(_saved);
            foreach (var p in await db.Products.ToListAsync())
                if (_flags.TryGetValue(p.Id, out var flag)) p.IsFeatured = flag;
            await db.SaveChangesAsync();
        });
        await Site.EvictStorefrontAsync();
    }

    private Task ClearAsync() => Site.DbAsync(async db =>
    {
        db.FeaturedItems.RemoveRange(await db.FeaturedItems.ToListAsync());
        await db.SaveChangesAsync();
    });

    private Task<int> ProductIdAsync(string slug) => Site.DbAsync(db => db.Products.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    private Task AddAsync(FeaturedKind kind, int id, int order, DateOnly? starts = null, DateOnly? ends = null) => Site.DbAsync(async db =>
    {
        db.FeaturedItems.Add(new FeaturedItem
        {
            Kind = kind, ProductId = kind == FeaturedKind.Product ? id : null, ProducerId = kind == FeaturedKind.Producer ? id : null,
            SortOrder = order, StartsOn = starts, EndsOn = ends, CreatedAt = Site.Time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    });

    private static List<string> FeaturedOnHome(IDocument home) =>
        home.QuerySelectorAll("section[aria-labelledby='featured-title'] .product-card-title").Select(e => e.TextContent.Trim()).ToList();

    private static List<string> ProducersOnHome(IDocument home) =>
        home.QuerySelectorAll("section[aria-labelledby='producers-title'] a.producer-card").Select(e => e.GetAttribute("href")!).Distinct().ToList();

    [Fact]
    public async Task The_home_page_follows_the_list_order_and_date_windows()
    {
        await AddAsync(FeaturedKind.Product, await ProductIdAsync("tra-xanh-tay-son"), 1);
        await AddAsync(FeaturedKind.Product, await ProductIdAsync("mat-ong-binh-son"), 2, ends: new DateOnly(2026, 11, 25));
        await AddAsync(FeaturedKind.Product, await ProductIdAsync("gio-may-dan-tho-tan"), 3, starts: new DateOnly(2026, 12, 1));
        await AddAsync(FeaturedKind.Product, await ProductIdAsync("banh-gai-minh-son"), 4, starts: new DateOnly(2026, 11, 20), ends: new DateOnly(2026, 11, 30));
        await AddAsync(FeaturedKind.Producer, await Site.ProducerIdAsync("htx-du-lich-sinh-thai-ham-ho"), 2);
        await AddAsync(FeaturedKind.Producer, await Site.ProducerIdAsync("to-hop-tac-det-tho-cam-kon-rlong"), 1);
        await Site.EvictStorefrontAsync();
        using var client = Site.CreateRawClient();

        // 25/11: the window ending today still shows; the one from 1/12 does not yet.
        var home = await client.GetDocumentAsync("/");
        Assert.Equal(["Trà xanh Tây Sơn", "Mật ong Bình Sơn", "Bánh gai Minh Sơn"], FeaturedOnHome(home));
        Assert.Equal(["/chu-the/to-hop-tac-det-tho-cam-kon-rlong", "/chu-the/htx-du-lich-sinh-thai-ham-ho"], ProducersOnHome(home));
        // The plugin's strip reads the same featured producers first.
        var strip = home.QuerySelectorAll("[data-plugin='Widgets.FeaturedProducers'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/chu-the/to-hop-tac-det-tho-cam-kon-rlong", "/chu-the/htx-du-lich-sinh-thai-ham-ho"], strip.Take(2));

        var now = Site.Time.GetUtcNow();
        try
        {
            Site.Time.Advance(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(7)) - now);
            await Site.EvictStorefrontAsync();
            home = await client.GetDocumentAsync("/");
            Assert.Equal(["Trà xanh Tây Sơn", "Giỏ mây đan Thọ Tân"], FeaturedOnHome(home));
        }
        finally
        {
            Site.Time.AdjustTime(now); // FakeTimeProvider refuses to go back with SetUtcNow
            await Site.EvictStorefrontAsync();
        }
    }

    [Fact]
    public async Task With_an_empty_list_the_home_page_falls_back_to_rated_products_and_producers()
    {
        await Site.EvictStorefrontAsync();
        using var client = Site.CreateRawClient();
        var home = await client.GetDocumentAsync("/");
        Assert.InRange(FeaturedOnHome(home).Count, 4, 8);
        Assert.NotEmpty(ProducersOnHome(home));
    }

    [Fact]
    public async Task Staff_add_reorder_date_and_remove_items_and_the_cached_home_page_follows()
    {
        var tea = await ProductIdAsync("tra-xanh-tay-son");
        var honey = await ProductIdAsync("mat-ong-binh-son");
        await AddAsync(FeaturedKind.Product, tea, 1);
        using var visitor = Site.CreateRawClient();
        await Site.EvictStorefrontAsync();
        Assert.Equal(["Trà xanh Tây Sơn"], FeaturedOnHome(await visitor.GetDocumentAsync("/")));
        Assert.Equal(["Trà xanh Tây Sơn"], FeaturedOnHome(await visitor.GetDocumentAsync("/"))); // now from the cache

        var (client, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _c = client;
        var page = await client.GetDocumentAsync("/admin/noi-bat?sp=" + Uri.EscapeDataString("Mật ong Bình"));
        Assert.NotNull(page.QuerySelector($"#featured-products-add option[value='{honey}']"));
        Assert.Null(page.QuerySelector($"#featured-products-add option[value='{tea}']"));
        using (var r = await client.SubmitFormAsync(page, "#featured-products-add", new Dictionary<string, string?> { ["targetId"] = honey.ToString() }))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.True(await Site.DbAsync(db => db.Products.Where(p => p.Id == honey).Select(p => p.IsFeatured).SingleAsync()));
        Assert.Equal(["Trà xanh Tây Sơn", "Mật ong Bình Sơn"], FeaturedOnHome(await visitor.GetDocumentAsync("/")));

        // Adding it twice is refused with a message.
        page = await client.GetDocumentAsync("/admin/noi-bat");
        using (var twice = await client.SubmitFormAsync(page, "#featured-products-add", new Dictionary<string, string?> { ["targetId"] = honey.ToString() }))
        {
            var twicePage = await SiteTestHelpers.ParseAsync(await twice.Content.ReadAsStringAsync(), twice.RequestMessage!.RequestUri!);
            Assert.Contains("Mục này đã có trong danh sách.", twicePage.QuerySelector(".alert")?.TextContent);
        }

        page = await client.GetDocumentAsync("/admin/noi-bat");
        var honeyItem = page.QuerySelector($"#featured-products [data-item]:nth-child(2)")!.GetAttribute("data-item")!;
        Assert.Equal("Shown", page.QuerySelector($"#item-{honeyItem}")!.GetAttribute("data-state"));
        using (var r = await client.SubmitFormAsync(page, $"form[action='/admin/noi-bat/{honeyItem}/len']")) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(["Mật ong Bình Sơn", "Trà xanh Tây Sơn"], FeaturedOnHome(await visitor.GetDocumentAsync("/")));

        // A window ending before it starts is refused; a future window takes the item off the home page.
        page = await client.GetDocumentAsync("/admin/noi-bat");
        using (var bad = await client.SubmitFormAsync(page, $"#window-{honeyItem}", new Dictionary<string, string?> { ["startsOn"] = "2026-12-10", ["endsOn"] = "2026-12-01" }))
        {
            var badPage = await SiteTestHelpers.ParseAsync(await bad.Content.ReadAsStringAsync(), bad.RequestMessage!.RequestUri!);
            Assert.Contains("Ngày kết thúc không được trước ngày bắt đầu.", badPage.QuerySelector(".alert")?.TextContent);
        }
        using (var r = await client.SubmitFormAsync(page, $"#window-{honeyItem}", new Dictionary<string, string?> { ["startsOn"] = "2026-12-10", ["endsOn"] = "" }))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        page = await client.GetDocumentAsync("/admin/noi-bat");
        Assert.Equal("Scheduled", page.QuerySelector($"#item-{honeyItem}")!.GetAttribute("data-state"));
        Assert.Equal(["Trà xanh Tây Sơn"], FeaturedOnHome(await visitor.GetDocumentAsync("/")));

        Assert.NotNull(page.QuerySelector($"form[action='/admin/noi-bat/{honeyItem}/xoa'][data-confirm]"));
        using (var r = await client.SubmitFormAsync(page, $"form[action='/admin/noi-bat/{honeyItem}/xoa']")) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var left = await Site.DbAsync(db => db.FeaturedItems.AsNoTracking().Where(f => f.Kind == FeaturedKind.Product).ToListAsync());
        Assert.Equal([(tea, 1)], left.Select(f => (f.ProductId!.Value, f.SortOrder)));
        Assert.False(await Site.DbAsync(db => db.Products.Where(p => p.Id == honey).Select(p => p.IsFeatured).SingleAsync()));

        // The office's product editor has no switch of its own any more: it says where the product stands and links here.
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _o = office;
        var editor = await office.GetDocumentAsync($"/admin/san-pham/{tea}");
        Assert.Null(editor.QuerySelector("input[name='IsFeatured']"));
        Assert.Contains("vị trí thứ 1", editor.QuerySelector("#product-featured")?.TextContent);
        Assert.Equal("/admin/noi-bat", editor.QuerySelector("#manage-featured")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData(Roles.Customer)]
    [InlineData(Roles.Producer)]
    public async Task Customers_and_producers_cannot_manage_the_list(string role)
    {
        var producerId = role == Roles.Producer ? await Site.ProducerIdAsync("htx-nong-nghiep-binh-son") : (int?)null;
        var (client, _) = await Site.CreateSignedInRawClientAsync(role, producerId);
        using var _c = client;
        using (var r = await client.GetAsync("/admin/noi-bat")) Assert.True(r.IsDenied(), ((int)r.StatusCode).ToString());
        var token = await client.GetAntiforgeryTokenAsync("/tai-khoan");
        using (var r = await client.PostFormAsync("/admin/noi-bat/them", [new("__RequestVerificationToken", token), new("kind", "Product"), new("targetId", (await ProductIdAsync("tra-xanh-tay-son")).ToString())]))
            Assert.True(r.IsDenied());
        Assert.Equal(0, await Site.DbAsync(db => db.FeaturedItems.CountAsync()));
    }
}

[Collection(Collections.Sqlite)]
public sealed class FeaturedSqliteTests(SqliteWebFactory site) : FeaturedTests(site);

[Collection(Collections.Postgres)]
public sealed class FeaturedPostgresTests(PostgresWebFactory site) : FeaturedTests(site);
