using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reports;

[Migration(2026120205, "Monthly report: yearly targets and the log of exports")]
public sealed class ReportsMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("ReportTargets")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Year").AsInt32().NotNullable()
            .WithColumn("Indicator").AsString(80).NotNullable()
            .WithColumn("Min").AsDecimal(18, 2).NotNullable()
            .WithColumn("Max").AsDecimal(18, 2).Nullable()
            .WithColumn("Note").AsString(500).Nullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable();
        Create.Index("UX_ReportTargets").OnTable("ReportTargets").OnColumn("Year").Ascending().OnColumn("Indicator").Ascending().WithOptions().Unique();

        Create.Table("ReportExports")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Year").AsInt32().NotNullable()
            .WithColumn("Month").AsInt32().NotNullable()
            .WithColumn("Format").AsString(10).NotNullable()
            .WithColumn("ExportedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UserId").AsInt32().Nullable();
        Create.Index("IX_ReportExports_Month").OnTable("ReportExports").OnColumn("Year").Ascending().OnColumn("Month").Ascending();
    }

    public override void Down()
    {
        Delete.Table("ReportExports");
        Delete.Table("ReportTargets");
    }
}
