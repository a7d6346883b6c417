using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OcopMarket.Core;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Search;

namespace OcopMarket.Plugin.Search.Lucene.Tests;

/// <summary>What a seeded product is, for brute-force checks independent of the index.</summary>
public sealed record SeedProduct(int Id, string Name, string Group, string? Subgroup, string Province, string? District,
    string CommuneToday, string Producer, long Price, bool InStock, IReadOnlyList<Certificate> Certificates, bool Visible)
{
    public int StarsOn(DateOnly today) =>
        Certificates.Where(c => CertificateStatusPolicy.ShowsBadgeOn(c, today)).Select(c => c.Stars).DefaultIfEmpty(0).Max();
}

/// <summary>
/// A real SQLite file database migrated with the real migrations, a small seeded catalogue and an
/// index folder in a temp directory. This is also the recipe for building an index in a test:
/// <code>
/// var scopes = new ServiceCollection()
///     .AddSingleton(new ModelAssemblies([typeof(CoreModule).Assembly]))
///     .AddDbContext&lt;OcopDbContext&gt;(connection.Configure)
///     .BuildServiceProvider().GetRequiredService&lt;IServiceScopeFactory&gt;();
/// var index = new LuceneSearchIndex(scopes, new LuceneSearchOptions { IndexPath = folder });
/// await index.RebuildAsync();            // full build from the database, awaited
/// var provider = new LuceneSearchProvider(index);
/// var result = await provider.SearchAsync(new SearchQuery { Text = "mat ong", Today = today });
/// </code>
/// </summary>
public sealed class LuceneTestContext : IDisposable
{
    public static readonly DateOnly Today = new(2025, 9, 1);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ocop-lucene-tests-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public LuceneTestContext()
        : this(build: true)
    {
    }

    internal LuceneTestContext(bool build)
    {
        Directory.CreateDirectory(_folder);
        var connection = new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "test.db")}");
        new SchemaMigrator(connection, NullLoggerFactory.Instance).MigrateUp([typeof(CoreModule).Assembly]);
        _services = new ServiceCollection()
            .AddSingleton(new ModelAssemblies([typeof(CoreModule).Assembly]))
            .AddDbContext<OcopDbContext>(connection.Configure)
            .BuildServiceProvider();
        Scopes = _services.GetRequiredService<IServiceScopeFactory>();
        Seed();
        Options = new LuceneSearchOptions { IndexPath = Path.Combine(_folder, "search-index") };
        if (build) Start(rebuild: true);
    }

    public IServiceScopeFactory Scopes { get; }
    public LuceneSearchOptions Options { get; }
    public LuceneSearchIndex Index { get; private set; } = null!;
    public LuceneSearchProvider Provider { get; private set; } = null!;
    public LuceneSearchIndexer Indexer { get; private set; } = null!;
    public List<SeedProduct> Products { get; } = [];
    public Dictionary<string, int> ProductIds { get; } = [];

    /// <summary>A new index object on the same folder (like a process start): opens, rebuilds if needed.</summary>
    public void Start(bool rebuild = false)
    {
        Index = new LuceneSearchIndex(Scopes, Options, new FixedTime(Today), NullLogger<LuceneSearchIndex>.Instance);
        Provider = new LuceneSearchProvider(Index);
        Indexer = new LuceneSearchIndexer(Index);
        if (rebuild) Index.RebuildAsync().GetAwaiter().GetResult();
        else Index.Open();
    }

    public void Stop() => Index.Dispose();

    public OcopDbContext NewDb() => Scopes.CreateScope().ServiceProvider.GetRequiredService<OcopDbContext>();

    public Task<SearchResult> SearchAsync(string? text, DateOnly? today = null, string sort = SearchSorts.Relevance, int page = 1, int pageSize = 24,
        Dictionary<string, IReadOnlyList<string>>? filters = null, long? minPrice = null, long? maxPrice = null) =>
        Provider.SearchAsync(new SearchQuery
        {
            Text = text,
            Today = today ?? Today,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            Filters = filters ?? [],
            MinPrice = minPrice,
            MaxPrice = maxPrice,
        });

    public async Task<List<string>> NamesAsync(string? text, DateOnly? today = null, string sort = SearchSorts.Relevance)
    {
        var r = await SearchAsync(text, today, sort, pageSize: 100);
        return r.Hits.Select(h => Products.Single(p => p.Id == h.ProductId).Name).ToList();
    }

    private void Seed()
    {
        using var db = NewDb();
        AdminUnit Unit(string code, string name, AdminUnitLevel level, AdminUnit? parent = null, AdminUnit? successor = null, bool old = false)
        {
            var u = new AdminUnit
            {
                Code = code, Name = name, Slug = code.ToLowerInvariant(), Level = level, Parent = parent, Successor = successor,
                ValidTo = old ? new DateOnly(2025, 6, 30) : null,
            };
            db.AdminUnits.Add(u);
            return u;
        }
        var thanhHoa = Unit("P38", "Tỉnh Thanh Hóa", AdminUnitLevel.Province);
        var quangNgai = Unit("P51", "Tỉnh Quảng Ngãi", AdminUnitLevel.Province);
        var langSon = Unit("P20", "Tỉnh Lạng Sơn", AdminUnitLevel.Province);
        var trieuSonDistrict = Unit("OD-trieu-son", "Huyện Triệu Sơn", AdminUnitLevel.District, thanhHoa, old: true);
        var konRayDistrict = Unit("OD-kon-ray", "Huyện Kon Rẫy", AdminUnitLevel.District, quangNgai, old: true);
        var trieuSon = Unit("C100", "Xã Triệu Sơn", AdminUnitLevel.Commune, thanhHoa);
        var danLuc = Unit("OC101", "Xã Dân Lực", AdminUnitLevel.Commune, trieuSonDistrict, trieuSon, old: true);
        var konRay = Unit("C200", "Xã Kon Rẫy", AdminUnitLevel.Commune, quangNgai);
        var caoLoc = Unit("C300", "Xã Cao Lộc", AdminUnitLevel.Commune, langSon);

        Category Cat(string code, string slug, string name, string en, Category? parent = null)
        {
            var c = new Category { Code = code, Slug = slug, Name = name, NameEn = en, Parent = parent };
            db.Categories.Add(c);
            return c;
        }
        var food = Cat("G1", "thuc-pham", "Thực phẩm", "Food");
        var honey = Cat("G1-MO", "mat-ong", "Mật ong", "Honey", food);
        var fruit = Cat("G1-TC", "trai-cay", "Trái cây", "Fruit", food);
        var drinks = Cat("G2", "do-uong", "Đồ uống", "Beverages");
        var tea = Cat("G2-CT", "che-tra", "Chè, trà", "Tea", drinks);
        var crafts = Cat("G4", "thu-cong", "Thủ công mỹ nghệ", "Handicrafts");
        var bamboo = Cat("G4-MT", "may-tre", "Mây tre, nón lá", "Rattan and bamboo", crafts);

        Producer Prod(string slug, string name, AdminUnit commune, AdminUnit? district, AdminUnit province, bool published = true)
        {
            var p = new Producer
            {
                Slug = slug, Name = name, Type = ProducerType.Cooperative, Story = "", Address = "Thôn 1",
                Commune = commune, District = district, Province = province, IsPublished = published,
                CreatedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            };
            db.Producers.Add(p);
            return p;
        }
        var beekeepers = Prod("htx-mat-ong-trieu-son", "HTX Mật ong Triệu Sơn", danLuc, trieuSonDistrict, thanhHoa);
        var teaCoop = Prod("htx-che-kon-ray", "HTX Chè Kon Rẫy", konRay, konRayDistrict, quangNgai);
        var hats = Prod("co-so-non-la-cao-loc", "Cơ sở Nón lá Cao Lộc", caoLoc, null, langSon);
        var persimmons = Prod("hkd-hong-bao-lam", "Hộ kinh doanh Hồng Bảo Lâm", trieuSon, trieuSonDistrict, thanhHoa);
        var hidden = Prod("co-so-an", "Cơ sở Ẩn Danh", trieuSon, null, thanhHoa, published: false);
        db.SaveChanges();

        static Certificate Cert(int stars, DateOnly issued, DateOnly expires, DateOnly? revoked = null) => new()
        {
            DecisionNumber = "QĐ-" + stars, IssuingBody = "UBND", CouncilLevel = CouncilLevel.Province,
            Stars = stars, IssuedOn = issued, ExpiresOn = expires, RevokedOn = revoked,
        };
        var valid4 = () => Cert(4, new DateOnly(2023, 1, 10), new DateOnly(2026, 1, 9));
        var valid3 = () => Cert(3, new DateOnly(2024, 3, 1), new DateOnly(2027, 2, 28));
        var created = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var n = 0;

        void Add(string name, Producer producer, Category category, long price, int stock, string description, Certificate[] certs,
            bool published = true, string? gtin = null, string? nameEn = null)
        {
            var p = new Product
            {
                Name = name, NameEn = nameEn, Slug = "sp-" + (++n), ShortDescription = "", Description = description,
                Producer = producer, Category = category, Price = price, Unit = "hộp", StockQuantity = stock, Gtin = gtin,
                IsPublished = published, CreatedAt = created.AddDays(n), UpdatedAt = created, Certificates = [.. certs],
            };
            db.Products.Add(p);
            db.SaveChanges();
            var parent = category.Parent;
            var commune = producer.Commune!.Successor ?? producer.Commune;
            Products.Add(new SeedProduct(p.Id, name, (parent ?? category).Slug, parent is null ? null : category.Slug, producer.Province!.Code,
                producer.District?.Code, commune.Code, producer.Slug, price, stock > 0, certs, published && producer.IsPublished));
            ProductIds[name] = p.Id;
        }

        Add("Mật ong rừng Triệu Sơn", beekeepers, honey, 250_000, 10, "<p>Mật ong <b>nguyên chất</b> từ rừng keo &amp; tràm.</p>", [valid4()],
            gtin: Gtin.WithCheckDigit("893850000001"), nameEn: "Triệu Sơn forest honey");
        Add("Mật ong hoa nhãn", beekeepers, honey, 180_000, 0, "Mật ong hoa nhãn thơm dịu, sánh đặc.",
            [Cert(5, new DateOnly(2022, 9, 16), new DateOnly(2025, 9, 15))]);
        Add("Chè Shan tuyết Kon Rẫy", teaCoop, tea, 350_000, 5, "Búp chè Shan tuyết cổ thụ trên núi cao.", [valid4()]);
        Add("Chè xanh búp", teaCoop, tea, 120_000, 3, "Chè xanh sao tay.",
            [Cert(3, new DateOnly(2023, 5, 1), new DateOnly(2026, 4, 30), revoked: new DateOnly(2025, 8, 1))]);
        Add("Nón lá che nắng", hats, bamboo, 90_000, 20, "Nón lá làng nghề, che nắng che mưa.", []);
        Add("Hồng không hạt Bảo Lâm", persimmons, fruit, 150_000, 8, "Hồng ngâm không hạt, giòn ngọt.",
            [Cert(3, new DateOnly(2021, 10, 8), new DateOnly(2024, 10, 7))]);
        Add("<script>alert(1)</script> Mứt gừng", persimmons, fruit, 60_000, 1, "Mứt gừng <i>cay</i> & ngọt.", []);
        Add("Trà hoa vàng", teaCoop, tea, 1_200_000, 0, "Trà hoa vàng quý hiếm.", [Cert(5, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31))]);
        Add("Mật ong bạc hà", hats, honey, 500_000, 2, "Mật ong bạc hà cao nguyên đá.",
            [valid3(), Cert(4, new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31))]);
        Add("Giỏ mây tre đan", hats, bamboo, 220_000, 6, "<p>Giỏ <b>mây tre</b> đan thủ công, bền đẹp &amp; thân thiện.</p>", [valid4()]);
        Add("Mật ong chưa đăng", beekeepers, honey, 100_000, 1, "Chưa đăng bán.", [valid4()], published: false);
        Add("Mật ong ẩn danh", hidden, honey, 100_000, 1, "Chủ thể chưa công khai.", [valid4()]);
    }

    public void Dispose()
    {
        Index?.Dispose();
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed class FixedTime(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero);
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
