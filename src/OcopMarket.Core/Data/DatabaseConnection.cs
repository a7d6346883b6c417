using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OcopMarket.Core.Data;

/// <summary>The resolved provider and connection string (SQLite file under App_Data unless configured).</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseConnection Resolve(DatabaseOptions options, string? defaultConnectionString, string contentRoot)
    {
        var cs = options.ConnectionString ?? defaultConnectionString;
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(cs))
                throw new InvalidOperationException("Database:Provider is PostgreSql but no connection string is set (Database:ConnectionString or ConnectionStrings:Default).");
            return new(DatabaseProvider.PostgreSql, cs);
        }

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(cs) ? "Data Source=App_Data/ocopmarket.db" : cs);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        var dir = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return new(DatabaseProvider.Sqlite, builder.ToString());
    }

    public void Configure(DbContextOptionsBuilder builder)
    {
        builder.AddInterceptors(new Catalog.ProductSearchKey(), new Search.SearchIndexQueueHook());
        if (Provider == DatabaseProvider.PostgreSql)
            builder.UseNpgsql(ConnectionString);
        else
            builder.UseSqlite(ConnectionString);
    }
}
