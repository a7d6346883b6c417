using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopMarket.Core.Places.Routes;

internal sealed class TourismRouteConfiguration : IEntityTypeConfiguration<TourismRoute>
{
    public void Configure(EntityTypeBuilder<TourismRoute> b)
    {
        b.ToTable("TourismRoutes");
        b.HasMany(x => x.Stops).WithOne().HasForeignKey(x => x.RouteId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Agencies).WithOne().HasForeignKey(x => x.RouteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TourismRouteStopConfiguration : IEntityTypeConfiguration<TourismRouteStop>
{
    public void Configure(EntityTypeBuilder<TourismRouteStop> b)
    {
        b.ToTable("TourismRouteStops");
        b.Ignore(x => x.OffersExperience);
        b.HasOne(x => x.DisplayPoint).WithMany().HasForeignKey(x => x.DisplayPointId);
        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId);
    }
}

internal sealed class TourismRouteAgencyConfiguration : IEntityTypeConfiguration<TourismRouteAgency>
{
    public void Configure(EntityTypeBuilder<TourismRouteAgency> b) => b.ToTable("TourismRouteAgencies");
}

internal sealed class ExperienceEnquiryConfiguration : IEntityTypeConfiguration<ExperienceEnquiry>
{
    public void Configure(EntityTypeBuilder<ExperienceEnquiry> b)
    {
        b.ToTable("ExperienceEnquiries");
        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId);
        b.HasOne(x => x.Route).WithMany().HasForeignKey(x => x.RouteId);
        b.HasOne(x => x.Stop).WithMany().HasForeignKey(x => x.StopId);
    }
}
