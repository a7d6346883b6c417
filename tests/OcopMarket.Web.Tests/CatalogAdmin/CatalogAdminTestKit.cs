using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.CatalogAdmin;

/// <summary>Arranging rows of our own (unique names) and reading the office's pages.</summary>
internal static class CatalogAdminTestKit
{
    public static string Unique(string stem) => $"{stem} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A product of a published seeded producer in a subgroup, in the given moderation state.</summary>
    public static Task<Product> NewProductAsync(this OcopWebFactory site, ModerationStatus status, bool published, string? name = null) =>
        site.DbAsync(async db =>
        {
            var producer = await db.Producers.Where(p => p.IsPublished).OrderBy(p => p.Id).FirstAsync();
            var category = await db.Categories.Where(c => c.ParentId != null).OrderBy(c => c.Id).FirstAsync();
            name ??= Unique("Mật ong thử nghiệm");
            var now = site.Time.GetUtcNow();
            var product = new Product
            {
                Name = name,
                Slug = SlugGenerator.Generate(name),
                ShortDescription = "Mật ong hoa rừng, đóng hũ thủy tinh.",
                Description = "<p>Mô tả sản phẩm.</p>",
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
            db.Products.Add(product);
            await db.SaveChangesAsync();
            return product;
        });

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

    public static string? Status(this IDocument page) => page.QuerySelector(".alert[role='status']")?.TextContent.Trim();
}
