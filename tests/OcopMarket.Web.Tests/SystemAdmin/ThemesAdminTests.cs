using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Settings;
using OcopMarket.Web.Framework.Themes;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.SystemAdmin;

/// <summary>/admin/giao-dien: switching the storefront's theme live, and a preview only the office sees.</summary>
public abstract class ThemesAdminTests(OcopWebFactory site)
{
    private const string List = "/admin/giao-dien";
    private const string LotusStylesheet = "_content/OcopMarket.Theme.Lotus/css/lotus.css";

    private static bool IsLotus(IDocument page) =>
        page.Body!.ClassList.Contains("theme-lotus") && page.QuerySelector($"link[href*='{LotusStylesheet}']") is not null;

    private static bool IsDefault(IDocument page) =>
        page.Body!.ClassList.Contains("theme-default") && page.QuerySelector($"link[href*='{LotusStylesheet}']") is null;

    private async Task RestoreDefaultAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Web.Features.SystemAdmin.StorefrontSettings>()
            .SaveAsync(new Dictionary<string, string?> { [SettingKeys.ThemeName] = null }, default);
    }

    [Fact]
    public async Task Activating_Lotus_switches_the_storefront_for_every_visitor_at_once()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var c = client;
        using var visitor = site.CreateClient();
        Assert.True(IsDefault(await visitor.GetDocumentAsync("/")), "the site starts on Default");
        try
        {
            var page = await client.GetDocumentAsync(List);
            Assert.NotNull(page.QuerySelector("[data-theme='Default'] [data-state='active']"));
            Assert.NotNull(page.QuerySelector("form[data-activate='Lotus'][data-confirm]"));
            using (var activated = await client.SubmitFormAsync(page, "form[data-activate='Lotus']"))
                Assert.Contains("\"Sen Hồng\" đã là giao diện của trang cửa hàng.", await activated.ReadTextAsync(), StringComparison.Ordinal);

            Assert.Equal("Lotus", await site.DbAsync(db => db.SiteSettings.Where(s => s.Key == SettingKeys.ThemeName).Select(s => s.Value).SingleAsync()));
            // The visitor's cached Default home page was evicted.
            Assert.True(IsLotus(await visitor.GetDocumentAsync("/")), "the home page is not in Lotus after activating it");
            Assert.True(IsLotus(await visitor.GetDocumentAsync("/danh-muc")));
            page = await client.GetDocumentAsync(List);
            Assert.NotNull(page.QuerySelector("[data-theme='Lotus'] [data-state='active']"));

            using (var back = await client.SubmitFormAsync(page, "form[data-activate='Default']"))
                Assert.Equal(HttpStatusCode.OK, back.StatusCode);
            Assert.True(IsDefault(await visitor.GetDocumentAsync("/")));
        }
        finally
        {
            await RestoreDefaultAsync();
        }
    }

    [Fact]
    public async Task A_preview_shows_the_theme_to_the_office_member_only()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;
        var page = await client.GetDocumentAsync(List);
        using (var preview = await client.SubmitFormAsync(page, "form[data-preview='Lotus']"))
        {
            Assert.Equal("/", preview.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.True(IsLotus(await preview.ReadDocumentAsync()), "the previewing admin does not see Lotus");
        }
        Assert.True(IsLotus(await client.GetDocumentAsync("/danh-muc")));
        page = await client.GetDocumentAsync(List);
        Assert.NotNull(page.QuerySelector("#preview-banner"));
        Assert.NotNull(page.QuerySelector("[data-theme='Lotus'] [data-state='previewing']"));
        // The site itself did not change.
        Assert.NotNull(page.QuerySelector("[data-theme='Default'] [data-state='active']"));
        Assert.Equal(0, await site.DbAsync(db => db.SiteSettings.CountAsync(s => s.Key == SettingKeys.ThemeName)));

        // Anonymous visitors and customers carrying the same cookie still get the site's theme.
        foreach (var role in new string?[] { null, Roles.Customer, Roles.Producer })
        {
            HttpClient other;
            if (role is null) other = site.CreateClient();
            else other = (await site.CreateSignedInClientAsync(role, role == Roles.Producer ? await site.ProducerIdAsync("htx-nong-nghiep-binh-son") : null)).Client;
            using var o = other;
            using var request = new HttpRequestMessage(HttpMethod.Get, "/?q=preview-" + role);
            request.Headers.Add("Cookie", $"{ThemePreview.CookieName}=Lotus");
            using var response = await other.SendAsync(request);
            var doc = await response.ReadDocumentAsync();
            Assert.True(IsDefault(doc), $"[{site.ProviderName}] {role ?? "anonymous"} sees the previewed theme");
        }

        using (var ended = await client.SubmitFormAsync(page, "form#end-preview"))
            Assert.Null((await ended.ReadDocumentAsync()).QuerySelector("#preview-banner"));
        Assert.True(IsDefault(await client.GetDocumentAsync("/")));
    }

    [Fact]
    public async Task Each_installed_theme_has_a_card_with_a_preview_or_a_placeholder()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var c = client;
        var page = await client.GetDocumentAsync(List);
        var registry = site.Services.GetRequiredService<ThemeRegistry>();
        Assert.Equal(registry.All.Select(t => t.Name).Order(), page.QuerySelectorAll("#themes [data-theme]").Select(e => e.GetAttribute("data-theme")!).Order());
        foreach (var card in page.QuerySelectorAll("#themes [data-theme]"))
        {
            var image = card.QuerySelector("img.theme-shot");
            Assert.True(image is not null || card.QuerySelector(".theme-placeholder") is not null);
            if (image is not null)
            {
                using var response = await client.GetAsync(new Uri(image.GetAttribute("src")!, UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            }
        }
        Assert.Equal("Sen Hồng", page.QuerySelector("[data-theme='Lotus'] h2")?.TextContent.Trim());
    }
}

[Collection(Collections.Sqlite)]
public sealed class ThemesAdminTestsSqlite(SqliteWebFactory site) : ThemesAdminTests(site);

[Collection(Collections.Postgres)]
public sealed class ThemesAdminTestsPostgres(PostgresWebFactory site) : ThemesAdminTests(site);
