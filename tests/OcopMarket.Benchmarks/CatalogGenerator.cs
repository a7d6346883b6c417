using Bogus;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Core.Producers;

namespace OcopMarket.Benchmarks;

public sealed record GeneratedCounts(int Producers, int Products);

/// <summary>
/// Adds generated producers and products (with one certificate each) to a database the site has already
/// migrated and seeded. Deterministic for a given seed; one transaction, saved in batches.
/// </summary>
public sealed class CatalogGenerator(GeneratorOptions options, TextWriter log)
{
    private static readonly DateOnly Decision1489 = CouncilAuthority.Decision1489EffectiveFrom;

    public async Task<GeneratedCounts> RunAsync(CancellationToken ct = default)
    {
        var connection = DatabaseConnection.Resolve(
            new DatabaseOptions { Provider = options.Provider, ConnectionString = options.ConnectionString }, null, Directory.GetCurrentDirectory());
        var builder = new DbContextOptionsBuilder<OcopDbContext>();
        connection.Configure(builder);
        await using var db = new OcopDbContext(builder.Options, new ModelAssemblies([typeof(CoreModule).Assembly]));
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var faker = new Faker("vi") { Random = new Randomizer(options.Seed) };
        var subgroups = await db.Categories.AsNoTracking().Where(c => c.ParentId != null).ToListAsync(ct);
        subgroups = subgroups.Where(c => WordLists.ProductsBySubgroup.ContainsKey(c.Code)).ToList();
        var provinces = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == AdminUnitLevel.Province && u.ValidTo == null)
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var communes = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == AdminUnitLevel.Commune && u.ValidTo == null && u.ParentId != null)
            .Select(u => new { u.Id, u.Name, ProvinceId = u.ParentId!.Value })
            .ToListAsync(ct);
        if (subgroups.Count == 0 || communes.Count == 0)
            throw new InvalidOperationException("The database has no categories or communes: start the site on it once so it seeds the demo.");

        var productSlugs = (await db.Products.Select(p => p.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var producerSlugs = (await db.Producers.Select(p => p.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        var gtinSerial = 500_000;

        await using var tx = await db.Database.BeginTransactionAsync(ct);

        // One producer for about every 20 products, spread over today's communes.
        var producerCount = Math.Max(1, options.Count / 20);
        var producers = new List<(Producer Producer, string Place, string Province)>(producerCount);
        for (var i = 0; i < producerCount; i++)
        {
            var commune = faker.PickRandom(communes);
            var place = PlaceName(commune.Name);
            var type = faker.PickRandom<ProducerType>();
            var name = type switch
            {
                ProducerType.Cooperative => $"HTX {faker.PickRandom(WordLists.Activities)} {place}",
                ProducerType.Enterprise => $"Công ty TNHH {faker.PickRandom(WordLists.CompanyWords)} {place}",
                ProducerType.CooperativeGroup => $"Tổ hợp tác {faker.PickRandom(WordLists.Activities)} {place}",
                _ => $"Hộ kinh doanh {VietnameseName(faker)}",
            };
            var producer = new Producer
            {
                Name = name,
                Slug = Unique(SlugGenerator.Generate(name), producerSlugs),
                Type = type,
                Story = $"<p>{name} ở {commune.Name}, {provinces[commune.ProvinceId]}. {faker.PickRandom(WordLists.Sentences)}</p>",
                Address = $"Thôn {faker.Random.Int(1, 12)}, {commune.Name}",
                CommuneId = commune.Id,
                ProvinceId = commune.ProvinceId,
                Latitude = Math.Round(faker.Random.Double(8.6, 23.3), 5),
                Longitude = Math.Round(faker.Random.Double(102.2, 109.4), 5),
                Phone = faker.Phone.PhoneNumber(faker.PickRandom("09", "03", "08", "02") + "## ### ###"),
                Representative = VietnameseName(faker),
                CreatedAt = now.AddDays(-faker.Random.Int(30, 1500)),
            };
            producers.Add((producer, place, provinces[commune.ProvinceId]));
        }
        db.Producers.AddRange(producers.Select(p => p.Producer));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        log.WriteLine($"  {producerCount} producers");

        var added = 0;
        while (added < options.Count)
        {
            var batch = Math.Min(options.BatchSize, options.Count - added);
            for (var i = 0; i < batch; i++)
                db.Products.Add(NewProduct(faker, faker.PickRandom(subgroups), faker.PickRandom(producers), productSlugs, now, ref gtinSerial));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            added += batch;
            log.WriteLine($"  {added} products");
        }

        await tx.CommitAsync(ct);
        return new(producerCount, added);
    }

    private static Product NewProduct(Faker faker, Category subgroup, (Producer Producer, string Place, string Province) owner,
        HashSet<string> slugs, DateTimeOffset now, ref int gtinSerial)
    {
        var noun = faker.PickRandom(WordLists.ProductsBySubgroup[subgroup.Code]);
        var qualifier = faker.PickRandom(WordLists.Qualifiers);
        var name = string.Join(' ', new[] { noun, qualifier, owner.Place }.Where(s => s.Length > 0));
        var slug = Unique(SlugGenerator.Generate(name), slugs);
        var created = now.AddDays(-faker.Random.Int(0, 1200));
        var product = new Product
        {
            Name = name,
            Slug = slug,
            ShortDescription = $"{noun} của {owner.Producer.Name}, {owner.Province}.",
            Description = "<p>" + string.Join(" ", faker.PickRandom(WordLists.Sentences, 3)) + "</p>",
            ProducerId = owner.Producer.Id,
            CategoryId = subgroup.Id,
            Price = faker.Random.Int(20, 1500) * 1000L,
            Unit = faker.PickRandom(WordLists.UnitsByGroup[subgroup.Code[..1]]),
            StockQuantity = faker.Random.Int(0, 500),
            Gtin = Gtin.WithCheckDigit("893" + "9999" + (gtinSerial++).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)),
            WeightGrams = faker.Random.Bool(0.7f) ? faker.Random.Int(1, 40) * 50 : null,
            IsPublished = faker.Random.Bool(0.97f),
            CreatedAt = created,
            UpdatedAt = created,
        };
        product.Certificates.Add(NewCertificate(faker, owner.Province));
        return product;
    }

    private static Certificate NewCertificate(Faker faker, string province)
    {
        var stars = faker.Random.WeightedRandom([3, 4, 5], [0.68f, 0.3f, 0.02f]);
        var issued = DateOnly.FromDateTime(faker.Date.Between(new DateTime(2021, 6, 1), new DateTime(2026, 10, 31)));
        var level = stars switch
        {
            5 => CouncilLevel.Central,
            4 => CouncilLevel.Province,
            _ => issued < Decision1489 ? CouncilLevel.District : CouncilLevel.Province,
        };
        var score = stars switch
        {
            5 => faker.Random.Int(9000, 10000),
            4 => faker.Random.Int(7000, 8999),
            _ => faker.Random.Int(5000, 6999),
        } / 100m;
        return new Certificate
        {
            DecisionNumber = $"{faker.Random.Int(100, 4999)}/QĐ-UBND",
            IssuingBody = level == CouncilLevel.Central ? "Bộ Nông nghiệp và Môi trường" : $"UBND {province}",
            CouncilLevel = level,
            CriteriaSet = CriteriaSet.Decision148,
            Stars = stars,
            Score = score,
            IssuedOn = issued,
            ExpiresOn = CertificateStatusPolicy.DefaultExpiry(issued),
        };
    }

    /// <summary>Family name first, as Vietnamese names are written (Bogus gives "Given Family").</summary>
    private static string VietnameseName(Faker faker) => $"{faker.Name.LastName()} {faker.Name.FirstName()}";

    /// <summary>"Xã Thọ Bình" → "Thọ Bình".</summary>
    private static string PlaceName(string unitName)
    {
        foreach (var prefix in new[] { "Xã ", "Phường ", "Đặc khu ", "Thị trấn " })
            if (unitName.StartsWith(prefix, StringComparison.Ordinal)) return unitName[prefix.Length..];
        return unitName;
    }

    private static string Unique(string slug, HashSet<string> taken)
    {
        if (slug.Length > SlugGenerator.MaxLength - 6) slug = slug[..(SlugGenerator.MaxLength - 6)].TrimEnd('-');
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{slug}-{n}";
        return candidate;
    }
}
