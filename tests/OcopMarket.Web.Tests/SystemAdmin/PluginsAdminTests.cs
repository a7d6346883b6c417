using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework.Plugins;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.SystemAdmin;

/// <summary>/admin/plugin: the installed plugins, switching one off and on from the page, and its configure link.</summary>
public abstract class PluginsAdminTests(OcopWebFactory site)
{
    private const string List = "/admin/plugin";
    private const string FeaturedProducers = "Widgets.FeaturedProducers";
    private const string WidgetSelector = "[data-plugin='Widgets.FeaturedProducers']";

    [Fact]
    public async Task The_page_lists_each_installed_plugin_with_its_state_and_configure_link()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var c = client;
        var page = await client.GetDocumentAsync(List);

        var lucene = page.QuerySelector("#plugins [data-plugin='Search.Lucene']");
        Assert.NotNull(lucene);
        Assert.Equal("Tìm kiếm Lucene", lucene.QuerySelector("h2")?.TextContent.Trim());
        Assert.Contains("phiên bản 1.0.0", lucene.TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/tim-kiem", lucene.QuerySelector("a[data-configure]")?.GetAttribute("href"));
        Assert.NotNull(lucene.QuerySelector("[data-state='enabled']"));

        var featured = page.QuerySelector($"#plugins [data-plugin='{FeaturedProducers}']");
        Assert.NotNull(featured);
        Assert.Equal("Chủ thể nổi bật", featured.QuerySelector("h2")?.TextContent.Trim());
        Assert.Null(featured.QuerySelector("a[data-configure]"));
        Assert.NotNull(featured.QuerySelector("form[data-toggle-plugin][data-confirm]"));
    }

    [Fact]
    public async Task Disabling_from_the_page_removes_the_widget_from_the_home_page_and_enabling_brings_it_back()
    {
        var states = site.Services.GetRequiredService<PluginStates>();
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var c = client;
        using var visitor = site.CreateClient();
        // Warm the anonymous output cache, so the test also proves the eviction.
        Assert.NotNull((await visitor.GetDocumentAsync("/")).QuerySelector(WidgetSelector));
        try
        {
            var page = await client.GetDocumentAsync(List);
            using (var off = await client.SubmitFormAsync(page, $"form[data-toggle-plugin='{FeaturedProducers}']"))
                Assert.Contains("Đã tắt plugin \"Chủ thể nổi bật\"", await off.ReadTextAsync(), StringComparison.Ordinal);
            Assert.False(states.IsEnabled(FeaturedProducers));
            Assert.Null((await visitor.GetDocumentAsync("/")).QuerySelector(WidgetSelector));

            page = await client.GetDocumentAsync(List);
            Assert.NotNull(page.QuerySelector($"[data-plugin='{FeaturedProducers}'] [data-state='disabled']"));
            using (var on = await client.SubmitFormAsync(page, $"form[data-toggle-plugin='{FeaturedProducers}']"))
                Assert.Contains("Đã bật plugin \"Chủ thể nổi bật\"", await on.ReadTextAsync(), StringComparison.Ordinal);
            Assert.True(states.IsEnabled(FeaturedProducers));
            Assert.NotNull((await visitor.GetDocumentAsync("/")).QuerySelector(WidgetSelector));
        }
        finally
        {
            if (!states.IsEnabled(FeaturedProducers)) await states.SetEnabledAsync(FeaturedProducers, true);
        }
    }

    [Fact]
    public async Task An_unknown_plugin_is_404_and_inspectors_are_refused()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;
        var token = await client.GetAntiforgeryTokenAsync(List);
        using var unknown = await client.PostFormAsync(List + "/trang-thai", new Dictionary<string, string>
        {
            [SiteTestHelpers.AntiforgeryField] = token,
            ["systemName"] = "Nope.Plugin",
            ["enable"] = "false",
        });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var (inspector, _) = await site.CreateSignedInRawClientAsync(Roles.Inspector);
        using var i = inspector;
        using var get = await inspector.GetAsync(new Uri(List, UriKind.Relative));
        Assert.True(get.IsDenied());
    }
}

[Collection(Collections.Sqlite)]
public sealed class PluginsAdminTestsSqlite(SqliteWebFactory site) : PluginsAdminTests(site);

[Collection(Collections.Postgres)]
public sealed class PluginsAdminTestsPostgres(PostgresWebFactory site) : PluginsAdminTests(site);
