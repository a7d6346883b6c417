using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OcopMarket.Core.Data;
using OcopMarket.Core.Media;

namespace OcopMarket.Core.Tests.Media;

/// <summary>A real media root in a temp folder and a real SQLite file database with the migrated schema.</summary>
internal sealed class MediaTestContext : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ocop-media-tests-" + Guid.NewGuid().ToString("N"));
    private readonly DatabaseConnection connection;
    private readonly List<OcopDbContext> contexts = [];

    public MediaTestContext(long maxUploadBytes = 10 * 1024 * 1024)
    {
        Directory.CreateDirectory(folder);
        connection = new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "test.db")}");
        new SchemaMigrator(connection, NullLoggerFactory.Instance).MigrateUp([typeof(CoreModule).Assembly]);
        Options = new MediaOptions { RootPath = Path.Combine(folder, "media"), MaxUploadBytes = maxUploadBytes };
        Paths = new MediaPaths(Options);
    }

    public MediaOptions Options { get; }
    public MediaPaths Paths { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero));
    public MediaFileCache Cache { get; } = new();

    public OcopDbContext NewDb()
    {
        var options = new DbContextOptionsBuilder<OcopDbContext>();
        connection.Configure(options);
        var db = new OcopDbContext(options.Options, new ModelAssemblies([typeof(CoreModule).Assembly]));
        contexts.Add(db);
        return db;
    }

    public SkiaImageStore NewStore() => new(NewDb(), Options, Paths, Time, NullLogger<SkiaImageStore>.Instance);

    public MediaVariants NewVariants() => new(NewDb(), Options, Paths, Cache, new ImageResizer(), new PlaceholderRenderer());

    public Task<ImageSaveResult> SaveAsync(byte[] bytes, string fileName = "photo.jpg") =>
        NewStore().SaveAsync(new MemoryStream(bytes), fileName);

    public string[] StoredFiles() =>
        Directory.Exists(Options.RootPath) ? Directory.GetFiles(Options.RootPath, "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        foreach (var db in contexts) db.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
