using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reviews;

[Migration(2026120204, "Product reviews from buyers, moderated")]
public sealed class ReviewsMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("ProductReviews")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProductId").AsInt32().NotNullable()
                .ForeignKey("FK_ProductReviews_Products", "Products", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("CustomerUserId").AsInt32().NotNullable()
            .WithColumn("OrderId").AsInt32().NotNullable().ForeignKey("FK_ProductReviews_Orders", "Orders", "Id")
            .WithColumn("AuthorName").AsString(100).NotNullable()
            .WithColumn("Rating").AsInt32().NotNullable()
            .WithColumn("Title").AsString(200).Nullable()
            .WithColumn("Body").AsString(4000).NotNullable()
            .WithColumn("Status").AsInt32().NotNullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("ModeratedAt").AsTimestamp(this).Nullable()
            .WithColumn("ModeratedByUserId").AsInt32().Nullable()
            .WithColumn("ModerationNote").AsString(1000).Nullable()
            .WithColumn("ProducerReply").AsString(2000).Nullable()
            .WithColumn("ProducerReplyAt").AsTimestamp(this).Nullable();
        Create.Index("UX_ProductReviews_Customer").OnTable("ProductReviews").OnColumn("ProductId").Ascending().OnColumn("CustomerUserId").Ascending().WithOptions().Unique();
        Create.Index("IX_ProductReviews_Status").OnTable("ProductReviews").OnColumn("Status").Ascending().OnColumn("CreatedAt").Ascending();
    }

    public override void Down() => Delete.Table("ProductReviews");
}
