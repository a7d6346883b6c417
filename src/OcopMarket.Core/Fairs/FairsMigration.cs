using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Fairs;

[Migration(2026120202, "Trade fairs with booths and the products shown there")]
public sealed class FairsMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("TradeFairs")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("NameEn").AsString(200).Nullable()
            .WithColumn("Slug").AsString(200).NotNullable().Unique()
            .WithColumn("Summary").AsString(500).NotNullable()
            .WithColumn("SummaryEn").AsString(500).Nullable()
            .WithColumn("Description").AsString(int.MaxValue).NotNullable()
            .WithColumn("DescriptionEn").AsString(int.MaxValue).Nullable()
            .WithColumn("StartsOn").AsDate().NotNullable()
            .WithColumn("EndsOn").AsDate().NotNullable()
            .WithColumn("OpeningHours").AsString(200).Nullable()
            .WithColumn("VenueName").AsString(200).NotNullable()
            .WithColumn("VenueAddress").AsString(400).NotNullable()
            .WithColumn("CommuneId").AsInt32().Nullable().ForeignKey("FK_TradeFairs_AdminUnits", "AdminUnits", "Id")
            .WithColumn("Latitude").AsDouble().NotNullable()
            .WithColumn("Longitude").AsDouble().NotNullable()
            .WithColumn("Organiser").AsString(200).Nullable()
            .WithColumn("ContactPhone").AsString(40).Nullable()
            .WithColumn("Website").AsString(500).Nullable()
            .WithColumn("CoverMediaFileId").AsInt32().Nullable().ForeignKey("FK_TradeFairs_MediaFiles", "MediaFiles", "Id")
            .WithColumn("IsPublished").AsBoolean().NotNullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable();
        Create.Index("IX_TradeFairs_Dates").OnTable("TradeFairs").OnColumn("StartsOn").Ascending().OnColumn("EndsOn").Ascending();

        Create.Table("FairBooths")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("FairId").AsInt32().NotNullable()
                .ForeignKey("FK_FairBooths_TradeFairs", "TradeFairs", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ProducerId").AsInt32().NotNullable()
                .ForeignKey("FK_FairBooths_Producers", "Producers", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("BoothCode").AsString(20).NotNullable()
            .WithColumn("Note").AsString(500).Nullable();
        Create.Index("UX_FairBooths_Producer").OnTable("FairBooths").OnColumn("FairId").Ascending().OnColumn("ProducerId").Ascending().WithOptions().Unique();

        Create.Table("FairBoothProducts")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("BoothId").AsInt32().NotNullable()
                .ForeignKey("FK_FairBoothProducts_FairBooths", "FairBooths", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ProductId").AsInt32().NotNullable()
                .ForeignKey("FK_FairBoothProducts_Products", "Products", "Id").OnDelete(System.Data.Rule.Cascade);
        Create.Index("UX_FairBoothProducts").OnTable("FairBoothProducts").OnColumn("BoothId").Ascending().OnColumn("ProductId").Ascending().WithOptions().Unique();
    }

    public override void Down()
    {
        Delete.Table("FairBoothProducts");
        Delete.Table("FairBooths");
        Delete.Table("TradeFairs");
    }
}
