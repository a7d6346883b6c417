using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Orders;

[Migration(2026112701, "Shop: carts, orders, shipments, payments, refunds, webhook log")]
public sealed class OrdersMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("Carts")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Token").AsString(64).NotNullable().Unique()
            .WithColumn("CustomerUserId").AsInt32().Nullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable();
        Create.Index("IX_Carts_CustomerUserId").OnTable("Carts").OnColumn("CustomerUserId");

        Create.Table("CartLines")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("CartId").AsInt32().NotNullable().ForeignKey("Carts", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ProductId").AsInt32().NotNullable().ForeignKey("Products", "Id")
            .WithColumn("Quantity").AsInt32().NotNullable()
            .WithColumn("PriceWhenAdded").AsInt64().NotNullable()
            .WithColumn("AddedAt").AsTimestamp(this).NotNullable();
        Create.Index("IX_CartLines_CartId").OnTable("CartLines").OnColumn("CartId");

        Create.Table("Orders")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Number").AsString(32).NotNullable().Unique()
            .WithColumn("CustomerUserId").AsInt32().Nullable()
            .WithColumn("CustomerName").AsString(200).NotNullable()
            .WithColumn("Phone").AsString(20).NotNullable()
            .WithColumn("Email").AsString(256).NotNullable()
            .WithColumn("ProvinceId").AsInt32().NotNullable().ForeignKey("AdminUnits", "Id")
            .WithColumn("DistrictId").AsInt32().Nullable().ForeignKey("AdminUnits", "Id")
            .WithColumn("CommuneId").AsInt32().NotNullable().ForeignKey("AdminUnits", "Id")
            .WithColumn("AddressLine").AsString(300).NotNullable()
            .WithColumn("Note").AsString(1000).Nullable()
            .WithColumn("Subtotal").AsInt64().NotNullable()
            .WithColumn("ShippingTotal").AsInt64().NotNullable()
            .WithColumn("DiscountTotal").AsInt64().NotNullable()
            .WithColumn("Total").AsInt64().NotNullable()
            .WithColumn("RefundedTotal").AsInt64().NotNullable()
            .WithColumn("Status").AsInt32().NotNullable()
            .WithColumn("PaymentMethod").AsString(100).NotNullable()
            .WithColumn("PaymentStatus").AsInt32().NotNullable()
            .WithColumn("PaymentDueAt").AsTimestamp(this).Nullable()
            .WithColumn("PaidAt").AsTimestamp(this).Nullable()
            .WithColumn("PlacedAt").AsTimestamp(this).NotNullable()
            .WithColumn("CancelledAt").AsTimestamp(this).Nullable()
            .WithColumn("CancelReason").AsString(1000).Nullable()
            .WithColumn("Culture").AsString(10).NotNullable();
        Create.Index("IX_Orders_CustomerUserId").OnTable("Orders").OnColumn("CustomerUserId");
        Create.Index("IX_Orders_PlacedAt").OnTable("Orders").OnColumn("PlacedAt");
        Create.Index("IX_Orders_Status").OnTable("Orders").OnColumn("Status").Ascending().OnColumn("PaymentStatus").Ascending();

        Create.Table("Shipments")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("OrderId").AsInt32().NotNullable().ForeignKey("Orders", "Id")
            .WithColumn("ProducerId").AsInt32().NotNullable().ForeignKey("Producers", "Id")
            .WithColumn("Status").AsInt32().NotNullable()
            .WithColumn("ShippingProvider").AsString(100).NotNullable()
            .WithColumn("ShippingOption").AsString(100).NotNullable()
            .WithColumn("ShippingOptionName").AsString(200).NotNullable()
            .WithColumn("ShippingCost").AsInt64().NotNullable()
            .WithColumn("PickupPointId").AsInt32().Nullable().ForeignKey("DisplayPoints", "Id")
            .WithColumn("Subtotal").AsInt64().NotNullable()
            .WithColumn("Carrier").AsString(100).Nullable()
            .WithColumn("TrackingNumber").AsString(100).Nullable()
            .WithColumn("CancelReason").AsString(1000).Nullable()
            .WithColumn("ConfirmedAt").AsTimestamp(this).Nullable()
            .WithColumn("HandedOverAt").AsTimestamp(this).Nullable()
            .WithColumn("DeliveredAt").AsTimestamp(this).Nullable()
            .WithColumn("CancelledAt").AsTimestamp(this).Nullable();
        Create.Index("IX_Shipments_OrderId").OnTable("Shipments").OnColumn("OrderId");
        Create.Index("IX_Shipments_ProducerId").OnTable("Shipments").OnColumn("ProducerId");

        Create.Table("OrderLines")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("OrderId").AsInt32().NotNullable().ForeignKey("Orders", "Id")
            .WithColumn("ShipmentId").AsInt32().NotNullable().ForeignKey("Shipments", "Id")
            .WithColumn("ProductId").AsInt32().NotNullable().ForeignKey("Products", "Id")
            .WithColumn("ProductName").AsString(200).NotNullable()
            .WithColumn("Unit").AsString(50).NotNullable()
            .WithColumn("UnitPrice").AsInt64().NotNullable()
            .WithColumn("Quantity").AsInt32().NotNullable()
            .WithColumn("LineTotal").AsInt64().NotNullable()
            .WithColumn("WeightGrams").AsInt32().NotNullable();
        Create.Index("IX_OrderLines_OrderId").OnTable("OrderLines").OnColumn("OrderId");

        Create.Table("OrderEvents")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("OrderId").AsInt32().NotNullable().ForeignKey("Orders", "Id")
            .WithColumn("ShipmentId").AsInt32().Nullable()
            .WithColumn("At").AsTimestamp(this).NotNullable()
            .WithColumn("Kind").AsString(60).NotNullable()
            .WithColumn("Detail").AsString(1000).Nullable()
            .WithColumn("UserId").AsInt32().Nullable();
        Create.Index("IX_OrderEvents_OrderId").OnTable("OrderEvents").OnColumn("OrderId");

        Create.Table("Payments")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("OrderId").AsInt32().NotNullable().ForeignKey("Orders", "Id")
            .WithColumn("Provider").AsString(100).NotNullable()
            .WithColumn("ProviderReference").AsString(200).Nullable()
            .WithColumn("Amount").AsInt64().NotNullable()
            .WithColumn("Status").AsInt32().NotNullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("RecordedByUserId").AsInt32().Nullable();
        Create.Index("IX_Payments_OrderId").OnTable("Payments").OnColumn("OrderId");
        Create.Index("IX_Payments_ProviderReference").OnTable("Payments").OnColumn("ProviderReference");

        Create.Table("Refunds")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("OrderId").AsInt32().NotNullable().ForeignKey("Orders", "Id")
            .WithColumn("PaymentId").AsInt32().Nullable().ForeignKey("Payments", "Id")
            .WithColumn("Amount").AsInt64().NotNullable()
            .WithColumn("Reason").AsString(1000).NotNullable()
            .WithColumn("ProviderReference").AsString(200).Nullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("RecordedByUserId").AsInt32().Nullable();

        Create.Table("ProcessedWebhookEvents")
            .WithColumn("Provider").AsString(100).PrimaryKey()
            .WithColumn("EventId").AsString(200).PrimaryKey()
            .WithColumn("ReceivedAt").AsTimestamp(this).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("ProcessedWebhookEvents");
        Delete.Table("Refunds");
        Delete.Table("Payments");
        Delete.Table("OrderEvents");
        Delete.Table("OrderLines");
        Delete.Table("Shipments");
        Delete.Table("Orders");
        Delete.Table("CartLines");
        Delete.Table("Carts");
    }
}
