namespace OcopMarket.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Falls back to ConnectionStrings:Default, then to an SQLite file under App_Data.</summary>
    public string? ConnectionString { get; set; }
    /// <summary>Seed the demo data on first start (default on).</summary>
    public bool SeedDemoData { get; set; } = true;
}
