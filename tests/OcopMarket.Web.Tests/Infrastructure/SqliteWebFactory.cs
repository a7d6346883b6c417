using Microsoft.Data.Sqlite;
using OcopMarket.Core.Data;

namespace OcopMarket.Web.Tests.Infrastructure;

/// <summary>The site on a real SQLite file in a temp folder (deleted on dispose, unless borrowed).</summary>
public sealed class SqliteWebFactory : OcopWebFactory
{
    private readonly bool _ownsFile;

    /// <summary>A fresh database file under the factory's temp content root.</summary>
    public SqliteWebFactory()
    {
        DatabasePath = Path.Combine(TempRoot, "App_Data", "ocopmarket-test.db");
        _ownsFile = true;
    }

    private SqliteWebFactory(string existingDatabasePath)
    {
        DatabasePath = existingDatabasePath;
        _ownsFile = false;
    }

    /// <summary>A site on an existing file (e.g. to check a second start keeps data); the file is left alone on dispose.</summary>
    public static SqliteWebFactory OnExistingFile(string databasePath) => new(databasePath);

    public string DatabasePath { get; }

    public override string ProviderName => "sqlite";

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString();

    protected override Task DropDatabaseAsync()
    {
        // Pooled connections keep the file (and its -wal/-shm) open.
        SqliteConnection.ClearAllPools();
        if (_ownsFile)
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(DatabasePath + suffix);
        return Task.CompletedTask;
    }
}
