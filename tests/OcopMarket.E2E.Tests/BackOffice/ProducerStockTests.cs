using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Search;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.BackOffice;

/// <summary>A producer, on a phone, updates the stock of a product; the shop shows it at once.</summary>
[Collection(E2ECollection.Name)]
public sealed class ProducerStockTests(BrowserFixture browser)
{
    [Fact]
    public async Task Producer_edits_stock_on_a_phone_and_the_product_page_follows()
    {
        // A product of our own (other suites count the demo's stock and products), approved and on sale.
        var slug = "hong-say-e2e-" + Guid.NewGuid().ToString("N")[..6];
        const string name = "Hồng sấy dẻo Hòa Cư (thử)";
        int producerId, productId;
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            var template = await db.Products.AsNoTracking().FirstAsync(p => p.Slug == "hong-khong-hat-bao-lam");
            var product = new Product
            {
                Name = name, Slug = slug, ShortDescription = "Hồng sấy dẻo tự nhiên, không đường.", Description = "<p>Hồng chín cây sấy lạnh.</p>",
                ProducerId = template.ProducerId, CategoryId = template.CategoryId, Price = 145_000, Unit = "hộp 500 g", StockQuantity = 40,
                ModerationStatus = ModerationStatus.Approved, IsPublished = true, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Products.Add(product);
            await db.SaveChangesAsync();
            (producerId, productId) = (template.ProducerId, product.Id);
        }
        try
        {
            // A shopper looks first (the page now sits in the output cache, which the portal's save must evict).
            await using (var before = await browser.OpenAsync("/san-pham/" + slug, Viewports.Mobile))
                await Expect(before.Page.Locator(".stock")).ToContainTextAsync("Còn hàng");

            await using var producer = await browser.AsAsync(Roles.Producer, "/portal/san-pham", Viewports.Mobile, producerId);
            var page = producer.Page;
            var card = page.Locator($"[data-product-card='{productId}']"); // the phone layout: one card per product
            await Expect(card).ToBeVisibleAsync();
            await producer.ScreenshotAsync("portal-products-390");

            // A negative value is stopped by the form itself; "1.5" gets through the browser and the server says why.
            var input = card.Locator("input[name=Stock]");
            await input.FillAsync("-5");
            Assert.False(await input.EvaluateAsync<bool>("el => el.checkValidity()"));
            await input.FillAsync("1.5");
            await card.Locator("button[type=submit]").ClickAsync();
            await Expect(page.Locator("[data-valmsg-for=Stock]")).ToHaveTextAsync("Tồn kho phải là số nguyên, từ 0 trở lên.");

            await page.Locator("#stock-form input[name=Stock]").FillAsync("3");
            await page.Locator("#stock-form button[type=submit]").ClickAsync();
            await Expect(page.Locator(".alert-success")).ToContainTextAsync("Tồn kho của " + name);
            await Expect(page.Locator($"[data-product-card='{productId}'] input[name=Stock]")).ToHaveValueAsync("3");
            await producer.ScreenshotAsync("portal-products-stock-390");
            Assert.True(producer.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", producer.ConsoleErrors));

            await using var shopper = await browser.OpenAsync("/san-pham/" + slug, Viewports.Mobile);
            await Expect(shopper.Page.Locator(".stock")).ToHaveTextAsync("Chỉ còn 3");
            await shopper.ScreenshotAsync("product-low-stock-390");
        }
        finally
        {
            await using var scope = browser.Site.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            await db.Products.Where(p => p.Id == productId).ExecuteDeleteAsync();
            // A bulk delete bypasses the save hook: tell the search index, as a normal delete would.
            db.SearchIndexQueue.Add(new SearchIndexQueueItem { Target = IndexTarget.Product, TargetId = productId, QueuedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
    }
}
