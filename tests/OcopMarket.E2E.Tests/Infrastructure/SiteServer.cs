using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OcopMarket.E2E.Tests.Infrastructure;

/// <summary>
/// The real site on a real Kestrel port (127.0.0.1, dynamic), environment "Testing", on a throw-away
/// SQLite file and content root (App_Data, media) in a temp folder; demo data seeded as in production;
/// the clock stopped at <see cref="FixedTimeProvider.Now"/>.
/// </summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    private bool _cleanedUp;

    public SiteServer()
    {
        TempRoot = Directory.CreateTempSubdirectory("ocop-e2e-").FullName;
        Directory.CreateDirectory(Path.Combine(TempRoot, "App_Data", "media"));
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "appsettings*.json"))
            File.Copy(file, Path.Combine(TempRoot, Path.GetFileName(file)), overwrite: true);
        DatabasePath = Path.Combine(TempRoot, "App_Data", "ocopmarket-e2e.db");
        UseKestrel(0);
    }

    public string TempRoot { get; }

    public FixedTimeProvider Clock { get; } = new();

    public string DatabasePath { get; }

    /// <summary>e.g. http://127.0.0.1:39211 (no trailing slash); set by <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts Kestrel (migrations and seeding run here) and learns the port it got.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no address.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel listens on no http address: " + string.Join(", ", addresses));
        BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>Absolute URL of a site path such as "/danh-muc".</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(TempRoot);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString());
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Media:RootPath", Path.Combine(TempRoot, "App_Data", "media"));
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_cleanedUp) return;
        _cleanedUp = true;
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(TempRoot, recursive: true);
        }
        catch (IOException)
        {
        }
        GC.SuppressFinalize(this);
    }
}
