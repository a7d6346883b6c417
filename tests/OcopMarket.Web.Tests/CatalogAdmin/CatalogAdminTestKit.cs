using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Producers;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.CatalogAdmin;

/// <summary>
/// Base of the catalogue admin tests: rows of our own with a nonsense token in their names ("Zqxv", so the
/// search relevance tests never match them), removed again after each test because other tests count the
/// demo's products, producers and images.
/// </summary>
public abstract class CatalogAdminTestBase(OcopWebFactory site) : IAsyncLifetime
{
    protected OcopWebFactory Site { get; } = site;

    private readonly List<int> _products = [];
    private readonly List<int> _producers = [];
    private readonly List<int> _categories = [];
    private readonly List<int> _units = [];
    private Producer? _producer;

    protected static string Unique(string stem = "Zqxv") => $"{stem} {Guid.NewGuid().ToString("N")[..8]}";

    protected void TrackProduct(int id) => _products.Add(id);
    protected void TrackProducer(int id) => _producers.Add(id);
    protected void TrackCategory(int id) => _categories.Add(id);
    protected void TrackUnit(int id) => _units.Add(id);

    /// <summary>A published producer of this test, in a Hà Nội ward no demo producer uses (so no demo search matches it).</summary>
    protected async Task<Producer> TestProducerAsync()
    {
        if (_producer is not null) return _producer;
        _producer = await Site.DbAsync(async db =>
        {
            var province = await db.AdminUnits.AsNoTracking().FirstAsync(u => u.Code == "P01");
            var commune = await db.AdminUnits.AsNoTracking().Where(u => u.ParentId == province.Id).OrderBy(u => u.Code).FirstAsync();
            var name = Unique("Zqxv cơ sở");
            var producer = new Producer
            {
                Name = name, Slug = SlugGenerator.Generate(name), Type = ProducerType.HouseholdBusiness, Story = "",
                Address = "Số 1", CommuneId = commune.Id, ProvinceId = province.Id,
                IsPublished = true, CreatedAt = Site.Time.GetUtcNow(),
            };
            db.Producers.Add(producer);
            await db.SaveChangesAsync();
            return producer;
        });
        TrackProducer(_producer.Id);
        return _producer;
    }

    /// <summary>A product of the test's producer in a subgroup, in the given moderation state.</summary>
    protected async Task<Product> NewProductAsync(ModerationStatus status, bool published, string? name = null)
    {
        var producer = await TestProducerAsync();
        var product = await Site.DbAsync(async db =>
        {
            var category = await db.Categories.Where(c => c.ParentId != null).OrderBy(c => c.Id).FirstAsync();
            name ??= Unique();
            var now = Site.Time.GetUtcNow();
            var p = new Product
            {
                Name = name,
                Slug = SlugGenerator.Generate(name),
                ShortDescription = "Zqxv kiểm thử.",
                Description = "<p>Zqxv.</p>",
                ProducerId = producer.Id,
                CategoryId = category.Id,
                Price = 150_000,
                Unit = "hũ 500 g",
                StockQuantity = 10,
                IsPublished = published,
                ModerationStatus = status,
                SubmittedAt = status == ModerationStatus.Submitted ? now.AddHours(-2) : null,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Products.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        TrackProduct(product.Id);
        return product;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Site.DbAsync(async db =>
    {
        var products = _products.Distinct().ToList();
        await db.ProductChangeRequests.Where(r => products.Contains(r.ProductId)).ExecuteDeleteAsync();
        await db.ProductImages.Where(i => products.Contains(i.ProductId)).ExecuteDeleteAsync();
        // Through the context, so the search index hears of the deletions.
        db.Products.RemoveRange(await db.Products.Where(p => products.Contains(p.Id)).ToListAsync());
        await db.SaveChangesAsync();
        await db.Categories.Where(c => _categories.Contains(c.Id)).ExecuteDeleteAsync();
        // Producer accounts a test signed in with keep existing, without their producer.
        await db.Users.Where(u => u.ProducerId != null && _producers.Contains(u.ProducerId.Value)).ExecuteUpdateAsync(s => s.SetProperty(u => u.ProducerId, (int?)null));
        db.Producers.RemoveRange(await db.Producers.Where(p => _producers.Contains(p.Id)).ToListAsync());
        await db.SaveChangesAsync();
        await db.AdminUnits.Where(u => _units.Contains(u.Id)).ExecuteUpdateAsync(s => s.SetProperty(u => u.SuccessorId, (int?)null));
        await db.AdminUnits.Where(u => _units.Contains(u.Id)).ExecuteDeleteAsync();
    });
}

/// <summary>Reading the office's pages.</summary>
internal static class CatalogAdminPages
{
    public static async Task<HttpStatusCode> StatusOfAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.StatusCode;
    }

    public static async Task<IDocument> ReadPageAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await SiteTestHelpers.ParseAsync(html, response.RequestMessage?.RequestUri ?? new Uri("http://localhost/"));
    }

    /// <summary>The message a field shows under itself (asp-validation-for).</summary>
    public static string? FieldError(this IDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The status line shown after a redirect.</summary>
    public static string? Status(this IDocument page) => page.QuerySelector(".alert[role='status']")?.TextContent.Trim();
}
