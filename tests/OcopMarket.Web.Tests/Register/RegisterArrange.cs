using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Register;

/// <summary>Rows the register tests own (unique names), so the shared seeded database stays as other tests expect it.</summary>
internal static class RegisterArrange
{
    /// <summary>
    /// A product a test owns. Disposing it deletes the product and everything the register hung on it
    /// (inspections, dossiers, certificates), so the shared database keeps the seeded counts and the
    /// search index its seeded products once the test is over.
    /// </summary>
    public sealed class TestProduct(OcopWebFactory site, int id, string name, string slug, int producerId, string producerName) : IAsyncDisposable
    {
        public int Id { get; } = id;
        public string Name { get; } = name;
        public string Slug { get; } = slug;
        public int ProducerId { get; } = producerId;
        public string ProducerName { get; } = producerName;

        public async ValueTask DisposeAsync() => await site.DbAsync(async db =>
        {
            db.Inspections.RemoveRange(await db.Inspections.Where(i => i.ProductId == Id).ToListAsync());
            db.Dossiers.RemoveRange(await db.Dossiers.Where(d => d.ProductId == Id).ToListAsync());
            db.Certificates.RemoveRange(await db.Certificates.Where(c => c.ProductId == Id).ToListAsync());
            db.Products.RemoveRange(await db.Products.Where(p => p.Id == Id).ToListAsync());
            await db.SaveChangesAsync();
        });
    }

    /// <summary>
    /// An approved product of a seeded producer, without certificates. Unpublished unless the test needs
    /// its storefront page, so listings and search results of other tests do not see it.
    /// </summary>
    public static Task<TestProduct> NewProductAsync(this OcopWebFactory site, string what, bool published = false) => site.DbAsync(async db =>
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
            IsPublished = published,
            ModerationStatus = ModerationStatus.Approved,
            CreatedAt = site.Time.GetUtcNow(),
            UpdatedAt = site.Time.GetUtcNow(),
        };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return new TestProduct(site, product.Id, product.Name, product.Slug, producer.Id, producer.Name);
    });

    /// <summary>
    /// Removes every product the register tests made (slug "san-pham-thu-…") with its dossiers, inspections and
    /// certificates, and takes it out of the search index: later suites see the demo as seeded.
    /// </summary>
    public static async Task RemoveTestProductsAsync(this OcopWebFactory site)
    {
        var ids = await site.DbAsync(db => db.Products.Where(p => p.Slug.StartsWith("san-pham-thu-")).Select(p => p.Id).ToArrayAsync());
        if (ids.Length == 0) return;
        await site.DbAsync(async db =>
        {
            await db.Dossiers.Where(d => ids.Contains(d.ProductId)).ExecuteDeleteAsync();
            await db.Inspections.Where(i => i.ProductId != null && ids.Contains(i.ProductId.Value)).ExecuteDeleteAsync();
        });
        await Portal.PortalTestHelpers.DeleteProductsAsync(site, ids);
    }

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
