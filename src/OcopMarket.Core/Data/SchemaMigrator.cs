using System.Reflection;
using FluentMigrator.Runner;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OcopMarket.Core.Data;

/// <summary>Runs FluentMigrator migrations found in the given assemblies: the only source of schema.</summary>
public sealed class SchemaMigrator(DatabaseConnection connection, ILoggerFactory loggerFactory)
{
    public void MigrateUp(IEnumerable<Assembly> assemblies)
    {
        var list = assemblies.ToArray();
        if (connection.Provider == DatabaseProvider.Sqlite) EnableWal();
        using var provider = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddSingleton(new MigrationDialect(connection.Provider))
            .AddLogging()
            .AddFluentMigratorCore()
            .ConfigureRunner(rb =>
            {
                if (connection.Provider == DatabaseProvider.PostgreSql) rb.AddPostgres();
                else rb.AddSQLite();
                rb.WithGlobalConnectionString(connection.ConnectionString).ScanIn(list).For.Migrations();
            })
            .BuildServiceProvider(validateScopes: false);
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    /// <summary>WAL lets readers go on while a writer commits: the storefront keeps serving during admin writes.</summary>
    private void EnableWal()
    {
        using var c = new SqliteConnection(connection.ConnectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL;";
        cmd.ExecuteNonQuery();
    }
}
