using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OcopMarket.Core.Data;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Smoke;

/// <summary>The site starts on each database: schema migrated, demo seeded, home page served.</summary>
public abstract class StartupTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    [Fact]
    public async Task Migrations_ran()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var applied = await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"VersionInfo\"").SingleAsync();
        Assert.True(applied > 0, $"[{Site.ProviderName}] no FluentMigrator migration recorded in VersionInfo");
    }

    [Fact]
    public async Task Demo_data_is_seeded()
    {
        var counts = await DemoCounts.ReadAsync(Site);
        Assert.Equal(21, counts.Products);
        Assert.Equal(10, counts.Producers);
        Assert.Equal(6, counts.TopCategories);
        Assert.Equal(34, counts.CurrentProvinces);
        Assert.True(counts.AdminUnits > 10_000, $"[{Site.ProviderName}] only {counts.AdminUnits} admin units imported");
        Assert.True(counts.Users >= 4, $"[{Site.ProviderName}] demo accounts missing ({counts.Users} users)");
    }

    [Fact]
    public async Task Home_page_is_html()
    {
        using var client = Site.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);

        var page = await client.GetDocumentAsync("/");
        Assert.False(string.IsNullOrWhiteSpace(page.Title), "the home page has no <title>");
        Assert.NotNull(page.QuerySelector("a[href='/danh-muc']"));
    }

    [Fact]
    public async Task Clock_is_the_fake_one()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        Assert.IsType<FakeTimeProvider>(time);
        Assert.Equal(OcopWebFactory.Now, time.GetUtcNow());
    }
}

[Collection(Collections.Sqlite)]
public sealed class StartupTestsSqlite(SqliteWebFactory site) : StartupTests(site)
{
    [Fact]
    public async Task Second_start_on_the_same_file_keeps_data_and_does_not_seed_again()
    {
        var before = await DemoCounts.ReadAsync(Site);

        await using (var again = SqliteWebFactory.OnExistingFile(site.DatabasePath))
        {
            await again.InitializeAsync();
            using var client = again.CreateClient();
            using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(before, await DemoCounts.ReadAsync(again));
        }

        Assert.True(File.Exists(site.DatabasePath), "the borrowed database file was deleted");
        Assert.Equal(before, await DemoCounts.ReadAsync(Site));
    }
}

[Collection(Collections.Postgres)]
public sealed class StartupTestsPostgres(PostgresWebFactory site) : StartupTests(site);

internal sealed record DemoCounts(int Products, int Producers, int TopCategories, int CurrentProvinces, int AdminUnits, int Users, string? FirstUserStamp)
{
    public static async Task<DemoCounts> ReadAsync(OcopWebFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        return new(
            await db.Products.CountAsync(),
            await db.Producers.CountAsync(),
            await db.Categories.CountAsync(c => c.ParentId == null),
            await db.AdminUnits.CountAsync(u => EF.Functions.Like(u.Code, "P%")),
            await db.AdminUnits.CountAsync(),
            await db.Users.CountAsync(),
            await db.Users.OrderBy(u => u.Id).Select(u => u.SecurityStamp).FirstOrDefaultAsync());
    }
}
