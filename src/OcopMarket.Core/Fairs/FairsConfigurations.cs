using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopMarket.Core.Fairs;

internal sealed class TradeFairConfiguration : IEntityTypeConfiguration<TradeFair>
{
    public void Configure(EntityTypeBuilder<TradeFair> b)
    {
        b.ToTable("TradeFairs");
        b.HasOne(x => x.Commune).WithMany().HasForeignKey(x => x.CommuneId);
        b.HasMany(x => x.Booths).WithOne().HasForeignKey(x => x.FairId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FairBoothConfiguration : IEntityTypeConfiguration<FairBooth>
{
    public void Configure(EntityTypeBuilder<FairBooth> b)
    {
        b.ToTable("FairBooths");
        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId);
        b.HasMany(x => x.Products).WithOne().HasForeignKey(x => x.BoothId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FairBoothProductConfiguration : IEntityTypeConfiguration<FairBoothProduct>
{
    public void Configure(EntityTypeBuilder<FairBoothProduct> b)
    {
        b.ToTable("FairBoothProducts");
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId);
    }
}
