using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.CatalogAdmin;

/// <summary>Only the office (Administrator, OfficeStaff) reaches the catalogue screens; the server says no to everyone else.</summary>
public abstract class CatalogAdminAccessTests(OcopWebFactory site) : CatalogAdminTestBase(site)
{
    public static readonly TheoryData<string> Pages =
    [
        "/admin/chu-the", "/admin/chu-the/tao", "/admin/san-pham", "/admin/san-pham/tao", "/admin/kiem-duyet",
        "/admin/danh-muc", "/admin/danh-muc/tao", "/admin/don-vi-hanh-chinh",
    ];

    [Theory]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.TradePromotion)]
    public async Task Inspectors_and_trade_promotion_cannot_open_a_product_or_change_its_price(string role)
    {
        var product = await NewProductAsync(ModerationStatus.Approved, published: true);
        var (client, _) = await Site.CreateSignedInClientAsync(role);
        using var _ = client;

        Assert.Equal(HttpStatusCode.Forbidden, await client.StatusOfAsync($"/admin/san-pham/{product.Id}"));
        // A hand-made POST with a valid antiforgery token (from the account page): still refused.
        var token = await client.GetAntiforgeryTokenAsync("/tai-khoan");
        using var post = await client.PostAsync($"/admin/san-pham/{product.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [SiteTestHelpers.AntiforgeryField] = token,
            ["Name"] = product.Name,
            ["ShortDescription"] = product.ShortDescription,
            ["ProducerId"] = product.ProducerId.ToString(),
            ["CategoryId"] = product.CategoryId.ToString(),
            ["Price"] = "1000",
            ["Unit"] = product.Unit,
            ["Stock"] = "10",
            ["IsPublished"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(150_000, await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Price).FirstAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, await client.StatusOfAsync("/admin/kiem-duyet"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Customers_and_producers_cannot_reach_the_catalogue_screens(string path)
    {
        var producerId = await Site.DbAsync(db => db.Producers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var (customer, _) = await Site.CreateSignedInClientAsync(Roles.Customer);
        var (producer, _) = await Site.CreateSignedInClientAsync(Roles.Producer, producerId);
        using (customer)
        using (producer)
        {
            Assert.Equal(HttpStatusCode.Forbidden, await customer.StatusOfAsync(path));
            Assert.Equal(HttpStatusCode.Forbidden, await producer.StatusOfAsync(path));
        }
        var (anonymous, _) = Site.CreateClientWithCookies();
        using var response = await anonymous.GetAsync(path);
        Assert.Equal(SiteTestHelpers.LoginPath, response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_producer_cannot_approve_its_own_listing()
    {
        var product = await NewProductAsync(ModerationStatus.Submitted, published: false);
        var (producer, _) = await Site.CreateSignedInClientAsync(Roles.Producer, product.ProducerId);
        using var _ = producer;
        var token = await producer.GetAntiforgeryTokenAsync("/tai-khoan");
        using var post = await producer.PostAsync($"/admin/kiem-duyet/san-pham/{product.Id}/duyet",
            new FormUrlEncodedContent(new Dictionary<string, string> { [SiteTestHelpers.AntiforgeryField] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(ModerationStatus.Submitted, await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.ModerationStatus).FirstAsync()));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_office_opens_every_screen(string path)
    {
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var page = await office.GetDocumentAsync(path);
        Assert.NotNull(page.QuerySelector("h1"));
        var english = await office.GetDocumentAsync(path + (path.Contains('?') ? "&" : "?") + "culture=en-US");
        Assert.NotEqual(page.QuerySelector("h1")!.TextContent, english.QuerySelector("h1")!.TextContent);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CatalogAdminAccessTestsSqlite(SqliteWebFactory site) : CatalogAdminAccessTests(site);

[Collection(Collections.Postgres)]
public sealed class CatalogAdminAccessTestsPostgres(PostgresWebFactory site) : CatalogAdminAccessTests(site);
