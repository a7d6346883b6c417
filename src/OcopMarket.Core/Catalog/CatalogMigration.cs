using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Catalog;

[Migration(2026112503, "Catalog: categories, media, products, images, certificates")]
public sealed class CatalogMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("Categories")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Code").AsString(20).NotNullable().Unique()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("NameEn").AsString(200).NotNullable()
            .WithColumn("Slug").AsString(200).NotNullable().Unique()
            .WithColumn("ParentId").AsInt32().Nullable().ForeignKey("Categories", "Id")
            .WithColumn("SortOrder").AsInt32().NotNullable()
            .WithColumn("Icon").AsString(40).Nullable();

        Create.Table("MediaFiles")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("FileName").AsString(260).NotNullable()
            .WithColumn("ContentType").AsString(100).NotNullable()
            .WithColumn("Width").AsInt32().NotNullable()
            .WithColumn("Height").AsInt32().NotNullable()
            .WithColumn("Length").AsInt64().NotNullable()
            .WithColumn("StoragePath").AsString(400).NotNullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable();

        Create.Table("Products")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("NameEn").AsString(200).Nullable()
            .WithColumn("Slug").AsString(200).NotNullable().Unique()
            .WithColumn("ShortDescription").AsString(1000).NotNullable()
            .WithColumn("Description").AsString(int.MaxValue).NotNullable()
            .WithColumn("DescriptionEn").AsString(int.MaxValue).Nullable()
            .WithColumn("ProducerId").AsInt32().NotNullable().ForeignKey("Producers", "Id")
            .WithColumn("CategoryId").AsInt32().NotNullable().ForeignKey("Categories", "Id")
            .WithColumn("Price").AsInt64().NotNullable()
            .WithColumn("Unit").AsString(50).NotNullable()
            .WithColumn("StockQuantity").AsInt32().NotNullable()
            .WithColumn("Gtin").AsString(14).Nullable()
            .WithColumn("WeightGrams").AsInt32().Nullable()
            .WithColumn("IsPublished").AsBoolean().NotNullable()
            .WithColumn("IsFeatured").AsBoolean().NotNullable()
            .WithColumn("SearchKey").AsString(2000).NotNullable().WithDefaultValue("")
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable();
        Create.Index("IX_Products_CategoryId").OnTable("Products").OnColumn("CategoryId");
        Create.Index("IX_Products_ProducerId").OnTable("Products").OnColumn("ProducerId");

        Create.Table("ProductImages")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProductId").AsInt32().NotNullable().ForeignKey("Products", "Id")
            .WithColumn("MediaFileId").AsInt32().NotNullable().ForeignKey("MediaFiles", "Id")
            .WithColumn("SortOrder").AsInt32().NotNullable()
            .WithColumn("AltText").AsString(200).Nullable();
        Create.Index("IX_ProductImages_ProductId").OnTable("ProductImages").OnColumn("ProductId");

        Create.Table("Certificates")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProductId").AsInt32().NotNullable().ForeignKey("Products", "Id")
            .WithColumn("DecisionNumber").AsString(100).NotNullable()
            .WithColumn("IssuingBody").AsString(200).NotNullable()
            .WithColumn("CouncilLevel").AsInt32().NotNullable()
            .WithColumn("CriteriaSet").AsInt32().NotNullable()
            .WithColumn("Stars").AsInt32().NotNullable()
            .WithColumn("Score").AsDecimal(5, 2).Nullable()
            .WithColumn("IssuedOn").AsDate().NotNullable()
            .WithColumn("ExpiresOn").AsDate().NotNullable()
            .WithColumn("RevokedOn").AsDate().Nullable()
            .WithColumn("RevocationReason").AsString(1000).Nullable()
            .WithColumn("RevocationDecisionNumber").AsString(100).Nullable();
        Create.Index("IX_Certificates_ProductId").OnTable("Certificates").OnColumn("ProductId");
    }

    public override void Down()
    {
        Delete.Table("Certificates");
        Delete.Table("ProductImages");
        Delete.Table("Products");
        Delete.Table("MediaFiles");
        Delete.Table("Categories");
    }
}
