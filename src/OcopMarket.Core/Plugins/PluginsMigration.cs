using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Plugins;

[Migration(2026112505, "Plugins: state")]
public sealed class PluginsMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up() =>
        Create.Table("PluginStates")
            .WithColumn("SystemName").AsString(100).PrimaryKey()
            .WithColumn("Installed").AsBoolean().NotNullable()
            .WithColumn("Enabled").AsBoolean().NotNullable()
            .WithColumn("SettingsJson").AsString(int.MaxValue).Nullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable();

    public override void Down() => Delete.Table("PluginStates");
}
