using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Search;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Search;

/// <summary>The search page, facets, autocomplete and incremental indexing through real HTTP, on each database.</summary>
public abstract class SearchPageTests(OcopWebFactory site)
{
    private const string LucenePlugin = OcopMarket.Plugin.Search.Lucene.LuceneSearchPlugin.SystemName;

    protected OcopWebFactory Site { get; } = site;

    private static List<string> Titles(IDocument page) =>
        page.QuerySelectorAll(".product-card-title").Select(e => e.TextContent.Trim()).ToList();

    private static long Price(IElement card) =>
        long.Parse(card.QuerySelector(".price")!.TextContent.Replace(".", "", StringComparison.Ordinal).Replace("₫", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Autocomplete_returns_products_producers_and_groups_as_json()
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/search/suggest?q=" + Uri.EscapeDataString("mat ong"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "product" && i.GetProperty("url").GetString() == "/san-pham/mat-ong-binh-son");
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "category" && i.GetProperty("url").GetString() == "/danh-muc/mat-ong-va-san-pham-tu-mat-ong");

        using var producer = await client.GetAsync(new Uri("/api/search/suggest?q=" + Uri.EscapeDataString("hầm hô"), UriKind.Relative));
        using var pj = JsonDocument.Parse(await producer.Content.ReadAsStringAsync());
        Assert.Contains(pj.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("kind").GetString() == "producer");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Autocomplete_without_text_is_a_problem_in_vietnamese(string q)
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/search/suggest?q=" + Uri.EscapeDataString(q), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Từ khóa tìm kiếm không hợp lệ", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Facet_counts_ignore_their_own_selection_and_filter_the_others()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/tim-kiem?q=mat+ong&producer=htx-nong-nghiep-binh-son");
        // The honey itself first; Lucene may also match its pollen through the group "Mật ong và sản phẩm từ mật ong".
        Assert.Equal("Mật ong Bình Sơn", Titles(page)[0]);
        Assert.All(page.QuerySelectorAll(".product-card-producer"), p => Assert.Contains("HTX Nông nghiệp Bình Sơn", p.TextContent));
        // The producer facet still offers the other honey producer, with its own count.
        var producers = page.QuerySelectorAll("a[data-facet='producer']").ToDictionary(a => a.GetAttribute("data-value")!, a => a.QuerySelector(".facet-count")!.TextContent.Trim());
        Assert.Equal(Titles(page).Count.ToString(CultureInfo.InvariantCulture), producers["htx-nong-nghiep-binh-son"]);
        Assert.True(int.Parse(producers["htx-nong-nghiep-va-dich-vu-tan-lap"], CultureInfo.InvariantCulture) >= 1);
        // Other facets count only the selected producer's products.
        var provinces = page.QuerySelectorAll("a[data-facet='province']").Select(a => a.GetAttribute("data-value")).ToList();
        Assert.Equal(["P38"], provinces);
    }

    [Fact]
    public async Task Price_range_and_stock_facets_filter_the_listing()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/danh-muc?price=0-100000&price=100000-200000&instock=1");
        var cards = page.QuerySelectorAll(".product-card").ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.True(Price(c) < 200_000));
        Assert.All(cards, c => Assert.Null(c.QuerySelector(".stock-out")));
        Assert.DoesNotContain("Bánh tráng nước dừa Tây Sơn", Titles(page)); // out of stock, 45.000 ₫
    }

    [Theory]
    [InlineData("\"mật ong\" AND (((* ~")]
    [InlineData("title:mat* OR ]]] {{ ^2")]
    [InlineData("\\\\ && || ! ? : /")]
    public async Task Search_syntax_in_user_input_never_breaks_the_page(string q)
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/tim-kiem?q=" + Uri.EscapeDataString(q), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_5_kB_query_is_treated_as_text_and_the_page_answers()
    {
        using var client = Site.CreateClient();
        var q = string.Concat(Enumerable.Repeat("mat ong rung (", 400))[..5000];
        using var response = await client.GetAsync(new Uri("/tim-kiem?q=" + Uri.EscapeDataString(q), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_new_product_is_queued_for_the_index_and_becomes_findable()
    {
        var name = "Mứt gừng thử nghiệm " + Guid.NewGuid().ToString("N")[..6];
        int id;
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            var template = await db.Products.AsNoTracking().FirstAsync(p => p.Slug == "banh-gai-minh-son");
            var product = new Product
            {
                Name = name, Slug = SlugGenerator.Generate(name), ShortDescription = "Mứt gừng dẻo cay", Description = "<p>Gừng sẻ.</p>",
                ProducerId = template.ProducerId, CategoryId = template.CategoryId, Price = 70_000, Unit = "hộp", StockQuantity = 5,
                CreatedAt = Site.Time.GetUtcNow(), UpdatedAt = Site.Time.GetUtcNow(),
            };
            db.Products.Add(product);
            await db.SaveChangesAsync();
            id = product.Id;
            // The save hook queued the new product in the same save, with its real id.
            Assert.True(await db.SearchIndexQueue.AnyAsync(q => q.Target == IndexTarget.Product && q.TargetId == id) || await IndexedAsync(id));
        }

        using var client = Site.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<string> titles;
        do
        {
            var page = await client.GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString("mut gung thu nghiem") + "&n=" + Guid.NewGuid());
            titles = Titles(page);
            if (titles.Contains(name)) break;
            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Contains(name, titles);

        // The worker drains the backlog.
        await using var check = Site.Services.CreateAsyncScope();
        var db2 = check.ServiceProvider.GetRequiredService<OcopDbContext>();
        var drained = DateTime.UtcNow.AddSeconds(20);
        while (await db2.SearchIndexQueue.AnyAsync(q => q.TargetId == id) && DateTime.UtcNow < drained) await Task.Delay(200);
        Assert.False(await db2.SearchIndexQueue.AnyAsync(q => q.TargetId == id));

        // Deleting it (other tests count the demo products) is indexed too: it stops being found.
        await db2.Products.Where(p => p.Id == id).ExecuteDeleteAsync();
        db2.SearchIndexQueue.Add(new SearchIndexQueueItem { Target = IndexTarget.Product, TargetId = id, QueuedAt = Site.Time.GetUtcNow() });
        await db2.SaveChangesAsync();
        deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            titles = Titles(await client.GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString("mut gung thu nghiem") + "&n=" + Guid.NewGuid()));
            if (!titles.Contains(name)) break;
            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);
        Assert.DoesNotContain(name, titles);
    }

    private async Task<bool> IndexedAsync(int id)
    {
        // The worker may already have drained the row; then it is not in the queue any more.
        await using var scope = Site.Services.CreateAsyncScope();
        return !await scope.ServiceProvider.GetRequiredService<OcopDbContext>().SearchIndexQueue.AnyAsync(q => q.TargetId == id);
    }

    [Fact]
    public async Task Lucene_answers_while_enabled_and_the_database_takes_over_when_it_is_disabled()
    {
        using var client = Site.CreateClient();
        async Task<(string Provider, List<string> Titles)> SearchAsync()
        {
            var page = await client.GetDocumentAsync("/tim-kiem?q=mat+ong&n=" + Guid.NewGuid());
            return (page.QuerySelector("[data-provider]")!.GetAttribute("data-provider")!, Titles(page));
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var result = await SearchAsync();
        while (result.Provider != "lucene" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            result = await SearchAsync();
        }
        Assert.Equal("lucene", result.Provider);
        Assert.Contains("Mật ong Bình Sơn", result.Titles);

        var states = Site.Services.GetRequiredService<OcopMarket.Web.Framework.Plugins.PluginStates>();
        try
        {
            await states.SetEnabledAsync(LucenePlugin, false);
            var fallback = await SearchAsync();
            Assert.Equal("database", fallback.Provider);
            Assert.Contains("Mật ong Bình Sơn", fallback.Titles);
        }
        finally
        {
            await states.SetEnabledAsync(LucenePlugin, true);
        }
        Assert.Equal("lucene", (await SearchAsync()).Provider);
    }

    [Fact]
    public async Task Search_admin_page_is_for_the_office_only()
    {
        using var anonymous = Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var refused = await anonymous.GetAsync(new Uri("/admin/tim-kiem", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/tai-khoan/dang-nhap", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var (customer, _) = await Site.CreateSignedInClientAsync(Roles.Customer);
        using (customer)
        {
            using var denied = await customer.GetAsync(new Uri("/admin/tim-kiem", UriKind.Relative));
            Assert.Contains("/tai-khoan/tu-choi", denied.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        }

        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using (office)
        {
            var page = await office.GetDocumentAsync("/admin/tim-kiem");
            Assert.Equal("Chỉ mục tìm kiếm", page.QuerySelector("h1")!.TextContent.Trim());
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class SearchPageTestsSqlite(SqliteWebFactory site) : SearchPageTests(site);

[Collection(Collections.Postgres)]
public sealed class SearchPageTestsPostgres(PostgresWebFactory site) : SearchPageTests(site);
