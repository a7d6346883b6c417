using FluentMigrator;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Places.Routes;

[Migration(2026120101, "Places: display point photos and dates, tourism routes with stops and agencies, experience enquiries")]
public sealed class PlacesRoutesMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up()
    {
        // Points created before this column existed get an "unknown" date (ticks 0 / the epoch), never counted as new.
        Alter.Table("DisplayPoints")
            .AddColumn("CreatedAt").AsTimestamp(this).NotNullable().WithDefaultValue(IsPostgres ? "1970-01-01T00:00:00Z" : 0L)
            .AddColumn("UpdatedAt").AsTimestamp(this).NotNullable().WithDefaultValue(IsPostgres ? "1970-01-01T00:00:00Z" : 0L);

        Create.Table("DisplayPointPhotos")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("DisplayPointId").AsInt32().NotNullable()
                .ForeignKey("FK_DisplayPointPhotos_DisplayPoints", "DisplayPoints", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("MediaFileId").AsInt32().NotNullable().ForeignKey("MediaFiles", "Id")
            .WithColumn("SortOrder").AsInt32().NotNullable()
            .WithColumn("AltText").AsString(300).Nullable();
        Create.Index("IX_DisplayPointPhotos_DisplayPointId").OnTable("DisplayPointPhotos").OnColumn("DisplayPointId");

        Create.Table("TourismRoutes")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("NameEn").AsString(200).Nullable()
            .WithColumn("Slug").AsString(200).NotNullable().Unique()
            .WithColumn("Summary").AsString(500).NotNullable()
            .WithColumn("SummaryEn").AsString(500).Nullable()
            .WithColumn("Description").AsString(int.MaxValue).NotNullable()
            .WithColumn("DescriptionEn").AsString(int.MaxValue).Nullable()
            .WithColumn("DurationDays").AsInt32().NotNullable()
            .WithColumn("DurationNights").AsInt32().NotNullable()
            .WithColumn("Season").AsString(200).Nullable()
            .WithColumn("SeasonEn").AsString(200).Nullable()
            .WithColumn("BookingPhone").AsString(40).Nullable()
            .WithColumn("BookingEmail").AsString(256).Nullable()
            .WithColumn("CoverMediaFileId").AsInt32().Nullable().ForeignKey("MediaFiles", "Id")
            .WithColumn("IsPublished").AsBoolean().NotNullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).NotNullable();

        Create.Table("TourismRouteStops")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("RouteId").AsInt32().NotNullable()
                .ForeignKey("FK_TourismRouteStops_TourismRoutes", "TourismRoutes", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Position").AsInt32().NotNullable()
            .WithColumn("Kind").AsInt32().NotNullable()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("NameEn").AsString(200).Nullable()
            .WithColumn("Description").AsString(2000).Nullable()
            .WithColumn("DescriptionEn").AsString(2000).Nullable()
            .WithColumn("Latitude").AsDouble().NotNullable()
            .WithColumn("Longitude").AsDouble().NotNullable()
            // A point or producer that goes away leaves the stop as a plain named place.
            .WithColumn("DisplayPointId").AsInt32().Nullable()
                .ForeignKey("FK_TourismRouteStops_DisplayPoints", "DisplayPoints", "Id").OnDelete(System.Data.Rule.SetNull)
            .WithColumn("ProducerId").AsInt32().Nullable()
                .ForeignKey("FK_TourismRouteStops_Producers", "Producers", "Id").OnDelete(System.Data.Rule.SetNull)
            .WithColumn("DurationMinutes").AsInt32().Nullable()
            .WithColumn("ExperienceName").AsString(200).Nullable()
            .WithColumn("ExperienceNameEn").AsString(200).Nullable()
            .WithColumn("ExperiencePricePerPerson").AsInt64().Nullable();
        Create.Index("IX_TourismRouteStops_RouteId").OnTable("TourismRouteStops").OnColumn("RouteId").Ascending().OnColumn("Position").Ascending();
        Create.Index("IX_TourismRouteStops_ProducerId").OnTable("TourismRouteStops").OnColumn("ProducerId");
        Create.Index("IX_TourismRouteStops_DisplayPointId").OnTable("TourismRouteStops").OnColumn("DisplayPointId");

        Create.Table("TourismRouteAgencies")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("RouteId").AsInt32().NotNullable()
                .ForeignKey("FK_TourismRouteAgencies_TourismRoutes", "TourismRoutes", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("Url").AsString(500).Nullable()
            .WithColumn("Phone").AsString(40).Nullable()
            .WithColumn("SortOrder").AsInt32().NotNullable();

        Create.Table("ExperienceEnquiries")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ProducerId").AsInt32().NotNullable().ForeignKey("Producers", "Id")
            .WithColumn("RouteId").AsInt32().Nullable()
                .ForeignKey("FK_ExperienceEnquiries_TourismRoutes", "TourismRoutes", "Id").OnDelete(System.Data.Rule.SetNull)
            .WithColumn("StopId").AsInt32().Nullable()
                .ForeignKey("FK_ExperienceEnquiries_TourismRouteStops", "TourismRouteStops", "Id").OnDelete(System.Data.Rule.SetNull)
            .WithColumn("PreferredDate").AsDate().NotNullable()
            .WithColumn("GroupSize").AsInt32().NotNullable()
            .WithColumn("ContactName").AsString(200).NotNullable()
            .WithColumn("Phone").AsString(20).NotNullable()
            .WithColumn("Email").AsString(256).Nullable()
            .WithColumn("Message").AsString(2000).Nullable()
            .WithColumn("Culture").AsString(10).NotNullable()
            .WithColumn("CustomerUserId").AsInt32().Nullable()
            .WithColumn("Status").AsInt32().NotNullable()
            .WithColumn("StaffNote").AsString(2000).Nullable()
            .WithColumn("CreatedAt").AsTimestamp(this).NotNullable()
            .WithColumn("UpdatedAt").AsTimestamp(this).Nullable();
        Create.Index("IX_ExperienceEnquiries_ProducerId").OnTable("ExperienceEnquiries").OnColumn("ProducerId").Ascending().OnColumn("Status").Ascending();
        Create.Index("IX_ExperienceEnquiries_CreatedAt").OnTable("ExperienceEnquiries").OnColumn("CreatedAt");
    }

    public override void Down()
    {
        Delete.Table("ExperienceEnquiries");
        Delete.Table("TourismRouteAgencies");
        Delete.Table("TourismRouteStops");
        Delete.Table("TourismRoutes");
        Delete.Table("DisplayPointPhotos");
        Delete.Column("UpdatedAt").Column("CreatedAt").FromTable("DisplayPoints");
    }
}
