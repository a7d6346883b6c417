using System.Text.RegularExpressions;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.Browse;

/// <summary>The same shopper's path on a 390 px phone, and the search box's suggestions.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class MobileAndSearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task On_a_phone_home_to_group_to_four_stars_to_product_to_producer()
    {
        await using var tab = await browser.OpenAsync("/", Viewports.Mobile);
        var page = tab.Page;
        await tab.ScreenshotAsync("browse-0-home-390");

        await page.Locator(".group-tile[href='/danh-muc/thuc-pham']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/danh-muc/thuc-pham$"));
        // On a phone the filters start folded below the heading; the shopper opens them.
        var filters = page.Locator("details.filters");
        await Expect(filters).Not.ToHaveAttributeAsync("open", "");
        await page.Locator("details.filters > summary").ClickAsync();
        await tab.ScreenshotAsync("browse-1-category-filters-390");
        await page.Locator("a.facet-link[data-facet='stars'][data-value='4']").ClickAsync();
        await Expect(page).ToHaveURLAsync(StarsFour());
        var badges = await page.Locator(".product-card .ocop-badge-stars").AllInnerTextsAsync();
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.Equal("★★★★", b.Trim()));
        await tab.ScreenshotAsync("browse-2-four-stars-390");

        await page.Locator(".product-card .product-card-title a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/san-pham/[a-z0-9-]+$"));
        await Expect(page.Locator("[data-testid='ocop-badge']")).ToBeVisibleAsync();
        await tab.ScreenshotAsync("browse-3-product-390");

        await page.Locator("a.producer-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/chu-the/[a-z0-9-]+$"));
        await Expect(page.Locator(".certificates-table")).ToBeVisibleAsync();
        await tab.ScreenshotAsync("browse-4-producer-390");

        // Nothing on the phone layout is wider than the screen.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the producer page scrolls sideways by {overflow}px at 390px");
        Assert.True(tab.BrokenRequests.Count == 0, "Broken requests:\n" + string.Join("\n", tab.BrokenRequests));
        Assert.True(tab.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", tab.ConsoleErrors));
    }

    [Fact]
    public async Task The_search_box_suggests_products_as_you_type_without_diacritics()
    {
        await using var tab = await browser.OpenAsync("/", Viewports.Desktop);
        var page = tab.Page;
        var box = page.Locator("header form[role=search] input[name=q]");
        await box.PressSequentiallyAsync("mat ong", new() { Delay = 40 });
        var suggestion = page.Locator("header .suggest-item a[href='/san-pham/mat-ong-binh-son']");
        await Expect(suggestion).ToBeVisibleAsync();
        await tab.ScreenshotAsync("search-1-suggest-1280");
        await suggestion.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/san-pham/mat-ong-binh-son$"));

        // Without picking a suggestion, Enter is a plain search with shareable URL and highlighted results.
        var box2 = page.Locator("header form[role=search] input[name=q]");
        await box2.FillAsync("tra xanh");
        await box2.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/tim-kiem\\?q=tra\\+xanh$"));
        await Expect(page.Locator(".product-card-title").First).ToContainTextAsync("Trà xanh");
        await tab.ScreenshotAsync("search-2-results-1280");
        Assert.True(tab.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", tab.ConsoleErrors));
    }

    [GeneratedRegex("/danh-muc/thuc-pham\\?(.*&)?stars=4(&|$)")]
    private static partial Regex StarsFour();
}
