using Microsoft.Playwright;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.Smoke;

[Collection(E2ECollection.Name)]
public sealed class HomePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_page_loads_with_a_products_link_at_desktop_width()
    {
        await using var home = await browser.OpenAsync("/", Viewports.Desktop);

        await Expect(home.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex(".+"));
        await Expect(home.Page.Locator("header a[href='/danh-muc']").First).ToBeVisibleAsync();
        await home.ScreenshotAsync("home-1280");
        Assert.True(home.BrokenRequests.Count == 0, "Broken requests:\n" + string.Join("\n", home.BrokenRequests));
    }

    [Fact]
    public async Task Home_page_loads_with_a_products_link_behind_the_menu_at_phone_width()
    {
        await using var home = await browser.OpenAsync("/", Viewports.Mobile);

        await home.ScreenshotAsync("home-390");
        var link = home.Page.Locator("header a[href='/danh-muc']").First;
        if (!await link.IsVisibleAsync())
        {
            // Collapsed navbar on phones: the menu button opens it (needs Bootstrap's script to load).
            await home.Page.Locator("header .navbar-toggler").First.ClickAsync();
        }
        await Expect(link).ToBeVisibleAsync();
        Assert.True(home.BrokenRequests.Count == 0, "Broken requests:\n" + string.Join("\n", home.BrokenRequests));
    }
}
