using FluentMigrator;
using FluentMigrator.Builders.Create.Table;

namespace OcopMarket.Core.Data;

/// <summary>The database a migration is writing for (FluentMigrator builds migrations through DI, so they can ask).</summary>
public sealed record MigrationDialect(DatabaseProvider Provider);

/// <summary>Base for our migrations: knows its database, for the few types that differ.</summary>
public abstract class OcopMigration(MigrationDialect dialect) : Migration
{
    public bool IsPostgres => dialect.Provider == DatabaseProvider.PostgreSql;
}

public static class OcopMigrationColumns
{
    /// <summary>
    /// FluentMigrator's SQLite generator has no DateTimeOffset type: timestamps are UTC ticks (INTEGER)
    /// on SQLite — matching the EF converter in OcopDbContext — and timestamptz on PostgreSQL.
    /// </summary>
    public static ICreateTableColumnOptionOrWithColumnSyntax AsTimestamp(this ICreateTableColumnAsTypeSyntax column, OcopMigration migration) =>
        migration.IsPostgres ? column.AsCustom("timestamp with time zone") : column.AsInt64();
}

public static class OcopMigrationAlterColumns
{
    /// <inheritdoc cref="OcopMigrationColumns.AsTimestamp"/>
    public static FluentMigrator.Builders.Alter.Table.IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax AsTimestamp(
        this FluentMigrator.Builders.Alter.Table.IAlterTableColumnAsTypeSyntax column, OcopMigration migration) =>
        migration.IsPostgres ? column.AsCustom("timestamp with time zone") : column.AsInt64();
}
