using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Places;

[Migration(2026112801, "Places: the products each display point stocks (pickup at a point)")]
public sealed class DisplayPointProductsMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("DisplayPointProducts")
            // A shelf row means nothing without its point or product: it goes with either.
            .WithColumn("DisplayPointId").AsInt32().NotNullable().PrimaryKey()
                .ForeignKey("FK_DisplayPointProducts_DisplayPoints", "DisplayPoints", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ProductId").AsInt32().NotNullable().PrimaryKey()
                .ForeignKey("FK_DisplayPointProducts_Products", "Products", "Id").OnDelete(System.Data.Rule.Cascade);
        // "Which points stock these products" looks up by product.
        Create.Index("IX_DisplayPointProducts_ProductId").OnTable("DisplayPointProducts").OnColumn("ProductId");
    }

    public override void Down() => Delete.Table("DisplayPointProducts");
}
