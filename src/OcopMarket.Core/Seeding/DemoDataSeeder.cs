using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Media;
using OcopMarket.Core.Places;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Seeding;

public sealed class SeedOptions
{
    /// <summary>Folder with the demo's product images, named by product slug (e.g. mat-ong-binh-son.jpg).</summary>
    public string? ImageFolder { get; set; }
    /// <summary>
    /// One known password for every demo account (Seed:DemoPassword), for demos and screenshot runs.
    /// Unset (the default) gives each account a random password printed once.
    /// </summary>
    public string? DemoPassword { get; set; }
}

/// <summary>Seeds the demo on first start (empty database): places, groups, producers, products, accounts.</summary>
public sealed class DemoDataSeeder(
    OcopDbContext db,
    AdminUnitImporter adminUnits,
    IImageStore images,
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    TimeProvider time,
    SeedOptions options,
    IEnumerable<IDemoSeedStep> steps,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await adminUnits.ImportAsync(ct);
        await EnsureRolesAsync();
        if (!await db.Categories.AnyAsync(ct)) await SeedCatalogAsync(ct);
        // Later features seed their own demo rows; each step is idempotent, so it also fills a database seeded before it existed.
        foreach (var step in steps.OrderBy(s => s.Order))
            await step.SeedAsync(ct);
    }

    private async Task SeedCatalogAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var units = await db.AdminUnits.Where(u => u.Code.StartsWith("P") || u.Code.StartsWith("OP")
                || DemoCatalog.DemoCommunes.Select(c => c.Code).Contains(u.Code)
                || DemoCatalog.DisplayPoints.Select(d => d.CommuneCode).Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, ct);

        var districts = SeedDistricts(units);
        foreach (var (code, districtKey) in DemoCatalog.DemoCommunes)
            units[code].Parent = districts[districtKey];

        var categories = SeedCategories();
        var producers = SeedProducers(units, districts, now);
        await db.SaveChangesAsync(ct);

        var products = SeedProducts(categories, producers, now);
        SeedDisplayPoints(units, now);
        await db.SaveChangesAsync(ct);
        await SeedImagesAsync(products, ct);
        await tx.CommitAsync(ct);

        await SeedAccountsAsync(producers, now);
        logger.LogInformation("Demo data seeded: {Producers} producers, {Products} products.", producers.Count, products.Count);
    }

    private Dictionary<string, AdminUnit> SeedDistricts(Dictionary<string, AdminUnit> units)
    {
        var result = new Dictionary<string, AdminUnit>();
        foreach (var d in DemoCatalog.Districts)
        {
            // The district lay in the old province (e.g. Kon Tum, merged into Quảng Ngãi); fall back to today's.
            var oldProvince = units.Values.FirstOrDefault(u => u.Code.StartsWith("OP") && u.Name == d.OldProvinceName);
            var district = new AdminUnit
            {
                Code = "OD-" + d.Key,
                Name = d.Name,
                Slug = SlugGenerator.Generate(d.Name),
                Level = AdminUnitLevel.District,
                Parent = oldProvince ?? units[d.CurrentProvinceCode],
                ValidTo = AdminUnitImporter.ReformDate.AddDays(-1),
            };
            db.AdminUnits.Add(district);
            result[d.Key] = district;
        }
        return result;
    }

    private Dictionary<string, Category> SeedCategories()
    {
        var result = new Dictionary<string, Category>();
        var order = 0;
        foreach (var g in DemoCatalog.Groups)
        {
            var group = new Category { Code = g.Code, Name = g.Name, NameEn = g.NameEn, Slug = SlugGenerator.Generate(g.Name), SortOrder = ++order, Icon = g.Icon };
            db.Categories.Add(group);
            result[g.Code] = group;
            var subOrder = 0;
            foreach (var (code, name, nameEn) in g.Subgroups)
            {
                var sub = new Category { Code = code, Name = name, NameEn = nameEn, Slug = SlugGenerator.Generate(name), Parent = group, SortOrder = ++subOrder };
                db.Categories.Add(sub);
                result[code] = sub;
            }
        }
        return result;
    }

    private Dictionary<string, Producer> SeedProducers(Dictionary<string, AdminUnit> units, Dictionary<string, AdminUnit> districts, DateTimeOffset now)
    {
        var result = new Dictionary<string, Producer>();
        foreach (var p in DemoCatalog.Producers)
        {
            var commune = units[p.CommuneCode];
            var province = units[DemoCatalog.Districts.Single(d => d.Key == p.DistrictKey).CurrentProvinceCode];
            var producer = new Producer
            {
                Name = p.Name,
                Slug = SlugGenerator.Generate(p.Name),
                Type = p.Type,
                Story = p.Story,
                StoryEn = p.StoryEn,
                Address = p.Address,
                Commune = commune,
                District = districts[p.DistrictKey],
                Province = province,
                Latitude = p.Lat,
                Longitude = p.Lng,
                Phone = p.Phone,
                Representative = p.Representative,
                CreatedAt = now,
            };
            db.Producers.Add(producer);
            result[p.Key] = producer;
        }
        return result;
    }

    private List<Product> SeedProducts(Dictionary<string, Category> categories, Dictionary<string, Producer> producers, DateTimeOffset now)
    {
        var result = new List<Product>();
        var gtinSerial = 1000;
        foreach (var s in DemoCatalog.Products)
        {
            var product = new Product
            {
                Name = s.Name,
                NameEn = s.NameEn,
                Slug = SlugGenerator.Generate(s.Name),
                ShortDescription = s.Short,
                Description = s.Description,
                Producer = producers[s.ProducerKey],
                Category = categories[s.CategoryCode],
                Price = s.Price,
                Unit = s.Unit,
                StockQuantity = s.Stock,
                WeightGrams = s.Weight == 0 ? null : s.Weight,
                Gtin = Gtin.WithCheckDigit("893" + "8888" + (gtinSerial++).ToString("D6")),
                IsFeatured = s.Featured,
                CreatedAt = now.AddDays(-result.Count),
                UpdatedAt = now,
            };
            product.Certificates.Add(new Certificate
            {
                DecisionNumber = s.DecisionNumber,
                IssuingBody = IssuingBody(s.Level, s.ProducerKey),
                CouncilLevel = s.Level,
                Stars = s.Stars,
                Score = s.Score,
                IssuedOn = s.IssuedOn,
                ExpiresOn = CertificateStatusPolicy.DefaultExpiry(s.IssuedOn),
                RevokedOn = s.RevokedOn,
                RevocationReason = s.RevokedOn is null ? null : "Kiểm tra sau chứng nhận: cơ sở ngừng sản xuất quá 6 tháng.",
            });
            db.Products.Add(product);
            result.Add(product);
        }
        return result;
    }

    private static string IssuingBody(CouncilLevel level, string producerKey)
    {
        var province = producerKey switch
        {
            "hoa-cu" or "mau-son" => "Lạng Sơn",
            "binh-son" or "tho-tan" or "tho-binh" or "minh-son" => "Thanh Hóa",
            "kon-ray-honey" or "kon-ray-weave" => "Kon Tum",
            _ => "Bình Định",
        };
        var district = producerKey switch
        {
            "hoa-cu" or "mau-son" => "Cao Lộc",
            "binh-son" or "tho-tan" or "tho-binh" or "minh-son" => "Triệu Sơn",
            "kon-ray-honey" or "kon-ray-weave" => "Kon Rẫy",
            _ => "Tây Sơn",
        };
        return level == CouncilLevel.District ? $"UBND huyện {district}" : $"UBND tỉnh {province}";
    }

    private void SeedDisplayPoints(Dictionary<string, AdminUnit> units, DateTimeOffset now)
    {
        foreach (var d in DemoCatalog.DisplayPoints)
        {
            db.DisplayPoints.Add(new DisplayPoint
            {
                Name = d.Name,
                Slug = SlugGenerator.Generate(d.Name),
                Type = d.Type,
                Address = d.Address,
                Commune = units[d.CommuneCode],
                Latitude = d.Lat,
                Longitude = d.Lng,
                Phone = d.Phone,
                OpeningHours = d.Hours,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
    }

    private async Task SeedImagesAsync(List<Product> products, CancellationToken ct)
    {
        if (options.ImageFolder is null || !Directory.Exists(options.ImageFolder)) return;
        foreach (var product in products)
        {
            // "{slug}.jpg" is the main image, "{slug}--2.jpg" and on the gallery.
            var files = Directory.GetFiles(options.ImageFolder, product.Slug + "*.jpg")
                .Where(f => Path.GetFileNameWithoutExtension(f) is var n && (n == product.Slug || n.StartsWith(product.Slug + "--", StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal).ToList();
            var order = 0;
            foreach (var file in files)
            {
                await using var stream = File.OpenRead(file);
                var saved = await images.SaveAsync(stream, Path.GetFileName(file), ct);
                if (!saved.Succeeded)
                {
                    logger.LogWarning("Seed image {File} was refused: {Error}", file, saved.Error);
                    continue;
                }
                db.ProductImages.Add(new ProductImage { ProductId = product.Id, MediaFileId = saved.File!.Id, SortOrder = order++, AltText = product.Name });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new AppRole(role));
    }

    private async Task SeedAccountsAsync(IReadOnlyDictionary<string, Producer> producers, DateTimeOffset now)
    {
        var accounts = new (string Email, string Name, string Role, int? ProducerId)[]
        {
            ("admin@ocopmarket.local", "Quản trị viên", Roles.Administrator, null),
            ("vanphong@ocopmarket.local", "Phòng Kinh tế và Hạ tầng", Roles.OfficeStaff, null),
            ("kiemtra@ocopmarket.local", "Trần Thị Bình (cán bộ kiểm tra)", Roles.Inspector, null),
            ("xuctien@ocopmarket.local", "Lê Minh Châu (xúc tiến thương mại)", Roles.TradePromotion, null),
            ("hoacu@ocopmarket.local", "HTX Quả sạch Hòa Cư", Roles.Producer, producers["hoa-cu"].Id),
            ("binhson@ocopmarket.local", producers["binh-son"].Name, Roles.Producer, producers["binh-son"].Id),
            ("khachhang@ocopmarket.local", "Nguyễn Văn An", Roles.Customer, null),
        };
        foreach (var (email, name, role, pid) in accounts)
        {
            var password = string.IsNullOrEmpty(options.DemoPassword) ? GeneratePassword() : options.DemoPassword;
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, ProducerId = pid, CreatedAt = now };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
                throw new InvalidOperationException("Could not create demo account " + email + ": " + string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            // Printed once, at first start only: the passwords are random and never stored in clear.
            logger.LogWarning("Demo account ({Role}): {Email} / {Password}", role, email, password);
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 12).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        return "Ocop-" + new string(chars.ToArray()) + "9a";
    }
}
