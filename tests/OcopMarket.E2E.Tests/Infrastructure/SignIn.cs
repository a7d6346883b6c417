using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OcopMarket.Core.Identity;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.Infrastructure;

/// <summary>Creates a user in a role and signs in through the real login form, landing on <c>path</c>.</summary>
public static class SignIn
{
    public const string Password = "E2E-Passw0rd-7";

    public static async Task<SitePage> AsAsync(this BrowserFixture browser, string role, string path, ViewportSize viewport, int? producerId = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@ocopmarket.test";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, FullName = "Người dùng " + role,
                ProducerId = producerId, CreatedAt = DateTimeOffset.UtcNow,
            };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        var tab = await browser.OpenAsync("/tai-khoan/dang-nhap?returnUrl=" + Uri.EscapeDataString(path), viewport);
        await tab.Page.Locator("input[name=Email]").FillAsync(email);
        await tab.Page.Locator("input[name=Password]").FillAsync(Password);
        await tab.Page.Locator("form:has(input[name=Email]) button[type=submit]").ClickAsync();
        await Expect(tab.Page).ToHaveURLAsync(new Regex(Regex.Escape(path.Split('?')[0]) + @"(\?.*)?$"));
        return tab;
    }
}
