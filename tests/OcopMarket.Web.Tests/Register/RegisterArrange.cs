using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Register;

/// <summary>Rows the register tests own (unique names), so the shared seeded database stays as other tests expect it.</summary>
internal static class RegisterArrange
{
    public sealed record TestProduct(int Id, string Name, string Slug, int ProducerId, string ProducerName);

    /// <summary>A published, approved product of a seeded producer, without certificates.</summary>
    public static Task<TestProduct> NewProductAsync(this OcopWebFactory site, string what) => site.DbAsync(async db =>
    {
        var producer = await db.Producers.Where(p => p.IsPublished).OrderBy(p => p.Id).FirstAsync();
        var category = await db.Categories.Where(c => c.ParentId != null).OrderBy(c => c.Id).FirstAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var product = new Product
        {
            Name = $"Sản phẩm thử {what} {tag}",
            Slug = $"san-pham-thu-{what}-{tag}",
            ShortDescription = "Sản phẩm tạo cho kiểm thử sổ OCOP.",
            Description = "<p>Sản phẩm tạo cho kiểm thử sổ OCOP.</p>",
            ProducerId = producer.Id,
            CategoryId = category.Id,
            Price = 120_000,
            Unit = "hộp",
            StockQuantity = 10,
            IsPublished = true,
            ModerationStatus = ModerationStatus.Approved,
            CreatedAt = site.Time.GetUtcNow(),
            UpdatedAt = site.Time.GetUtcNow(),
        };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return new TestProduct(product.Id, product.Name, product.Slug, producer.Id, producer.Name);
    });

    public static Task<Certificate> AddCertificateAsync(this OcopWebFactory site, int productId, int stars, DateOnly issuedOn,
        CouncilLevel level = CouncilLevel.Province, string? number = null) => site.DbAsync(async db =>
    {
        var certificate = new Certificate
        {
            ProductId = productId,
            DecisionNumber = number ?? $"{Random.Shared.Next(1000, 9999)}/QĐ-UBND-T{Guid.NewGuid().ToString("N")[..6]}",
            IssuingBody = "UBND tỉnh Thanh Hóa",
            CouncilLevel = level,
            Stars = stars,
            Score = stars switch { 5 => 91m, 4 => 75m, _ => 60m },
            IssuedOn = issuedOn,
            ExpiresOn = CertificateStatusPolicy.DefaultExpiry(issuedOn),
        };
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync();
        return certificate;
    });

    /// <summary>A dossier already submitted to the council on <paramref name="submittedOn"/> (the earlier steps have their own test).</summary>
    public static Task<int> AddSubmittedDossierAsync(this OcopWebFactory site, int productId, DateOnly submittedOn, DossierKind kind = DossierKind.Initial) =>
        site.DbAsync(async db =>
        {
            var dossier = new EvaluationDossier
            {
                ProductId = productId,
                Kind = kind,
                Status = DossierStatus.Submitted,
                LocalRawMaterials = "Nguyên liệu trong xã",
                LocalLabour = "Lao động trong xã",
                IdeaOrigin = "Ý tưởng của hợp tác xã",
                LocalIdentity = "Gắn với làng nghề",
                CommuneAssessmentPassed = true,
                CommuneAssessedOn = submittedOn.AddDays(-3),
                SubmittedOn = submittedOn,
                CreatedAt = site.Time.GetUtcNow(),
            };
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            return dossier.Id;
        });
}
