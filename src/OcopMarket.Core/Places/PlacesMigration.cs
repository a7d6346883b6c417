using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Places;

[Migration(2026112501, "Places: administrative units and display points")]
public sealed class PlacesMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("AdminUnits")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Code").AsString(20).NotNullable().Unique()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("Slug").AsString(200).NotNullable()
            .WithColumn("Level").AsInt32().NotNullable()
            .WithColumn("ParentId").AsInt32().Nullable().ForeignKey("AdminUnits", "Id")
            .WithColumn("ValidFrom").AsDate().Nullable()
            .WithColumn("ValidTo").AsDate().Nullable()
            .WithColumn("SuccessorId").AsInt32().Nullable().ForeignKey("AdminUnits", "Id");
        Create.Index("IX_AdminUnits_ParentId").OnTable("AdminUnits").OnColumn("ParentId");

        Create.Table("DisplayPoints")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("Slug").AsString(200).NotNullable().Unique()
            .WithColumn("Type").AsInt32().NotNullable()
            .WithColumn("Address").AsString(400).NotNullable()
            .WithColumn("CommuneId").AsInt32().NotNullable().ForeignKey("AdminUnits", "Id")
            .WithColumn("Latitude").AsDouble().NotNullable()
            .WithColumn("Longitude").AsDouble().NotNullable()
            .WithColumn("Phone").AsString(40).Nullable()
            .WithColumn("OpeningHours").AsString(200).Nullable()
            .WithColumn("Description").AsString(4000).Nullable()
            .WithColumn("IsPublished").AsBoolean().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("DisplayPoints");
        Delete.Table("AdminUnits");
    }
}
