using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Certification.Import;

/// <summary>What the office sees before it imports: every row, parsed, with its errors.</summary>
public sealed record ImportPreview(RegisterFileFormat? Format, ImportMessage? FileError, IReadOnlyList<ImportRow> Rows)
{
    public int ValidCount => Rows.Count(r => r.IsValid);
    public int InvalidCount => Rows.Count(r => !r.IsValid);
    public bool CanImportAll => FileError is null && Rows.Count > 0 && InvalidCount == 0;
    public bool CanImportValidOnly => FileError is null && ValidCount > 0;
    /// <summary>Producers the valid rows would create (several rows may share one).</summary>
    public int NewProducers => Rows.Where(r => r.IsValid && r.ExistingProducerId is null).Select(r => r.ProducerKey).Distinct().Count();
    public int NewProducts => Rows.Where(r => r.IsValid && r.ExistingProductId is null).Select(r => r.ProductKey).Distinct().Count();
}

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary(
    int ProducersCreated, int ProducersMatched, int ProductsCreated, int ProductsMatched, int CertificatesCreated, int RowsSkipped);

/// <summary>
/// Imports an office's existing register (CSV/XLSX). The preview parses and checks every row against the
/// rules and the database; the import runs the same checks again on the same file (the database may have
/// moved) and writes producers, products and certificates in one transaction: all rows, or — only when the
/// user asks — exactly the valid ones. Matching: a producer by name within today's commune, a product by
/// name within its producer. New producers and products stay unpublished for the office to complete.
/// </summary>
public sealed class RegisterImportService(OcopDbContext db, RegisterFileReader reader, CertificateStatusPolicy policy, TimeProvider time)
{
    public async Task<ImportPreview> PreviewAsync(byte[] content, CancellationToken ct = default)
    {
        var sheet = reader.Read(content);
        if (sheet.Sheet is null) return new ImportPreview(null, sheet.Error, []);

        var parser = new RegisterRowParser(await LoadReferenceAsync(ct));
        var today = policy.Today;
        var rows = sheet.Sheet.Rows.Select(r => parser.Parse(r, today)).ToList();
        await MatchAsync(rows, ct);
        return new ImportPreview(sheet.Sheet.Format, null, rows);
    }

    public async Task<OperationResult<ImportSummary>> ImportAsync(byte[] content, bool validRowsOnly, CancellationToken ct = default)
    {
        var preview = await PreviewAsync(content, ct);
        if (preview.FileError is { } error) return OperationResult<ImportSummary>.Fail(error.Key, error.Arguments);
        if (preview.InvalidCount > 0 && !validRowsOnly) return OperationResult<ImportSummary>.Fail(ImportMessages.FileHasErrors);
        var rows = preview.Rows.Where(r => r.IsValid).ToList();
        if (rows.Count == 0) return OperationResult<ImportSummary>.Fail(ImportMessages.NothingValid);

        var now = time.GetUtcNow();
        var producerSlugs = (await db.Producers.Select(p => p.Slug).ToListAsync(ct)).ToHashSet();
        var productSlugs = (await db.Products.Select(p => p.Slug).ToListAsync(ct)).ToHashSet();
        var newProducers = new Dictionary<string, Producer>();
        var newProducts = new Dictionary<string, Product>();
        var matchedProducers = new HashSet<int>();
        var matchedProducts = new HashSet<int>();

        foreach (var row in rows)
        {
            var certificate = new Certificate
            {
                DecisionNumber = row.DecisionNumber,
                IssuingBody = row.IssuingBody,
                CouncilLevel = row.CouncilLevel!.Value,
                CriteriaSet = row.CriteriaSet!.Value,
                Stars = row.Stars!.Value,
                Score = row.Score,
                IssuedOn = row.IssuedOn!.Value,
                ExpiresOn = row.ExpiresOn!.Value,
                Kind = CertificateKind.Imported,
            };
            if (row.ExistingProductId is { } productId)
            {
                matchedProducts.Add(productId);
                if (row.ExistingProducerId is { } pid) matchedProducers.Add(pid);
                certificate.ProductId = productId;
                db.Certificates.Add(certificate);
                continue;
            }

            var productKey = row.ProductKey;
            if (!newProducts.TryGetValue(productKey, out var product))
            {
                product = new Product
                {
                    Name = row.ProductName,
                    Slug = UniqueSlug(row.ProductName, productSlugs),
                    CategoryId = row.Category!.Id,
                    Price = 0,
                    IsPublished = false,
                    ModerationStatus = ModerationStatus.Approved,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                if (row.ExistingProducerId is { } producerId)
                {
                    matchedProducers.Add(producerId);
                    product.ProducerId = producerId;
                }
                else
                {
                    product.Producer = NewProducer(row, newProducers, producerSlugs, now);
                }
                newProducts[productKey] = product;
                db.Products.Add(product);
            }
            product.Certificates.Add(certificate);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return OperationResult<ImportSummary>.Ok(new ImportSummary(
            newProducers.Count, matchedProducers.Count, newProducts.Count, matchedProducts.Count, rows.Count, preview.InvalidCount));
    }

    private static Producer NewProducer(ImportRow row, Dictionary<string, Producer> created, HashSet<string> slugs, DateTimeOffset now)
    {
        var key = row.ProducerKey;
        if (created.TryGetValue(key, out var existing)) return existing;
        var commune = row.Commune!;
        var producer = new Producer
        {
            Name = row.ProducerName,
            Slug = UniqueSlug(row.ProducerName, slugs),
            Type = row.ProducerType!.Value,
            CommuneId = commune.Recorded.Id,
            DistrictId = commune.DistrictId,
            ProvinceId = commune.Province.Id,
            IsPublished = false,
            CreatedAt = now,
        };
        created[key] = producer;
        return producer;
    }

    /// <summary>Finds existing producers and products, and flags decisions already recorded (in the file or the database).</summary>
    private async Task MatchAsync(List<ImportRow> rows, CancellationToken ct)
    {
        var communeIds = rows.Where(r => r.Commune is not null).Select(r => r.Commune!.Today.Id).Distinct().ToList();
        var producers = await db.Producers
            .Where(p => communeIds.Contains(p.Commune!.SuccessorId ?? p.CommuneId))
            .Select(p => new { p.Id, p.Name, TodayCommuneId = p.Commune!.SuccessorId ?? p.CommuneId })
            .ToListAsync(ct);
        var producerByKey = producers
            .GroupBy(p => (RegisterReferenceData.NameKey(p.Name), p.TodayCommuneId))
            .ToDictionary(g => g.Key, g => g.Min(p => p.Id));

        foreach (var row in rows.Where(r => r.Commune is not null && r.ProducerName.Length > 0))
            row.ExistingProducerId = producerByKey.TryGetValue((RegisterReferenceData.NameKey(row.ProducerName), row.Commune!.Today.Id), out var id) ? id : null;

        var producerIds = rows.Where(r => r.ExistingProducerId is not null).Select(r => r.ExistingProducerId!.Value).Distinct().ToList();
        var products = await db.Products.Where(p => producerIds.Contains(p.ProducerId))
            .Select(p => new { p.Id, p.Name, p.ProducerId }).ToListAsync(ct);
        var productByKey = products
            .GroupBy(p => (RegisterReferenceData.NameKey(p.Name), p.ProducerId))
            .ToDictionary(g => g.Key, g => g.Min(p => p.Id));
        foreach (var row in rows.Where(r => r.ExistingProducerId is not null && r.ProductName.Length > 0))
            row.ExistingProductId = productByKey.TryGetValue((RegisterReferenceData.NameKey(row.ProductName), row.ExistingProducerId!.Value), out var id) ? id : null;

        var productIds = rows.Where(r => r.ExistingProductId is not null).Select(r => r.ExistingProductId!.Value).Distinct().ToList();
        var recorded = (await db.Certificates.Where(c => productIds.Contains(c.ProductId))
                .Select(c => new { c.ProductId, c.DecisionNumber }).ToListAsync(ct))
            .Select(c => (c.ProductId, RegisterReferenceData.NameKey(c.DecisionNumber)))
            .ToHashSet();

        // One decision often certifies many products, so a duplicate is the same decision for the same product.
        var seen = new Dictionary<string, int>();
        foreach (var row in rows.Where(r => r.DecisionNumber.Length > 0 && r.ProductName.Length > 0 && r.Commune is not null))
        {
            var decision = RegisterReferenceData.NameKey(row.DecisionNumber);
            var key = row.ProductKey + "|" + decision;
            if (seen.TryGetValue(key, out var firstRow))
                row.Error(ImportMessages.DuplicateInFile, row.DecisionNumber, firstRow);
            else
                seen[key] = row.RowNumber;
            if (row.ExistingProductId is { } pid && recorded.Contains((pid, decision)))
                row.Error(ImportMessages.DuplicateInDatabase, row.DecisionNumber);
        }
    }

    private async Task<RegisterReferenceData> LoadReferenceAsync(CancellationToken ct)
    {
        var units = await db.AdminUnits
            .Where(u => u.Level == AdminUnitLevel.Province || u.Level == AdminUnitLevel.Commune || u.Level == AdminUnitLevel.District)
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.Level, u.ParentId, u.SuccessorId))
            .ToListAsync(ct);
        var categories = await db.Categories.Select(c => new CategoryRef(c.Id, c.Code, c.Name, c.ParentId)).ToListAsync(ct);
        return new RegisterReferenceData(units, categories);
    }

    private static string UniqueSlug(string name, HashSet<string> taken)
    {
        var baseSlug = SlugGenerator.Generate(name);
        if (baseSlug.Length == 0) baseSlug = "ocop";
        var slug = baseSlug;
        for (var n = 2; !taken.Add(slug); n++) slug = $"{baseSlug}-{n}";
        return slug;
    }
}
