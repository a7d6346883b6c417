using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopMarket.Core.Reports;

internal sealed class ReportTargetConfiguration : IEntityTypeConfiguration<ReportTarget>
{
    public void Configure(EntityTypeBuilder<ReportTarget> b)
    {
        b.ToTable("ReportTargets");
        b.Property(x => x.Min).HasPrecision(18, 2);
        b.Property(x => x.Max).HasPrecision(18, 2);
    }
}

internal sealed class ReportExportConfiguration : IEntityTypeConfiguration<ReportExport>
{
    public void Configure(EntityTypeBuilder<ReportExport> b) => b.ToTable("ReportExports");
}
