using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Identity;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.Admin;

/// <summary>An office employee signs in and rebuilds the search index, watching the progress bar.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class SearchAdminTests(BrowserFixture browser)
{
    [Fact]
    public async Task Office_signs_in_and_rebuilds_the_search_index()
    {
        var email = $"office-{Guid.NewGuid():N}@ocopmarket.test";
        const string password = "Office-Passw0rd-7";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Cán bộ phòng Kinh tế", CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.OfficeStaff)).Succeeded);
        }

        await using var tab = await browser.OpenAsync("/admin/tim-kiem", Viewports.Desktop);
        var page = tab.Page;
        await Expect(page).ToHaveURLAsync(new Regex("/tai-khoan/dang-nhap"));
        await page.Locator("input[name=Email]").FillAsync(email);
        await page.Locator("input[name=Password]").FillAsync(password);
        await page.Locator("form button[type=submit]").Last.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/tim-kiem$"));
        await Expect(page.Locator("[data-index='lucene']")).ToBeVisibleAsync();

        await page.Locator("[data-index='lucene'] button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/tim-kiem$"));
        // The page refreshes itself while the rebuild runs; it ends at 100 %.
        await Expect(page.Locator("[data-index='lucene'] .progress-bar")).ToHaveTextAsync(new Regex("100 %"), new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-index='lucene'] [data-progress-text]")).ToContainTextAsync("21 / 21");
        await tab.ScreenshotAsync("admin-search-index-1280");
    }
}
