using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Tests.Checkout;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;
using static OcopMarket.Web.Tests.Checkout.CheckoutTestKit;

namespace OcopMarket.Web.Tests.Coupons;

/// <summary>The buyer's side through the real checkout without JavaScript: "Apply" previews, placing re-checks, order pages show the code.</summary>
public abstract class CouponCheckoutTests(OcopWebFactory site)
{
    [Fact]
    public async Task Apply_previews_the_discount_or_says_why_not_and_the_order_keeps_the_code()
    {
        await using var shop = new CheckoutTestKit(site);
        await using var coupons = new CouponTestKit(site);
        var honey = await shop.ProductAsync("binh-son", 150_000, stock: 10);
        var now = site.Time.GetUtcNow();
        var expired = await coupons.CouponAsync(c => { c.StartsAt = now.AddDays(-10); c.EndsAt = new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.Zero); });
        var later = await coupons.CouponAsync(c => c.StartsAt = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        var big = await coupons.CouponAsync(c => c.MinOrderSubtotal = 500_000);
        var good = await coupons.CouponAsync(c => { c.DiscountValue = 10; c.MaxDiscount = 20_000; });
        var (client, _) = site.CreateClientWithCookies();
        using var _c = client;
        await AddOkAsync(client, honey, 2);
        var ready = await shop.CheckoutReadyAsync(client);

        async Task<IHtmlDocument> Apply(string code) =>
            (IHtmlDocument)await Submit(client, ready, new Dictionary<string, string?> { ["CouponCode"] = code, ["step"] = "coupon" });
        string CouponError(IHtmlDocument page) => page.QuerySelector("[data-testid='coupon-error']")?.TextContent.Trim() ?? "";

        Assert.Equal("Mã giảm giá này không tồn tại.", CouponError(await Apply("KHONG-CO")));
        Assert.Equal("Mã này đã hết hạn lúc 00:00 21/11/2026.", CouponError(await Apply(expired.Code)));
        Assert.Equal("Mã này chỉ dùng được từ 08:00 01/12/2026.", CouponError(await Apply(later.Code)));
        Assert.Equal("Hãy mua thêm 200.000 ₫ sản phẩm được áp dụng để dùng mã này (đơn tối thiểu 500.000 ₫).", CouponError(await Apply(big.Code)));

        var applied = await Apply(good.Code.ToLowerInvariant());
        Assert.Equal(good.Code, applied.QuerySelector<IHtmlInputElement>("#CouponCode")!.Value); // kept, upper-cased
        Assert.Contains("20.000 ₫", applied.QuerySelector("[data-testid='coupon-ok']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("−20.000 ₫", applied.QuerySelector("[data-testid='discount']")!.TextContent.Trim());
        Assert.Equal(0, await site.DbAsync(db => db.CouponRedemptions.CountAsync(r => r.CouponId == good.Id))); // a preview takes no use

        var (response, orderPage) = await PlaceAsync(client, applied);
        using (response)
        {
            Assert.StartsWith("/don-hang/", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
            var number = response.RequestMessage.RequestUri.AbsolutePath["/don-hang/".Length..];
            var order = await site.DbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Number == number));
            Assert.Equal((good.Code, 20_000L), (order.CouponCode, order.DiscountTotal));
            Assert.Equal("−20.000 ₫", orderPage.QuerySelector("[data-testid='order-discount']")!.TextContent.Trim());
            Assert.Contains(good.Code, orderPage.QuerySelector(".order-summary")!.TextContent, StringComparison.Ordinal);

            // The office's order page shows the code and the discount.
            var (office, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
            using (office)
            {
                var admin = await office.GetDocumentAsync("/admin/don-hang/" + number);
                Assert.Equal(good.Code, admin.QuerySelector("[data-coupon]")!.TextContent.Trim());
                Assert.Equal("−20.000 ₫", admin.QuerySelector("[data-discount]")!.TextContent.Trim());
            }
        }
    }

    [Fact]
    public async Task Placing_with_a_code_used_up_since_the_preview_is_refused_with_the_message()
    {
        await using var shop = new CheckoutTestKit(site);
        await using var coupons = new CouponTestKit(site);
        var honey = await shop.ProductAsync("binh-son", 150_000, stock: 10);
        var single = await coupons.CouponAsync(c => c.MaxUses = 1);
        var (client, _) = site.CreateClientWithCookies();
        using var _c = client;
        await AddOkAsync(client, honey, 1);
        var ready = await shop.CheckoutReadyAsync(client);
        var applied = await Submit(client, ready, new Dictionary<string, string?> { ["CouponCode"] = single.Code, ["step"] = "coupon" });
        Assert.NotNull(applied.QuerySelector("[data-testid='coupon-ok']"));

        // Someone else takes the last use between the preview and "Place order".
        Assert.True((await coupons.PlaceAsync(single.Code, [(honey, 1)], phone: "0987555666")).Succeeded);

        var (response, page) = await PlaceAsync(client, applied);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("/thanh-toan", response.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains("Mã giảm giá này đã hết lượt sử dụng.", page.QuerySelector("[data-testid='errors']")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(1, await site.DbAsync(db => db.Orders.CountAsync(o => o.Lines.Any(l => l.ProductId == honey.Id))));
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class CouponCheckoutSqliteTests(SqliteWebFactory site) : CouponCheckoutTests(site);

[Collection(Collections.Postgres)]
public sealed class CouponCheckoutPostgresTests(PostgresWebFactory site) : CouponCheckoutTests(site);
