using Npgsql;
using OcopMarket.Core.Data;

namespace OcopMarket.Web.Tests.Infrastructure;

/// <summary>
/// The site on a fresh PostgreSQL database <c>ocop_test_{guid}</c>, created on the server named by the
/// OCOP_TEST_POSTGRES connection string and dropped on dispose. ./test.sh starts such a server; without
/// it the tests fail (they are never skipped).
/// </summary>
public sealed class PostgresWebFactory : OcopWebFactory
{
    public const string EnvironmentVariable = "OCOP_TEST_POSTGRES";

    private readonly string _serverConnectionString;

    public PostgresWebFactory()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh from the repository root: "
                + "it starts a throw-away PostgreSQL 15 and sets it (e.g. Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres).");
        DatabaseName = "ocop_test_" + Guid.NewGuid().ToString("N");
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = DatabaseName }.ToString();
    }

    public string DatabaseName { get; }

    public override string ProviderName => "postgres";

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string ConnectionString { get; }

    protected override async Task CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException($"Cannot reach the PostgreSQL server named by {EnvironmentVariable} ({_serverConnectionString}). Run ./test.sh, which starts one.", e);
        }
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\" ENCODING 'UTF8' TEMPLATE template0", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
