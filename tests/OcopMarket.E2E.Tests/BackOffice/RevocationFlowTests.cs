using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.BackOffice;

/// <summary>After an inspection, the office revokes a certificate; the product loses its star badge at once.</summary>
[Collection(E2ECollection.Name)]
public sealed class RevocationFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Office_revokes_a_certificate_and_the_badge_disappears_from_the_product_page()
    {
        var slug = "nuoc-mam-thu-" + Guid.NewGuid().ToString("N")[..6];
        int certificateId;
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            var template = await db.Products.AsNoTracking().FirstAsync(p => p.Slug == "mat-ong-binh-son");
            var product = new Product
            {
                Name = "Nước mắm cá cơm Tam Quan (thử)", Slug = slug, ShortDescription = "Nước mắm nhĩ ủ chượp 12 tháng.",
                Description = "<p>Ủ trong thùng gỗ.</p>", ProducerId = template.ProducerId, CategoryId = template.CategoryId,
                Price = 150_000, Unit = "chai 500 ml", StockQuantity = 20,
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            var issued = new DateOnly(2025, 3, 10);
            var certificate = new Certificate
            {
                DecisionNumber = "88/QĐ-UBND-THU", IssuingBody = "UBND tỉnh Bình Định", CouncilLevel = CouncilLevel.Province,
                Stars = 4, Score = 76.5m, IssuedOn = issued, ExpiresOn = CertificateStatusPolicy.DefaultExpiry(issued),
            };
            product.Certificates.Add(certificate);
            db.Products.Add(product);
            await db.SaveChangesAsync();
            certificateId = certificate.Id;
        }

        await using (var before = await browser.OpenAsync("/san-pham/" + slug, Viewports.Desktop))
            await Expect(before.Page.Locator("[data-testid='ocop-badge'] .ocop-seal-stars")).ToHaveTextAsync("★★★★");

        await using var office = await browser.AsAsync(Roles.OfficeStaff, $"/admin/chung-nhan/{certificateId}", Viewports.Desktop);
        var page = office.Page;
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // "Revoke certificate …?"
        await page.Locator("#revoke textarea").FillAsync("Kiểm tra ngày 20/11/2026: cơ sở ngừng sản xuất hơn 6 tháng, vẫn dùng tem OCOP.");
        await page.Locator("#revoke input[name='Revoke.DecisionNumber']").FillAsync("412/QĐ-UBND");
        await page.Locator("#revoke button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid='revocation']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid='revocation']")).ToContainTextAsync("412/QĐ-UBND");
        await office.ScreenshotAsync("admin-certificate-revoked-1280");

        await using var after = await browser.OpenAsync("/san-pham/" + slug, Viewports.Mobile);
        await Expect(after.Page.Locator("h1")).ToContainTextAsync("Nước mắm cá cơm Tam Quan");
        await Expect(after.Page.Locator("[data-testid='ocop-badge']")).ToHaveCountAsync(0);
        await Expect(after.Page.Locator("[data-testid='certification-note']")).ToContainTextAsync("đã bị thu hồi ngày 25/11/2026");
        await after.ScreenshotAsync("product-after-revocation-390");
    }
}
