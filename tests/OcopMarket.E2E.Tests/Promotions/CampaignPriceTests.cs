using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Promotions;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.Promotions;

/// <summary>
/// Issue 8: promotion staff create a campaign in the back office and, with nobody pressing anything else, shoppers
/// see the campaign price (and the price before it) on the product page and the campaign's landing page.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class CampaignPriceTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_campaign_created_in_the_back_office_shows_its_price_on_the_storefront()
    {
        // A published product no live campaign covers yet, so ours (25 % off) is the one that applies.
        var candidates = await Db(db => db.Products.AsNoTracking().Where(p => p.IsPublished && p.Producer!.IsPublished && p.Price >= 50_000)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Name, p.Slug, p.Price }).ToListAsync());
        var prices = await Scoped(s => s.GetRequiredService<CampaignPricing>().PricesAsync(candidates.Select(c => c.Id).ToList()));
        var product = candidates.First(c => !prices[c.Id].IsDiscounted);
        var expected = product.Price - DiscountMath.DiscountOn(product.Price, DiscountKind.Percent, 25, null);
        var name = "Chiến dịch thử E2E " + Guid.NewGuid().ToString("N")[..6];

        try
        {
            await using var office = await browser.AsAsync(Roles.TradePromotion, "/admin/chien-dich/them", Viewports.Desktop);
            var admin = office.Page;
            await admin.Locator("#campaign-form input[name=Name]").FillAsync(name);
            // The E2E clock stands at 25/11/2026 10:00 (Việt Nam): the campaign runs from the 20th to the end of the year.
            await admin.Locator("#campaign-form input[name=StartsAt]").FillAsync("2026-11-20T00:00");
            await admin.Locator("#campaign-form input[name=EndsAt]").FillAsync("2026-12-31T23:59");
            await admin.Locator("label[for=kind-percent]").ClickAsync();
            await admin.Locator("#campaign-form input[name=DiscountValue]").FillAsync("25");
            await admin.Locator("label[for=scope-products]").ClickAsync();
            await admin.Locator("#product-filter").FillAsync(product.Name);
            await admin.Locator($"#product-{product.Id}").CheckAsync();
            await admin.Locator("#campaign-form textarea[name=Summary]").FillAsync("Giảm 25% cho sản phẩm thử nghiệm trong dịp cuối năm.");
            await admin.Locator("#IsPublished").CheckAsync();
            await admin.Locator("#save-campaign").ClickAsync();
            await Expect(admin).ToHaveURLAsync(new Regex(@"/admin/chien-dich(/\d+)?(\?.*)?$"));
            await Expect(admin.Locator("body")).ToContainTextAsync(name);
            await office.ScreenshotAsync("campaign-admin-saved-1280");
            Assert.True(office.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", office.ConsoleErrors));

            var campaign = await Db(db => db.Campaigns.AsNoTracking().Where(c => c.Name == name).Select(c => new { c.Slug, c.IsPublished }).SingleAsync());
            Assert.True(campaign.IsPublished);

            // A shopper on a phone: the product page shows the campaign price, the price before it and the campaign.
            await using var shopper = await browser.OpenAsync("/san-pham/" + product.Slug, Viewports.Mobile);
            var page = shopper.Page;
            var block = page.Locator("[data-testid=price-block]");
            await Expect(block.Locator(".price")).ToHaveAttributeAsync("data-price", expected.ToString(CultureInfo.InvariantCulture));
            await Expect(block.Locator(".price")).ToHaveTextAsync(Vnd.Format(expected));
            await Expect(block.Locator(".price-was")).ToHaveTextAsync(Vnd.Format(product.Price));
            await Expect(block.Locator("[data-testid=campaign-note]")).ToContainTextAsync(name);
            await shopper.ScreenshotAsync("campaign-product-price-390");

            // Its landing page lists the product at the campaign price.
            await block.Locator("[data-testid=campaign-note] a").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/chien-dich/" + Regex.Escape(campaign.Slug) + "$"));
            var card = page.Locator($".product-card:has(a[href='/san-pham/{product.Slug}'])");
            await Expect(card).ToContainTextAsync(Vnd.Format(expected));
            await shopper.ScreenshotAsync("campaign-landing-390");
            Assert.True(shopper.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", shopper.ConsoleErrors));
            Assert.True(shopper.BrokenRequests.Count == 0, "Broken requests:\n" + string.Join("\n", shopper.BrokenRequests));
        }
        finally
        {
            // Other tests read product prices: the campaign goes, and so do pages cached with its price.
            await Db(db => db.Campaigns.Where(c => c.Name == name).ExecuteDeleteAsync());
            await Scoped(s => s.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Web.Framework.CacheTags.Storefront, default).AsTask());
        }
    }

    private Task<T> Db<T>(Func<OcopDbContext, Task<T>> work) => Scoped(s => work(s.GetRequiredService<OcopDbContext>()));

    private async Task<T> Scoped<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = browser.Site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private async Task Scoped(Func<IServiceProvider, Task> work)
    {
        await using var scope = browser.Site.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }
}
