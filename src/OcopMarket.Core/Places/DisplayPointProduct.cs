using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopMarket.Core.Catalog;

namespace OcopMarket.Core.Places;

/// <summary>
/// A product a display point keeps on its shelf, so a buyer can collect an order there. The pair is the key:
/// a point stocks a product or it does not (quantities on the shelf are the point's own business).
/// </summary>
public class DisplayPointProduct : Audit.IAudited
{
    public int DisplayPointId { get; set; }
    public DisplayPoint? DisplayPoint { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
}

internal sealed class DisplayPointProductConfiguration : IEntityTypeConfiguration<DisplayPointProduct>
{
    public void Configure(EntityTypeBuilder<DisplayPointProduct> b)
    {
        b.ToTable("DisplayPointProducts");
        b.HasKey(x => new { x.DisplayPointId, x.ProductId });
        b.HasOne(x => x.DisplayPoint).WithMany().HasForeignKey(x => x.DisplayPointId);
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId);
    }
}
