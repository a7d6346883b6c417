using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OcopMarket.Core.Data;
using OcopMarket.Web.Tests.Payments;

namespace OcopMarket.Web.Tests.Infrastructure;

/// <summary>
/// The real site in memory (TestServer), on a throw-away database and a throw-away content root
/// (App_Data, media). Environment "Testing"; demo data is seeded as in production; the clock is a
/// <see cref="FakeTimeProvider"/> fixed at <see cref="Now"/> so date-based rules (certificate expiry,
/// star ranks) give the same answer every day.
/// Subclasses choose the database: <see cref="SqliteWebFactory"/>, <see cref="PostgresWebFactory"/>.
/// Use them through the xunit collections in <see cref="Collections"/> so each starts once per run.
/// </summary>
public abstract class OcopWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>25 November 2026, 10:00 in Hà Nội.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(7));

    private bool _cleanedUp;

    protected OcopWebFactory()
    {
        TempRoot = Directory.CreateTempSubdirectory("ocop-web-tests-").FullName;
        Directory.CreateDirectory(Path.Combine(TempRoot, "App_Data", "media"));
        // The content root is the temp folder; bring the site's settings (copied beside the tests) along.
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "appsettings*.json"))
            File.Copy(file, Path.Combine(TempRoot, Path.GetFileName(file)), overwrite: true);
    }

    /// <summary>"sqlite" or "postgres": handy in assertion messages.</summary>
    public abstract string ProviderName { get; }

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The connection string the site uses.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>The site's content root (temp): App_Data and App_Data/media live here.</summary>
    public string TempRoot { get; }

    /// <summary>The site's clock, at <see cref="Now"/> (in UTC, as TimeProvider reports) with Hà Nội as local zone; tests may advance it.</summary>
    public FakeTimeProvider Time { get; } = CreateClock();

    /// <summary>A fake Stripe API on a loopback port: the site's Stripe keys and address point at it, so nothing reaches Stripe.</summary>
    public StripeFakeApi StripeApi { get; } = new();

    /// <summary>Prepares the database (before the host starts); called once from <see cref="InitializeAsync"/>.</summary>
    protected virtual Task CreateDatabaseAsync() => Task.CompletedTask;

    /// <summary>Removes the database after the host stopped.</summary>
    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        // Starts the host: migrations and demo seeding run here, once per factory.
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(TempRoot);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Media:RootPath", Path.Combine(TempRoot, "App_Data", "media"));
        builder.UseSetting("Stripe:ApiBase", StripeApi.BaseUrl);
        builder.UseSetting("Stripe:SecretKey", StripeFakeApi.SecretKey);
        builder.UseSetting("Stripe:WebhookSecret", StripeFakeApi.WebhookSecret);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_cleanedUp) return;
        _cleanedUp = true;
        await DropDatabaseAsync();
        StripeApi.Dispose();
        TryDeleteDirectory(TempRoot);
        GC.SuppressFinalize(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static FakeTimeProvider CreateClock()
    {
        var clock = new FakeTimeProvider(Now.ToUniversalTime());
        clock.SetLocalTimeZone(VietnamTimeZone());
        return clock;
    }

    private static TimeZoneInfo VietnamTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // No tzdata on the machine: Việt Nam has no daylight saving, a fixed +07:00 is exact.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }

    protected static void TryDeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the OS temp cleaner gets it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
