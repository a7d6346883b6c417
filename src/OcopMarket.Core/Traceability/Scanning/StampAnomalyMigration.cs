using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Traceability.Scanning;

/// <summary>
/// At most one open (unreviewed) anomaly per kind and code, whatever the concurrency of scans: a partial unique index
/// (SQLite and PostgreSQL both have them; FluentMigrator has no syntax for the filter, hence plain SQL).
/// </summary>
[Migration(2026120110, "Traceability: one open stamp anomaly per kind and code")]
public sealed class StampAnomalyMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up() => Execute.Sql(
        "CREATE UNIQUE INDEX \"UX_StampAnomalies_Open\" ON \"StampAnomalies\" " +
        "(\"Kind\", \"Gtin\", COALESCE(\"LotCode\", ''), COALESCE(\"Serial\", '')) WHERE \"ReviewedAt\" IS NULL");

    public override void Down() => Execute.Sql("DROP INDEX \"UX_StampAnomalies_Open\"");
}
