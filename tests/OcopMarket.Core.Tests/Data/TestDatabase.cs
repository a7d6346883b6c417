using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Tests.Data;

/// <summary>A real SQLite file with the migrated schema, contexts that audit as <see cref="Actor"/>, and a minimal catalogue.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ocop-core-db-" + Guid.NewGuid().ToString("N"));
    private readonly DatabaseConnection _connection;
    private readonly List<OcopDbContext> _contexts = [];

    public TestDatabase()
    {
        Directory.CreateDirectory(_folder);
        _connection = new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "test.db")}");
        new SchemaMigrator(_connection, NullLoggerFactory.Instance).MigrateUp([typeof(CoreModule).Assembly]);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero));

    public TestActor Actor { get; } = new();

    public OcopDbContext NewDb()
    {
        var options = new DbContextOptionsBuilder<OcopDbContext>();
        _connection.Configure(options);
        var db = new OcopDbContext(options.Options, new ModelAssemblies([typeof(CoreModule).Assembly]), new AuditTrail(Actor, Time));
        _contexts.Add(db);
        return db;
    }

    /// <summary>A province, a commune, a category, a producer and one approved, published product.</summary>
    public async Task<Product> SeedProductAsync(string name = "Mật ong rừng thử")
    {
        await using var db = NewDb();
        var province = new AdminUnit { Code = "P99", Name = "Tỉnh Thử", Slug = "tinh-thu", Level = AdminUnitLevel.Province };
        var commune = new AdminUnit { Code = "C99999", Name = "Xã Thử", Slug = "xa-thu", Level = AdminUnitLevel.Commune, Parent = province };
        var category = new Category { Code = "9.9", Name = "Nhóm thử", NameEn = "Test group", Slug = "nhom-thu" };
        var producer = new Producer { Name = "HTX Thử", Slug = "htx-thu", Type = ProducerType.Cooperative, Commune = commune, Province = province, CreatedAt = Time.GetUtcNow() };
        var product = new Product
        {
            Name = name, Slug = SlugOf(name), ShortDescription = "", Producer = producer, Category = category,
            Price = 120_000, Unit = "chai", StockQuantity = 5, CreatedAt = Time.GetUtcNow(), UpdatedAt = Time.GetUtcNow(),
        };
        db.Add(product);
        await db.SaveChangesAsync();
        return product;
    }

    private static string SlugOf(string name) => Common.SlugGenerator.Generate(name) + "-" + Guid.NewGuid().ToString("N")[..6];

    public void Dispose()
    {
        foreach (var db in _contexts) db.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

internal sealed class TestActor : IAuditActor
{
    public int? UserId { get; set; } = 42;
    public string Name { get; set; } = "canbo@ocopmarket.test";
}
