using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Web.Framework.Plugins;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Plugins;

/// <summary>Plugins are recorded in the database at start and switch on and off at run time.</summary>
public abstract class PluginStateTests(OcopWebFactory site)
{
    private const string FeaturedProducers = "Widgets.FeaturedProducers";

    [Fact]
    public async Task Disabling_a_plugin_removes_its_widget_at_once_and_enabling_brings_it_back()
    {
        var states = site.Services.GetRequiredService<PluginStates>();
        Assert.True(states.IsEnabled(FeaturedProducers), "the shipped plugin is installed and enabled at first start");
        using var client = site.CreateClient();
        Assert.NotNull((await client.GetDocumentAsync("/")).QuerySelector("[data-plugin='Widgets.FeaturedProducers']"));
        try
        {
            await states.SetEnabledAsync(FeaturedProducers, false);
            Assert.False(states.IsEnabled(FeaturedProducers));
            var home = await client.GetDocumentAsync("/");
            Assert.Null(home.QuerySelector("[data-plugin='Widgets.FeaturedProducers']"));
            Assert.Equal(6, home.QuerySelectorAll(".group-tile").Length);
        }
        finally
        {
            await states.SetEnabledAsync(FeaturedProducers, true);
        }
        Assert.NotNull((await client.GetDocumentAsync("/")).QuerySelector("[data-plugin='Widgets.FeaturedProducers']"));
    }

    [Fact]
    public async Task Plugin_state_is_stored_in_the_database()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopMarket.Core.Data.OcopDbContext>();
        var state = await db.PluginStates.FindAsync(FeaturedProducers);
        Assert.NotNull(state);
        Assert.True(state.Installed);
    }
}

[Collection(Collections.Sqlite)]
public sealed class PluginStateTestsSqlite(SqliteWebFactory site) : PluginStateTests(site);

[Collection(Collections.Postgres)]
public sealed class PluginStateTestsPostgres(PostgresWebFactory site) : PluginStateTests(site);
