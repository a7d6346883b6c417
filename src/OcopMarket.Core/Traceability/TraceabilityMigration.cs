using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Traceability;

[Migration(2026120102, "Traceability: lots, locations, EPCIS-shaped events with documents, stamps, scans and anomalies")]
public sealed class TraceabilityMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Create.Table("Lots")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProductId").AsInt32().NotNullable().ForeignKey("Products", "Id")
            .WithColumn("Code").AsString(20).NotNullable()
            .WithColumn("Gtin").AsString(14).NotNullable()
            .WithColumn("ProducedOn").AsDate().NotNullable()
            .WithColumn("ExpiresOn").AsDate().Nullable()
            .WithColumn("Quantity").AsInt32().NotNullable()
            .WithColumn("Notes").AsString(2000).Nullable()
            .WithColumn("StampsIssued").AsInt32().NotNullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("CreatedByUserId").AsInt32().Nullable();
        // A Digital Link names a lot by GTIN + lot code: the pair is unique.
        Create.Index("UX_Lots_Gtin_Code").OnTable("Lots").OnColumn("Gtin").Ascending().OnColumn("Code").Ascending().WithOptions().Unique();
        Create.Index("IX_Lots_ProductId").OnTable("Lots").OnColumn("ProductId");

        Create.Table("TraceLocations")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProducerId").AsInt32().Nullable().ForeignKey("Producers", "Id")
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("Address").AsString(400).Nullable()
            .WithColumn("Latitude").AsDouble().Nullable()
            .WithColumn("Longitude").AsDouble().Nullable()
            .WithColumn("DisplayPointId").AsInt32().Nullable()
                .ForeignKey("FK_TraceLocations_DisplayPoints", "DisplayPoints", "Id").OnDelete(System.Data.Rule.SetNull)
            .WithColumn("Gln").AsString(13).Nullable();
        Create.Index("IX_TraceLocations_ProducerId").OnTable("TraceLocations").OnColumn("ProducerId");

        Create.Table("TraceEvents")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("LotId").AsInt32().NotNullable()
                .ForeignKey("FK_TraceEvents_Lots", "Lots", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Step").AsInt32().NotNullable()
            .WithColumn("OccurredAt").AsTimestamp(this).NotNullable()
            .WithColumn("LocationId").AsInt32().Nullable().ForeignKey("FK_TraceEvents_Location", "TraceLocations", "Id")
            .WithColumn("DestinationLocationId").AsInt32().Nullable().ForeignKey("FK_TraceEvents_Destination", "TraceLocations", "Id")
            .WithColumn("Quantity").AsDecimal(18, 3).Nullable()
            .WithColumn("QuantityUnit").AsString(10).Nullable()
            .WithColumn("Note").AsString(2000).Nullable()
            .WithColumn("InspectionId").AsInt32().Nullable()
                .ForeignKey("FK_TraceEvents_Inspections", "Inspections", "Id").OnDelete(System.Data.Rule.SetNull)
            .WithColumn("RecordedByUserId").AsInt32().Nullable()
            .WithColumn("RecordedByOffice").AsBoolean().NotNullable()
            .WithColumn("RecordedAt").AsTimestamp(this).NotNullable();
        Create.Index("IX_TraceEvents_LotId").OnTable("TraceEvents").OnColumn("LotId").Ascending().OnColumn("OccurredAt").Ascending();

        Create.Table("TraceEventDocuments")
            .WithColumn("TraceEventId").AsInt32().NotNullable().PrimaryKey()
                .ForeignKey("FK_TraceEventDocuments_TraceEvents", "TraceEvents", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ProducerDocumentId").AsInt32().NotNullable().PrimaryKey()
                .ForeignKey("FK_TraceEventDocuments_ProducerDocuments", "ProducerDocuments", "Id").OnDelete(System.Data.Rule.Cascade);

        Create.Table("StampSeries")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("LotId").AsInt32().NotNullable().ForeignKey("FK_StampSeries_Lots", "Lots", "Id")
            .WithColumn("FirstNumber").AsInt32().NotNullable()
            .WithColumn("Count").AsInt32().NotNullable()
            .WithColumn("IssuedAt").AsTimestamp(this).NotNullable()
            .WithColumn("IssuedByUserId").AsInt32().Nullable()
            .WithColumn("IssuedByOffice").AsBoolean().NotNullable();
        Create.Index("IX_StampSeries_LotId").OnTable("StampSeries").OnColumn("LotId");

        Create.Table("Stamps")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("LotId").AsInt32().NotNullable().ForeignKey("FK_Stamps_Lots", "Lots", "Id")
            .WithColumn("SeriesId").AsInt32().NotNullable().ForeignKey("FK_Stamps_StampSeries", "StampSeries", "Id")
            .WithColumn("Number").AsInt32().NotNullable()
            .WithColumn("Serial").AsString(20).NotNullable()
            .WithColumn("ScanCount").AsInt32().NotNullable()
            .WithColumn("FirstScannedAt").AsTimestamp(this).Nullable()
            .WithColumn("LastScannedAt").AsTimestamp(this).Nullable();
        // The database, not the code, guarantees no duplicate serial and no number printed twice in a lot.
        Create.Index("UX_Stamps_Serial").OnTable("Stamps").OnColumn("Serial").Ascending().WithOptions().Unique();
        Create.Index("UX_Stamps_Lot_Number").OnTable("Stamps").OnColumn("LotId").Ascending().OnColumn("Number").Ascending().WithOptions().Unique();

        Create.Table("StampScans")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("StampId").AsInt32().Nullable().ForeignKey("FK_StampScans_Stamps", "Stamps", "Id")
            .WithColumn("LotId").AsInt32().Nullable().ForeignKey("FK_StampScans_Lots", "Lots", "Id")
            .WithColumn("Gtin").AsString(14).NotNullable()
            .WithColumn("LotCode").AsString(20).Nullable()
            .WithColumn("Serial").AsString(20).Nullable()
            .WithColumn("Outcome").AsInt32().NotNullable()
            .WithColumn("ScannedAt").AsTimestamp(this).NotNullable()
            .WithColumn("Latitude").AsDouble().Nullable()
            .WithColumn("Longitude").AsDouble().Nullable()
            .WithColumn("PlaceReportedAt").AsTimestamp(this).Nullable();
        Create.Index("IX_StampScans_StampId").OnTable("StampScans").OnColumn("StampId").Ascending().OnColumn("ScannedAt").Ascending();
        Create.Index("IX_StampScans_ScannedAt").OnTable("StampScans").OnColumn("ScannedAt");

        Create.Table("StampAnomalies")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("StampId").AsInt32().Nullable().ForeignKey("FK_StampAnomalies_Stamps", "Stamps", "Id")
            .WithColumn("LotId").AsInt32().Nullable().ForeignKey("FK_StampAnomalies_Lots", "Lots", "Id")
            .WithColumn("Gtin").AsString(14).NotNullable()
            .WithColumn("LotCode").AsString(20).Nullable()
            .WithColumn("Serial").AsString(20).Nullable()
            .WithColumn("ScanId").AsInt32().Nullable().ForeignKey("FK_StampAnomalies_StampScans", "StampScans", "Id")
            .WithColumn("Detail").AsString(1000).NotNullable()
            .WithColumn("DetectedAt").AsTimestamp(this).NotNullable()
            .WithColumn("ReviewedAt").AsTimestamp(this).Nullable()
            .WithColumn("ReviewedByUserId").AsInt32().Nullable()
            .WithColumn("ReviewNote").AsString(1000).Nullable();
        Create.Index("IX_StampAnomalies_Open").OnTable("StampAnomalies").OnColumn("ReviewedAt").Ascending().OnColumn("DetectedAt").Ascending();
        Create.Index("IX_StampAnomalies_StampId").OnTable("StampAnomalies").OnColumn("StampId").Ascending().OnColumn("Kind").Ascending();
    }

    public override void Down()
    {
        Delete.Table("StampAnomalies");
        Delete.Table("StampScans");
        Delete.Table("Stamps");
        Delete.Table("StampSeries");
        Delete.Table("TraceEventDocuments");
        Delete.Table("TraceEvents");
        Delete.Table("TraceLocations");
        Delete.Table("Lots");
    }
}
