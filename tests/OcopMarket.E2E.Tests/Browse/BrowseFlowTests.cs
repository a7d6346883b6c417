using System.Text.RegularExpressions;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.Browse;

/// <summary>A shopper's path: home → a product group → only 4★ → a product → its producer.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class BrowseFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_to_group_to_four_stars_to_product_to_producer()
    {
        await using var tab = await browser.OpenAsync("/", Viewports.Desktop);
        var page = tab.Page;

        await page.Locator("a[href='/danh-muc/thuc-pham']").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/danh-muc/thuc-pham$"));
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await tab.ScreenshotAsync("browse-1-category-1280");

        await page.Locator("a.facet-link[data-facet='stars'][data-value='4']").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(StarsFour());
        var cards = page.Locator(".product-card");
        await Expect(cards.First).ToBeVisibleAsync();
        var badges = await page.Locator(".product-card .ocop-badge-stars").AllInnerTextsAsync();
        Assert.Equal(await cards.CountAsync(), badges.Count);
        Assert.All(badges, b => Assert.Equal("★★★★", b.Trim()));
        await tab.ScreenshotAsync("browse-2-four-stars-1280");

        var title = page.Locator(".product-card .product-card-title a").First;
        var productName = (await title.InnerTextAsync()).Trim();
        await title.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/san-pham/[a-z0-9-]+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(productName);
        await tab.ScreenshotAsync("browse-3-product-1280");

        var producerLink = page.Locator("a.producer-link").First;
        var producerName = (await producerLink.InnerTextAsync()).Trim();
        await producerLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/chu-the/[a-z0-9-]+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(producerName);
        await tab.ScreenshotAsync("browse-4-producer-1280");

        Assert.True(tab.BrokenRequests.Count == 0, "Broken requests:\n" + string.Join("\n", tab.BrokenRequests));
        Assert.True(tab.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", tab.ConsoleErrors));
    }

    [GeneratedRegex("/danh-muc/thuc-pham\\?(.*&)?stars=4(&|$)")]
    private static partial Regex StarsFour();
}
