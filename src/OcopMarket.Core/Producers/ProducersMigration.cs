using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Producers;

[Migration(2026112502, "Producers")]
public sealed class ProducersMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("Producers")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("Slug").AsString(200).NotNullable().Unique()
            .WithColumn("Type").AsInt32().NotNullable()
            .WithColumn("Story").AsString(int.MaxValue).NotNullable()
            .WithColumn("StoryEn").AsString(int.MaxValue).Nullable()
            .WithColumn("Address").AsString(400).NotNullable()
            .WithColumn("CommuneId").AsInt32().NotNullable().ForeignKey("AdminUnits", "Id")
            .WithColumn("DistrictId").AsInt32().Nullable().ForeignKey("AdminUnits", "Id")
            .WithColumn("ProvinceId").AsInt32().NotNullable().ForeignKey("AdminUnits", "Id")
            .WithColumn("Latitude").AsDouble().Nullable()
            .WithColumn("Longitude").AsDouble().Nullable()
            .WithColumn("Phone").AsString(40).Nullable()
            .WithColumn("Email").AsString(200).Nullable()
            .WithColumn("Website").AsString(400).Nullable()
            .WithColumn("Representative").AsString(200).Nullable()
            .WithColumn("LogoMediaId").AsInt32().Nullable()
            .WithColumn("IsPublished").AsBoolean().NotNullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable();
        Create.Index("IX_Producers_CommuneId").OnTable("Producers").OnColumn("CommuneId");
        Create.Index("IX_Producers_ProvinceId").OnTable("Producers").OnColumn("ProvinceId");
    }

    public override void Down() => Delete.Table("Producers");
}
