using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.BackOffice;

/// <summary>A producer's submitted listing: hidden from the shop until the office approves it in the moderation queue.</summary>
[Collection(E2ECollection.Name)]
public sealed class ModerationFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Office_approves_a_submitted_product_and_it_appears_in_the_catalog()
    {
        var slug = "mien-dong-thu-" + Guid.NewGuid().ToString("N")[..6];
        const string name = "Miến dong Bình Liêu (thử)";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            var template = await db.Products.AsNoTracking().FirstAsync(p => p.Slug == "mat-ong-binh-son");
            db.Products.Add(new Product
            {
                Name = name, Slug = slug, ShortDescription = "Miến dong làm thủ công, sợi dai, không chất tẩy trắng.",
                Description = "<p>Miến dong từ củ dong riềng trồng trên đồi Bình Liêu.</p>", ProducerId = template.ProducerId,
                CategoryId = template.CategoryId, Price = 95_000, Unit = "gói 500 g", StockQuantity = 40,
                ModerationStatus = ModerationStatus.Submitted, IsPublished = false,
                SubmittedAt = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        // Not in the shop yet.
        await using (var visitor = await browser.OpenAsync("/", Viewports.Desktop))
        {
            var before = await visitor.Page.GotoAsync("/san-pham/" + slug);
            Assert.Equal(404, before!.Status);
        }

        await using var office = await browser.AsAsync(Roles.OfficeStaff, "/admin/kiem-duyet", Viewports.Desktop);
        var page = office.Page;
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // the "approve and publish?" confirmation
        var row = page.Locator("#moderation-queue tbody tr", new() { HasText = name });
        await Expect(row).ToBeVisibleAsync();
        await office.ScreenshotAsync("admin-moderation-queue-1280");
        await row.Locator("a.fw-semibold").ClickAsync();
        await Expect(page.Locator("#approve-form")).ToBeVisibleAsync();
        await office.ScreenshotAsync("admin-moderation-review-1280");
        await page.Locator("#approve-form button[type=submit]").ClickAsync();
        await Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
        await Expect(page.Locator("#moderation-queue tbody tr", new() { HasText = name })).ToHaveCountAsync(0);

        // Now the shop shows it: its own page at once, and the group listing once the index caught up.
        await using var shopper = await browser.OpenAsync("/san-pham/" + slug, Viewports.Mobile);
        await Expect(shopper.Page.Locator("h1")).ToContainTextAsync("Miến dong Bình Liêu");
        await Expect(shopper.Page.Locator("body")).ToContainTextAsync("95.000");
        // The search index is fed by a background worker: poll the search page for a while.
        var found = false;
        for (var attempt = 0; attempt < 40 && !found; attempt++)
        {
            await shopper.Page.GotoAsync("/tim-kiem?q=" + Uri.EscapeDataString("mien dong binh lieu"));
            found = await shopper.Page.Locator($"a[href='/san-pham/{slug}']").CountAsync() > 0;
            if (!found) await Task.Delay(500);
        }
        Assert.True(found, "the approved product never appeared in search results");
        await shopper.ScreenshotAsync("storefront-search-approved-product-390");
    }
}
