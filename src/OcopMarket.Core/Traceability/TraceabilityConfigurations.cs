using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopMarket.Core.Traceability;

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> b)
    {
        b.ToTable("Lots");
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId);
        b.HasMany(x => x.Events).WithOne(x => x.Lot).HasForeignKey(x => x.LotId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TraceLocationConfiguration : IEntityTypeConfiguration<TraceLocation>
{
    public void Configure(EntityTypeBuilder<TraceLocation> b) => b.ToTable("TraceLocations");
}

internal sealed class TraceEventConfiguration : IEntityTypeConfiguration<TraceEvent>
{
    public void Configure(EntityTypeBuilder<TraceEvent> b)
    {
        b.ToTable("TraceEvents");
        b.HasOne(x => x.Location).WithMany().HasForeignKey(x => x.LocationId);
        b.HasOne(x => x.DestinationLocation).WithMany().HasForeignKey(x => x.DestinationLocationId);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.TraceEventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TraceEventDocumentConfiguration : IEntityTypeConfiguration<TraceEventDocument>
{
    public void Configure(EntityTypeBuilder<TraceEventDocument> b)
    {
        b.ToTable("TraceEventDocuments");
        b.HasKey(x => new { x.TraceEventId, x.ProducerDocumentId });
        b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.ProducerDocumentId);
    }
}

internal sealed class StampSeriesConfiguration : IEntityTypeConfiguration<StampSeries>
{
    public void Configure(EntityTypeBuilder<StampSeries> b)
    {
        b.ToTable("StampSeries");
        b.HasOne(x => x.Lot).WithMany().HasForeignKey(x => x.LotId);
    }
}

internal sealed class StampConfiguration : IEntityTypeConfiguration<Stamp>
{
    public void Configure(EntityTypeBuilder<Stamp> b)
    {
        b.ToTable("Stamps");
        b.HasOne(x => x.Lot).WithMany().HasForeignKey(x => x.LotId);
    }
}

internal sealed class StampScanConfiguration : IEntityTypeConfiguration<StampScan>
{
    public void Configure(EntityTypeBuilder<StampScan> b) => b.ToTable("StampScans");
}

internal sealed class StampAnomalyConfiguration : IEntityTypeConfiguration<StampAnomaly>
{
    public void Configure(EntityTypeBuilder<StampAnomaly> b)
    {
        b.ToTable("StampAnomalies");
        b.HasOne(x => x.Stamp).WithMany().HasForeignKey(x => x.StampId);
    }
}
