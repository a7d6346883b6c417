using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Promotions;

[Migration(2026120201, "Promotions: campaigns (products, opt-ins), coupons and redemptions, featured items; order discount columns")]
public sealed class PromotionsMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("Campaigns")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("NameEn").AsString(200).Nullable()
            .WithColumn("Slug").AsString(200).NotNullable().Unique()
            .WithColumn("Summary").AsString(500).NotNullable()
            .WithColumn("SummaryEn").AsString(500).Nullable()
            .WithColumn("Description").AsString(int.MaxValue).NotNullable()
            .WithColumn("DescriptionEn").AsString(int.MaxValue).Nullable()
            .WithColumn("BannerMediaFileId").AsInt32().Nullable().ForeignKey("MediaFiles", "Id")
            .WithColumn("StartsAt").AsTimestamp(this).NotNullable()
            .WithColumn("EndsAt").AsTimestamp(this).NotNullable()
            .WithColumn("Scope").AsInt32().NotNullable()
            .WithColumn("RuleMinStars").AsInt32().Nullable()
            .WithColumn("RuleAdminUnitId").AsInt32().Nullable().ForeignKey("FK_Campaigns_AdminUnits", "AdminUnits", "Id")
            .WithColumn("RuleCategoryId").AsInt32().Nullable().ForeignKey("FK_Campaigns_Categories", "Categories", "Id")
            .WithColumn("DiscountKind").AsInt32().NotNullable()
            .WithColumn("DiscountValue").AsInt64().NotNullable()
            .WithColumn("MaxDiscountPerUnit").AsInt64().Nullable()
            .WithColumn("RequiresProducerOptIn").AsBoolean().NotNullable()
            .WithColumn("IsPublished").AsBoolean().NotNullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable();
        Create.Index("IX_Campaigns_Period").OnTable("Campaigns").OnColumn("StartsAt").Ascending().OnColumn("EndsAt").Ascending();

        Create.Table("CampaignProducts")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("CampaignId").AsInt32().NotNullable()
                .ForeignKey("FK_CampaignProducts_Campaigns", "Campaigns", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ProductId").AsInt32().NotNullable()
                .ForeignKey("FK_CampaignProducts_Products", "Products", "Id").OnDelete(System.Data.Rule.Cascade);
        Create.Index("UX_CampaignProducts").OnTable("CampaignProducts").OnColumn("CampaignId").Ascending().OnColumn("ProductId").Ascending().WithOptions().Unique();
        Create.Index("IX_CampaignProducts_ProductId").OnTable("CampaignProducts").OnColumn("ProductId");

        Create.Table("CampaignOptIns")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("CampaignId").AsInt32().NotNullable()
                .ForeignKey("FK_CampaignOptIns_Campaigns", "Campaigns", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ProducerId").AsInt32().NotNullable()
                .ForeignKey("FK_CampaignOptIns_Producers", "Producers", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("OptedInAt").AsTimestamp(this).NotNullable()
            .WithColumn("UserId").AsInt32().Nullable();
        Create.Index("UX_CampaignOptIns").OnTable("CampaignOptIns").OnColumn("CampaignId").Ascending().OnColumn("ProducerId").Ascending().WithOptions().Unique();

        Create.Table("Coupons")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Code").AsString(40).NotNullable().Unique()
            .WithColumn("Description").AsString(500).NotNullable()
            .WithColumn("DiscountKind").AsInt32().NotNullable()
            .WithColumn("DiscountValue").AsInt64().NotNullable()
            .WithColumn("MaxDiscount").AsInt64().Nullable()
            .WithColumn("MinOrderSubtotal").AsInt64().NotNullable()
            .WithColumn("StartsAt").AsTimestamp(this).Nullable()
            .WithColumn("EndsAt").AsTimestamp(this).Nullable()
            .WithColumn("MaxUses").AsInt32().Nullable()
            .WithColumn("UsedCount").AsInt32().NotNullable()
            .WithColumn("MaxUsesPerCustomer").AsInt32().Nullable()
            .WithColumn("CombinesWithCampaigns").AsBoolean().NotNullable()
            .WithColumn("ProducerId").AsInt32().Nullable().ForeignKey("FK_Coupons_Producers", "Producers", "Id")
            .WithColumn("CampaignId").AsInt32().Nullable()
                .ForeignKey("FK_Coupons_Campaigns", "Campaigns", "Id").OnDelete(System.Data.Rule.SetNull)
            .WithColumn("IsActive").AsBoolean().NotNullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable();

        Create.Table("CouponRedemptions")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("CouponId").AsInt32().NotNullable().ForeignKey("FK_CouponRedemptions_Coupons", "Coupons", "Id")
            .WithColumn("OrderId").AsInt32().NotNullable()
                .ForeignKey("FK_CouponRedemptions_Orders", "Orders", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("CustomerKey").AsString(80).NotNullable()
            .WithColumn("Amount").AsInt64().NotNullable()
            .WithColumn("RedeemedAt").AsTimestamp(this).NotNullable()
            .WithColumn("ReleasedAt").AsTimestamp(this).Nullable();
        Create.Index("UX_CouponRedemptions_Order").OnTable("CouponRedemptions").OnColumn("OrderId").Ascending().WithOptions().Unique();
        Create.Index("IX_CouponRedemptions_Customer").OnTable("CouponRedemptions").OnColumn("CouponId").Ascending().OnColumn("CustomerKey").Ascending();

        Create.Table("FeaturedItems")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("ProductId").AsInt32().Nullable()
                .ForeignKey("FK_FeaturedItems_Products", "Products", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ProducerId").AsInt32().Nullable()
                .ForeignKey("FK_FeaturedItems_Producers", "Producers", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("SortOrder").AsInt32().NotNullable()
            .WithColumn("StartsOn").AsDate().Nullable()
            .WithColumn("EndsOn").AsDate().Nullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("CreatedByUserId").AsInt32().Nullable();

        // Orders: the coupon used, each shipment's share of the order discount, and each line's price before a campaign.
        Alter.Table("Orders").AddColumn("CouponCode").AsString(40).Nullable();
        Alter.Table("Shipments").AddColumn("DiscountTotal").AsInt64().NotNullable().WithDefaultValue(0);
        Alter.Table("OrderLines")
            .AddColumn("ListPrice").AsInt64().NotNullable().WithDefaultValue(0)
            // No foreign key: SQLite cannot add one to an existing table. A campaign with sales is never deleted (the editor refuses).
            .AddColumn("CampaignId").AsInt32().Nullable();
        Execute.Sql("UPDATE \"OrderLines\" SET \"ListPrice\" = \"UnitPrice\"");
        Create.Index("IX_OrderLines_CampaignId").OnTable("OrderLines").OnColumn("CampaignId");
    }

    public override void Down()
    {
        Delete.Index("IX_OrderLines_CampaignId").OnTable("OrderLines");
        Delete.Column("CampaignId").Column("ListPrice").FromTable("OrderLines");
        Delete.Column("DiscountTotal").FromTable("Shipments");
        Delete.Column("CouponCode").FromTable("Orders");
        Delete.Table("FeaturedItems");
        Delete.Table("CouponRedemptions");
        Delete.Table("Coupons");
        Delete.Table("CampaignOptIns");
        Delete.Table("CampaignProducts");
        Delete.Table("Campaigns");
    }
}
