using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OcopMarket.Core.Promotions;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("Campaigns");
        b.HasMany(x => x.Products).WithOne().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.OptIns).WithOne().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignProductConfiguration : IEntityTypeConfiguration<CampaignProduct>
{
    public void Configure(EntityTypeBuilder<CampaignProduct> b) => b.ToTable("CampaignProducts");
}

internal sealed class CampaignOptInConfiguration : IEntityTypeConfiguration<CampaignOptIn>
{
    public void Configure(EntityTypeBuilder<CampaignOptIn> b) => b.ToTable("CampaignOptIns");
}

internal sealed class CouponConfiguration : IEntityTypeConfiguration<Coupon>
{
    public void Configure(EntityTypeBuilder<Coupon> b) => b.ToTable("Coupons");
}

internal sealed class CouponRedemptionConfiguration : IEntityTypeConfiguration<CouponRedemption>
{
    public void Configure(EntityTypeBuilder<CouponRedemption> b) => b.ToTable("CouponRedemptions");
}

internal sealed class FeaturedItemConfiguration : IEntityTypeConfiguration<FeaturedItem>
{
    public void Configure(EntityTypeBuilder<FeaturedItem> b)
    {
        b.ToTable("FeaturedItems");
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId);
        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId);
    }
}
