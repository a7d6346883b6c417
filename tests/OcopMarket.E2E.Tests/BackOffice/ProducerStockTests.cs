using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.BackOffice;

/// <summary>A producer, on a phone, updates the stock of a product; the shop shows it.</summary>
[Collection(E2ECollection.Name)]
public sealed class ProducerStockTests(BrowserFixture browser)
{
    private const string Slug = "phan-hoa-binh-son";

    [Fact]
    public async Task Producer_edits_stock_on_a_phone_and_the_product_page_follows()
    {
        int producerId;
        string name;
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            var product = await db.Products.AsNoTracking().SingleAsync(p => p.Slug == Slug);
            (producerId, name) = (product.ProducerId, product.Name);
        }

        // A shopper looks first (the page may now sit in the output cache).
        await using (var before = await browser.OpenAsync("/san-pham/" + Slug, Viewports.Mobile))
            await Expect(before.Page.Locator(".stock")).ToBeVisibleAsync();

        await using var producer = await browser.AsAsync(Roles.Producer, "/portal/san-pham", Viewports.Mobile, producerId);
        var page = producer.Page;
        var row = page.Locator("tr[data-product-id]", new() { HasText = name });
        await Expect(row).ToBeVisibleAsync();
        await row.Locator("input[name=Stock]").FillAsync("3");
        await row.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
        await Expect(page.Locator("tr[data-product-id]", new() { HasText = name }).Locator("input[name=Stock]")).ToHaveValueAsync("3");
        await producer.ScreenshotAsync("portal-products-stock-390");

        // A negative value is stopped by the form itself (the server refuses it too: see the portal's integration tests).
        var input = page.Locator("tr[data-product-id]", new() { HasText = name }).Locator("input[name=Stock]");
        await input.FillAsync("-5");
        Assert.False(await input.EvaluateAsync<bool>("el => el.checkValidity()"));

        await using var shopper = await browser.OpenAsync("/san-pham/" + Slug, Viewports.Mobile);
        await Expect(shopper.Page.Locator(".stock")).ToHaveTextAsync(new Regex("3"));
        await shopper.ScreenshotAsync("product-low-stock-390");
    }
}
