using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Search;
using OcopMarket.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OcopMarket.E2E.Tests.Shop;

/// <summary>
/// The shop journey in a real browser: a guest buys two products of two producers, once with cash on
/// delivery (desktop) and once with a VietQR transfer (on a phone, where the QR is shown); staff confirm the transfer;
/// each producer confirms, packs and hands over its own parcel; the guest's order page shows both parcels on their way.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class GuestBuysFromTwoProducersTests(BrowserFixture browser)
{
    [Fact]
    public async Task Guest_buys_from_two_producers_pays_by_cod_and_by_vietqr_and_each_producer_ships_its_part()
    {
        var (honey, tea) = await CreateProductsAsync();
        var orders = new List<string>();
        try
        {
            // 1. Cash on delivery, on a desktop.
            await using (var guest = await browser.OpenAsync("/san-pham/" + honey.Slug, Viewports.Desktop))
            {
                var number = await BuyAsync(guest, honey, tea, "Payments.CashOnDelivery", "shop-checkout-cod-1280");
                orders.Add(number);
                await Expect(guest.Page.Locator("[data-testid=shipment]")).ToHaveCountAsync(2);
                await Expect(guest.Page.Locator("[data-testid=payment-instructions]")).ToHaveCountAsync(0);
                await guest.ScreenshotAsync("shop-order-cod-1280");
                Assert.True(guest.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", guest.ConsoleErrors));
            }

            // 2. VietQR transfer, on a phone: the order page shows the QR and the transfer text.
            await using var phone = await browser.OpenAsync("/san-pham/" + honey.Slug, Viewports.Mobile);
            var transferNumber = await BuyAsync(phone, honey, tea, "Payments.VietQR", "shop-checkout-vietqr-390");
            orders.Add(transferNumber);
            var qr = phone.Page.Locator("#vietqr-instructions");
            await Expect(qr).ToBeVisibleAsync();
            await Expect(qr.Locator("svg, img").First).ToBeVisibleAsync();
            await Expect(qr).ToContainTextAsync(transferNumber);
            await phone.ScreenshotAsync("shop-order-vietqr-390");

            // 3. Staff see the money arrive and mark the transfer received.
            var orderId = await Db(db => db.Orders.Where(o => o.Number == transferNumber).Select(o => o.Id).SingleAsync());
            await using (var office = await browser.AsAsync(Roles.OfficeStaff, $"/admin/thanh-toan/chuyen-khoan/{orderId}", Viewports.Desktop))
            {
                office.Page.Dialog += (_, dialog) => dialog.AcceptAsync();
                await office.Page.Locator("#reference").FillAsync("FT26330" + transferNumber[^5..]);
                await office.Page.Locator("#mark-received button[type=submit]").ClickAsync();
                await Expect(office.Page.Locator("#payment-status")).ToContainTextAsync("Đã thanh toán");
            }
            Assert.Equal(PaymentStatus.Paid, await Db(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.PaymentStatus).SingleAsync()));

            // 4. Each producer ships its own parcel, on its phone.
            foreach (var product in new[] { honey, tea })
            {
                var shipmentId = await Db(db => db.Shipments.Where(s => s.OrderId == orderId && s.ProducerId == product.ProducerId).Select(s => s.Id).SingleAsync());
                await using var producer = await browser.AsAsync(Roles.Producer, $"/portal/don-hang/{shipmentId}", Viewports.Mobile, product.ProducerId);
                var page = producer.Page;
                page.Dialog += (_, dialog) => dialog.AcceptAsync();
                await Expect(page.Locator("body")).ToContainTextAsync(product.Name);
                await page.Locator("#confirm-form button[type=submit]").ClickAsync();
                await page.Locator("#pack-form button[type=submit]").ClickAsync();
                await page.Locator("#carrier").FillAsync("Viettel Post");
                await page.Locator("#tracking").FillAsync("VTP" + shipmentId.ToString("D8", System.Globalization.CultureInfo.InvariantCulture));
                await page.Locator("#handover-form button[type=submit]").ClickAsync();
                await Expect(page.Locator("#handover-form")).ToHaveCountAsync(0);
                if (product == honey) await producer.ScreenshotAsync("shop-portal-parcel-390");
                Assert.True(producer.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", producer.ConsoleErrors));
            }

            // 5. The guest sees both parcels with the carrier and tracking number.
            await phone.Page.ReloadAsync();
            await Expect(phone.Page.Locator("[data-testid=shipment-status]")).ToHaveTextAsync(["Đã giao cho đơn vị vận chuyển", "Đã giao cho đơn vị vận chuyển"]);
            await Expect(phone.Page.Locator("[data-testid=tracking]")).ToHaveCountAsync(2);
            await Expect(phone.Page.Locator("#vietqr-instructions")).ToHaveCountAsync(0);
            await phone.ScreenshotAsync("shop-order-shipped-390");
            Assert.True(phone.ConsoleErrors.Count == 0, "Console errors:\n" + string.Join("\n", phone.ConsoleErrors));
        }
        finally
        {
            await CleanUpAsync(orders, honey.Id, tea.Id);
        }
    }

    /// <summary>From the first product page: add both products, fill the checkout (address by selects), pick the payment, place.</summary>
    private static async Task<string> BuyAsync(SitePage tab, Product first, Product second, string payment, string screenshot)
    {
        var page = tab.Page;
        // The script fetches a token, then posts; the cart page follows.
        await page.Locator("#add-to-cart button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/gio-hang");
        await page.GotoAsync("/san-pham/" + second.Slug);
        await page.Locator("#add-to-cart button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/gio-hang");
        await Expect(page.Locator("[data-testid=cart-line]")).ToHaveCountAsync(2);
        await page.Locator("[data-testid=to-checkout]").ClickAsync();

        await page.Locator("#FullName").FillAsync("Trần Thị Thu");
        await page.Locator("#Phone").FillAsync("0987 654 321");
        await page.Locator("#Email").FillAsync("thu.tran@example.vn");
        // Each address level reloads the form (the select submits itself; without JavaScript an "Update" button does).
        var province = await page.Locator("#ProvinceId option[value]:not([value=''])").First.GetAttributeAsync("value");
        await page.Locator("#ProvinceId").SelectOptionAsync(province!);
        await Expect(page.Locator("#CommuneId")).ToBeEnabledAsync(); // the reloaded form offers the province's communes
        var commune = await page.Locator("#CommuneId option[value]:not([value=''])").First.GetAttributeAsync("value");
        await page.Locator("#CommuneId").SelectOptionAsync(commune!);
        await Expect(page.Locator("input[name=Shipping]").First).ToBeVisibleAsync(); // and now the delivery options for it
        await page.Locator("#AddressLine").FillAsync("Số 8 ngõ 12 Trần Phú");
        await Expect(page.Locator("input[name=Shipping]:checked")).ToHaveCountAsync(1);
        await page.Locator($"input[name=Payment][value='{payment}']").CheckAsync();
        await Expect(page.Locator("[data-testid=parcel-shipping]")).ToHaveCountAsync(2); // one parcel per producer
        await tab.ScreenshotAsync(screenshot);

        await page.Locator("[data-testid=place]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/don-hang/OCP[0-9A-Z]+"));
        await Expect(page.Locator("[data-testid=thanks]")).ToBeVisibleAsync();
        return new Uri(page.Url).AbsolutePath.Split('/')[^1];
    }

    private async Task<(Product Honey, Product Tea)> CreateProductsAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        return await Db(async db =>
        {
            var hoaCu = await db.Producers.Where(p => p.Slug == SlugGenerator.Generate("HTX Sản xuất và Kinh doanh Quả sạch Hòa Cư")).SingleAsync();
            var binhSon = await db.Producers.Where(p => p.Slug == SlugGenerator.Generate("HTX Nông nghiệp Bình Sơn")).SingleAsync();
            var category = await db.Categories.AsNoTracking().FirstAsync(c => c.Code == "1.1");
            Product Make(int producerId, string name, long price, int weight) => new()
            {
                Name = name, Slug = SlugGenerator.Generate(name) + "-" + suffix, ShortDescription = "Sản phẩm của phép thử mua hàng.",
                Description = "<p>Sản phẩm thử.</p>", ProducerId = producerId, CategoryId = category.Id, Price = price, Unit = "hộp",
                StockQuantity = 20, WeightGrams = weight, ModerationStatus = ModerationStatus.Approved, IsPublished = true,
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            var honey = Make(binhSon.Id, "Mật ong hoa nhãn Bình Sơn (thử)", 185_000, 700);
            var tea = Make(hoaCu.Id, "Nước cốt chanh leo Hòa Cư (thử)", 95_000, 500);
            db.Products.AddRange(honey, tea);
            await db.SaveChangesAsync();
            return (honey, tea);
        });
    }

    private Task CleanUpAsync(IReadOnlyCollection<string> numbers, params int[] productIds) => Db(async db =>
    {
        var ids = await db.Orders.Where(o => numbers.Contains(o.Number) || o.Lines.Any(l => productIds.Contains(l.ProductId))).Select(o => o.Id).ToListAsync();
        await db.OrderEvents.Where(e => ids.Contains(e.OrderId)).ExecuteDeleteAsync();
        await db.Refunds.Where(r => ids.Contains(r.OrderId)).ExecuteDeleteAsync();
        await db.Payments.Where(p => ids.Contains(p.OrderId)).ExecuteDeleteAsync();
        await db.OrderLines.Where(l => ids.Contains(l.OrderId)).ExecuteDeleteAsync();
        await db.Shipments.Where(s => ids.Contains(s.OrderId)).ExecuteDeleteAsync();
        await db.Orders.Where(o => ids.Contains(o.Id)).ExecuteDeleteAsync();
        await db.CartLines.Where(l => productIds.Contains(l.ProductId)).ExecuteDeleteAsync();
        await db.Products.Where(p => productIds.Contains(p.Id)).ExecuteDeleteAsync();
        // A bulk delete bypasses the save hook: tell the search index, as a normal delete would.
        db.SearchIndexQueue.AddRange(productIds.Select(id => new SearchIndexQueueItem { Target = IndexTarget.Product, TargetId = id, QueuedAt = DateTimeOffset.UtcNow }));
        await db.SaveChangesAsync();
        return 0;
    });

    private async Task<T> Db<T>(Func<OcopDbContext, Task<T>> work)
    {
        await using var scope = browser.Site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OcopDbContext>());
    }
}
