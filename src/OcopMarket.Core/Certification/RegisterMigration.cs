using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Certification;

/// <summary>The register and back office: dossiers, inspections, moderation, documents, settings, audit log.</summary>
[Migration(2026112507, "Register: dossiers, inspections, moderation, documents, settings, audit log")]
public sealed class RegisterMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        Alter.Table("Certificates")
            .AddColumn("Kind").AsInt32().NotNullable().WithDefaultValue(1)
            .AddColumn("DossierId").AsInt32().Nullable()
            .AddColumn("PreviousCertificateId").AsInt32().Nullable();

        // Rows that exist already were approved by being published.
        Alter.Table("Products")
            .AddColumn("ModerationStatus").AsInt32().NotNullable().WithDefaultValue(2)
            .AddColumn("ModerationNote").AsString(1000).Nullable()
            .AddColumn("SubmittedAt").AsTimestamp(this).Nullable();
        Create.Index("IX_Products_ModerationStatus").OnTable("Products").OnColumn("ModerationStatus");

        Create.Table("Dossiers")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProductId").AsInt32().NotNullable().ForeignKey("Products", "Id")
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("Status").AsInt32().NotNullable()
            .WithColumn("LocalRawMaterials").AsString(2000).Nullable()
            .WithColumn("LocalLabour").AsString(2000).Nullable()
            .WithColumn("IdeaOrigin").AsString(2000).Nullable()
            .WithColumn("LocalIdentity").AsString(2000).Nullable()
            .WithColumn("CommuneAssessmentPassed").AsBoolean().Nullable()
            .WithColumn("CommuneAssessedOn").AsDate().Nullable()
            .WithColumn("SubmittedOn").AsDate().Nullable()
            .WithColumn("CouncilLevel").AsInt32().Nullable()
            .WithColumn("CriteriaSet").AsInt32().NotNullable()
            .WithColumn("ScoreA").AsDecimal(5, 2).Nullable()
            .WithColumn("ScoreB").AsDecimal(5, 2).Nullable()
            .WithColumn("ScoreC").AsDecimal(5, 2).Nullable()
            .WithColumn("TotalScore").AsDecimal(5, 2).Nullable()
            .WithColumn("Stars").AsInt32().Nullable()
            .WithColumn("EvaluatedOn").AsDate().Nullable()
            .WithColumn("CertificateId").AsInt32().Nullable()
            .WithColumn("Notes").AsString(4000).Nullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable();
        Create.Index("IX_Dossiers_ProductId").OnTable("Dossiers").OnColumn("ProductId");

        Create.Table("Inspections")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProducerId").AsInt32().NotNullable().ForeignKey("Producers", "Id")
            .WithColumn("ProductId").AsInt32().Nullable().ForeignKey("Products", "Id")
            .WithColumn("Status").AsInt32().NotNullable()
            .WithColumn("PlannedOn").AsDate().Nullable()
            .WithColumn("InspectedOn").AsDate().Nullable()
            .WithColumn("InspectorUserId").AsInt32().Nullable()
            .WithColumn("InspectorName").AsString(200).NotNullable()
            .WithColumn("ProductionContinuing").AsBoolean().Nullable()
            .WithColumn("StampUseCorrect").AsBoolean().Nullable()
            .WithColumn("FoodSafetyOk").AsBoolean().Nullable()
            .WithColumn("PackagingLabelOk").AsBoolean().Nullable()
            .WithColumn("Findings").AsString(4000).Nullable()
            .WithColumn("Outcome").AsInt32().Nullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable();
        Create.Index("IX_Inspections_ProducerId").OnTable("Inspections").OnColumn("ProducerId");

        Create.Table("ProductChangeRequests")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProductId").AsInt32().NotNullable().ForeignKey("Products", "Id")
            .WithColumn("ProposedName").AsString(200).NotNullable()
            .WithColumn("ProposedNameEn").AsString(200).Nullable()
            .WithColumn("ProposedCategoryId").AsInt32().NotNullable().ForeignKey("Categories", "Id")
            .WithColumn("ProposedImageIds").AsString(1000).NotNullable()
            .WithColumn("Status").AsInt32().NotNullable()
            .WithColumn("DecisionNote").AsString(1000).Nullable()
            .WithColumn("SubmittedAt").AsTimestamp(this).NotNullable()
            .WithColumn("SubmittedByUserId").AsInt32().Nullable()
            .WithColumn("DecidedAt").AsTimestamp(this).Nullable()
            .WithColumn("DecidedByUserId").AsInt32().Nullable();
        Create.Index("IX_ProductChangeRequests_ProductId").OnTable("ProductChangeRequests").OnColumn("ProductId");

        Create.Table("ProducerDocuments")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProducerId").AsInt32().NotNullable().ForeignKey("Producers", "Id")
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("Title").AsString(200).NotNullable()
            .WithColumn("OriginalFileName").AsString(260).NotNullable()
            .WithColumn("ContentType").AsString(100).NotNullable()
            .WithColumn("SizeBytes").AsInt64().NotNullable()
            .WithColumn("StorageKey").AsString(400).NotNullable()
            .WithColumn("ValidUntil").AsDate().Nullable()
            .WithColumn("UploadedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UploadedByUserId").AsInt32().Nullable();
        Create.Index("IX_ProducerDocuments_ProducerId").OnTable("ProducerDocuments").OnColumn("ProducerId");

        Create.Table("SiteSettings")
            .WithColumn("Key").AsString(100).PrimaryKey()
            .WithColumn("Value").AsString(4000).NotNullable();

        Create.Table("AuditLog")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("At").AsTimestamp(this).NotNullable()
            .WithColumn("UserId").AsInt32().Nullable()
            .WithColumn("UserName").AsString(256).NotNullable()
            .WithColumn("EntityType").AsString(100).NotNullable()
            .WithColumn("EntityId").AsString(100).NotNullable()
            .WithColumn("Action").AsInt32().NotNullable()
            .WithColumn("Changes").AsString(int.MaxValue).NotNullable();
        Create.Index("IX_AuditLog_At").OnTable("AuditLog").OnColumn("At");
        Create.Index("IX_AuditLog_Entity").OnTable("AuditLog").OnColumn("EntityType").Ascending().OnColumn("EntityId").Ascending();
    }

    public override void Down()
    {
        Delete.Table("AuditLog");
        Delete.Table("SiteSettings");
        Delete.Table("ProducerDocuments");
        Delete.Table("ProductChangeRequests");
        Delete.Table("Inspections");
        Delete.Table("Dossiers");
        Delete.Index("IX_Products_ModerationStatus").OnTable("Products");
        Delete.Column("ModerationStatus").Column("ModerationNote").Column("SubmittedAt").FromTable("Products");
        Delete.Column("Kind").Column("DossierId").Column("PreviousCertificateId").FromTable("Certificates");
    }
}
