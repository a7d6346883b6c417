using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Web.Tests.Infrastructure;
using static OcopMarket.Web.Tests.Checkout.CheckoutTestKit;

namespace OcopMarket.Web.Tests.Checkout;

/// <summary>
/// The product page is shared from the output cache, so it carries no antiforgery token: a script fetches one before
/// adding to the cart, and without a script the form opens a small confirmation page that has one.
/// </summary>
public abstract class AddToCartTests(OcopWebFactory site)
{
    [Fact]
    public async Task The_product_page_is_shared_from_the_cache_and_carries_no_token()
    {
        await using var kit = new CheckoutTestKit(site);
        var tea = await kit.ProductAsync("binh-son", 99_000, stock: 5);
        var url = "/san-pham/" + tea.Slug;

        using (var first = site.CreateClient())
        using (var response = await first.GetAsync(url))
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), "a shared page must not set cookies: " + string.Join(" | ", response.Headers.TryGetValues("Set-Cookie", out var sc) ? sc : []) + (html.Contains(SiteTestHelpers.AntiforgeryField) ? html[Math.Max(0, html.IndexOf(SiteTestHelpers.AntiforgeryField) - 600)..html.IndexOf(SiteTestHelpers.AntiforgeryField)] : ""));
            Assert.DoesNotContain(SiteTestHelpers.AntiforgeryField, html);
            Assert.Contains("id=\"add-to-cart\"", html);
            Assert.Contains("99.000", html);
        }

        // A change made behind the site's back (no eviction) is not seen: the second visitor got the cached copy.
        await site.DbAsync(db => db.Products.Where(p => p.Id == tea.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Price, 77_000L)));
        using (var second = site.CreateClient())
        {
            var html = await second.GetStringAsync(url);
            Assert.Contains("99.000", html);
            Assert.DoesNotContain("77.000", html);
        }
    }

    [Fact]
    public async Task With_a_script_the_form_posts_with_a_token_fetched_just_before()
    {
        await using var kit = new CheckoutTestKit(site);
        var honey = await kit.ProductAsync("binh-son", 120_000, stock: 5);
        var (client, _) = site.CreateClientWithCookies();
        using var __ = client;

        using var tokenResponse = await client.GetAsync("/antiforgery/token");
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        Assert.True(tokenResponse.Headers.CacheControl?.NoStore);
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(SiteTestHelpers.AntiforgeryField, token.GetProperty("field").GetString());

        using var added = await client.PostAsync("/gio-hang/them", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.GetProperty("field").GetString()!] = token.GetProperty("token").GetString()!,
            ["productId"] = honey.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["quantity"] = "3",
        }));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("/gio-hang", added.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(3, Quantity(await CartAsync(client), honey));
    }

    [Fact]
    public async Task Without_a_script_the_confirmation_page_adds_the_product()
    {
        await using var kit = new CheckoutTestKit(site);
        var rice = await kit.ProductAsync("binh-son", 65_000, stock: 9);
        var (client, _) = site.CreateClientWithCookies();
        using var __ = client;

        var confirm = await client.GetDocumentAsync($"/gio-hang/them?productId={rice.Id}&quantity=4&returnUrl=/san-pham/{rice.Slug}");
        Assert.Equal("4", confirm.QuerySelector("#confirm-quantity")?.GetAttribute("value"));
        Assert.NotNull(confirm.QuerySelector($"form#add-to-cart-confirm input[name='{SiteTestHelpers.AntiforgeryField}']"));
        Assert.Contains(rice.Name, confirm.QuerySelector("h1 + .card")!.TextContent);
        using (var r = await client.SubmitFormAsync(confirm, "form#add-to-cart-confirm"))
            Assert.Equal("/gio-hang", r.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(4, Quantity(await CartAsync(client), rice));

        // A product that is not for sale has no confirmation page.
        await site.DbAsync(db => db.Products.Where(p => p.Id == rice.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsPublished, false)));
        using var hidden = await client.GetAsync($"/gio-hang/them?productId={rice.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }
}

[Collection(Collections.Sqlite)]
public sealed class AddToCartSqliteTests(SqliteWebFactory site) : AddToCartTests(site);

[Collection(Collections.Postgres)]
public sealed class AddToCartPostgresTests(PostgresWebFactory site) : AddToCartTests(site);
