using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Media;
using OcopMarket.Core.Places;
using OcopMarket.Core.Plugins;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Data;

internal sealed class AdminUnitConfiguration : IEntityTypeConfiguration<AdminUnit>
{
    public void Configure(EntityTypeBuilder<AdminUnit> b)
    {
        b.ToTable("AdminUnits");
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId);
        b.HasOne(x => x.Successor).WithMany().HasForeignKey(x => x.SuccessorId);
    }
}

internal sealed class DisplayPointConfiguration : IEntityTypeConfiguration<DisplayPoint>
{
    public void Configure(EntityTypeBuilder<DisplayPoint> b)
    {
        b.ToTable("DisplayPoints");
        b.HasOne(x => x.Commune).WithMany().HasForeignKey(x => x.CommuneId);
        b.HasMany(x => x.Photos).WithOne().HasForeignKey(x => x.DisplayPointId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DisplayPointPhotoConfiguration : IEntityTypeConfiguration<DisplayPointPhoto>
{
    public void Configure(EntityTypeBuilder<DisplayPointPhoto> b) => b.ToTable("DisplayPointPhotos");
}

internal sealed class ProducerConfiguration : IEntityTypeConfiguration<Producer>
{
    public void Configure(EntityTypeBuilder<Producer> b)
    {
        b.ToTable("Producers");
        b.HasOne(x => x.Commune).WithMany().HasForeignKey(x => x.CommuneId);
        b.HasOne(x => x.District).WithMany().HasForeignKey(x => x.DistrictId);
        b.HasOne(x => x.Province).WithMany().HasForeignKey(x => x.ProvinceId);
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.ToTable("Categories");
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("Products");
        b.HasOne(x => x.Producer).WithMany().HasForeignKey(x => x.ProducerId);
        b.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId);
        b.HasMany(x => x.Images).WithOne().HasForeignKey(x => x.ProductId);
        b.HasMany(x => x.Certificates).WithOne().HasForeignKey(x => x.ProductId);
    }
}

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> b) => b.ToTable("ProductImages");
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.ToTable("Certificates");
        b.Property(x => x.Score).HasPrecision(5, 2);
    }
}

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> b) => b.ToTable("MediaFiles");
}

internal sealed class PluginStateConfiguration : IEntityTypeConfiguration<PluginState>
{
    public void Configure(EntityTypeBuilder<PluginState> b)
    {
        b.ToTable("PluginStates");
        b.HasKey(x => x.SystemName);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b) => b.Property(x => x.FullName).HasMaxLength(200);
}

internal sealed class EvaluationDossierConfiguration : IEntityTypeConfiguration<EvaluationDossier>
{
    public void Configure(EntityTypeBuilder<EvaluationDossier> b)
    {
        b.ToTable("Dossiers");
        b.Property(x => x.ScoreA).HasPrecision(5, 2);
        b.Property(x => x.ScoreB).HasPrecision(5, 2);
        b.Property(x => x.ScoreC).HasPrecision(5, 2);
        b.Property(x => x.TotalScore).HasPrecision(5, 2);
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b) => b.ToTable("Inspections");
}

internal sealed class ProductChangeRequestConfiguration : IEntityTypeConfiguration<Catalog.Moderation.ProductChangeRequest>
{
    public void Configure(EntityTypeBuilder<Catalog.Moderation.ProductChangeRequest> b)
    {
        b.ToTable("ProductChangeRequests");
        b.Ignore(x => x.ImageIds);
    }
}

internal sealed class ProducerDocumentConfiguration : IEntityTypeConfiguration<ProducerDocument>
{
    public void Configure(EntityTypeBuilder<ProducerDocument> b) => b.ToTable("ProducerDocuments");
}

internal sealed class SiteSettingConfiguration : IEntityTypeConfiguration<Settings.SiteSetting>
{
    public void Configure(EntityTypeBuilder<Settings.SiteSetting> b)
    {
        b.ToTable("SiteSettings");
        b.HasKey(x => x.Key);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<Audit.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Audit.AuditEntry> b) => b.ToTable("AuditLog");
}
