using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Coupons;

/// <summary>/admin/ma-giam-gia through its real forms: create, validation, list, uses, delete-or-deactivate, roles.</summary>
public abstract class CouponsAdminTests(OcopWebFactory site)
{
    [Fact]
    public async Task Trade_promotion_creates_lists_and_removes_codes()
    {
        await using var kit = new CouponTestKit(site);
        var (client, _) = await site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _c = client;
        var code = "HE-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        try
        {
            var form = await client.GetDocumentAsync("/admin/ma-giam-gia/them");
            Assert.Matches("^[A-Z2-9]{8}$", ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#Code")!).Value); // a generated code to start from

            // Invalid: accents in the code, a 95 % discount, the end before the start.
            using (var r = await client.SubmitFormAsync(form, "form#coupon-form", new Dictionary<string, string?>
                   { ["Code"] = "mã hè", ["DiscountValue"] = "95", ["StartsAt"] = "2026-12-10T00:00", ["EndsAt"] = "2026-12-01T00:00" }))
            {
                var page = await r.ReadDocumentAsync();
                var errors = page.QuerySelector("#error-summary")!.TextContent;
                Assert.Contains("Mã chỉ gồm chữ A–Z", errors, StringComparison.Ordinal);
                Assert.Contains("Tỷ lệ giảm phải từ 1 đến 90%", errors, StringComparison.Ordinal);
                Assert.Contains("Thời điểm kết thúc phải sau thời điểm bắt đầu", errors, StringComparison.Ordinal);
            }

            using (var r = await client.SubmitFormAsync(form, "form#coupon-form", new Dictionary<string, string?>
                   {
                       ["Code"] = " " + code.ToLowerInvariant() + " ", ["Description"] = "Mùa hè", ["DiscountKind"] = "Percent", ["DiscountValue"] = "15",
                       ["MaxDiscount"] = "40000", ["MinOrderSubtotal"] = "300000", ["StartsAt"] = "2026-12-01T00:00", ["EndsAt"] = "2027-01-01T00:00",
                       ["MaxUses"] = "50", ["MaxUsesPerCustomer"] = "1",
                   }))
            {
                Assert.Equal(HttpStatusCode.OK, r.StatusCode);
                Assert.Matches("^/admin/ma-giam-gia/\\d+$", r.RequestMessage!.RequestUri!.AbsolutePath);
            }
            var saved = await site.DbAsync(db => db.Coupons.AsNoTracking().SingleAsync(c => c.Code == code));
            Assert.Equal((DiscountKind.Percent, 15L, 40_000L, 300_000L, 50, 1), (saved.DiscountKind, saved.DiscountValue, saved.MaxDiscount!.Value, saved.MinOrderSubtotal, saved.MaxUses!.Value, saved.MaxUsesPerCustomer!.Value));
            Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero), saved.StartsAt); // typed in Việt Nam time

            // The same code again is refused with a clear message.
            var again = await client.GetDocumentAsync("/admin/ma-giam-gia/them");
            using (var r = await client.SubmitFormAsync(again, "form#coupon-form", new Dictionary<string, string?> { ["Code"] = code, ["DiscountValue"] = "10" }))
                Assert.Contains($"Mã {code} đã được dùng cho một mã giảm giá khác.", (await r.ReadDocumentAsync()).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);

            // Listed as "0 / 50", found by its code, filtered as scheduled (starts on 1 December).
            var list = await client.GetDocumentAsync("/admin/ma-giam-gia?q=" + code.ToLowerInvariant() + "&status=Scheduled");
            var row = list.QuerySelector($"#coupon-list tr[data-code='{code}']")!;
            Assert.Equal("0 / 50", row.QuerySelector("[data-col='uses']")!.TextContent.Trim());
            Assert.Empty((await client.GetDocumentAsync("/admin/ma-giam-gia?q=" + code + "&status=Active")).QuerySelectorAll($"tr[data-code='{code}']"));

            // Never used: it can be deleted.
            var edit = await client.GetDocumentAsync("/admin/ma-giam-gia/" + saved.Id);
            using (var r = await client.SubmitFormAsync(edit, "form[action$='/xoa']"))
                Assert.Equal("/admin/ma-giam-gia", r.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.False(await site.DbAsync(db => db.Coupons.AnyAsync(c => c.Id == saved.Id)));
        }
        finally
        {
            await site.DbAsync(db => db.Coupons.Where(c => c.Code == code).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task A_used_code_is_switched_off_not_deleted_and_its_uses_are_listed()
    {
        await using var kit = new CouponTestKit(site);
        var honey = await kit.ProductAsync("hoa-cu", 150_000);
        var coupon = await kit.CouponAsync(c => c.MaxUses = 5);
        var placed = await kit.PlaceAsync(coupon.Code, [(honey, 1)], phone: "0987654321");
        Assert.True(placed.Succeeded, placed.Error);
        var (client, _) = await site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _c = client;

        var uses = await client.GetDocumentAsync($"/admin/ma-giam-gia/{coupon.Id}/luot-dung");
        var row = uses.QuerySelector($"#redemption-list tr[data-order='{placed.Value!.Number}']")!;
        Assert.Contains("phone:•••••••321", row.TextContent, StringComparison.Ordinal); // a guest's phone is masked
        Assert.DoesNotContain("0987654321", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"a[href='/admin/don-hang/{placed.Value.Number}']"));

        var edit = await client.GetDocumentAsync("/admin/ma-giam-gia/" + coupon.Id);
        Assert.Null(edit.QuerySelector("#delete-coupon"));
        using (var r = await client.SubmitFormAsync(edit, "form[action$='/trang-thai']")) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.False((await kit.ReloadAsync(coupon.Id)).IsActive);
        Assert.Equal("This code does not exist.", (await kit.PlaceAsync(coupon.Code, [(honey, 1)], phone: "0987654000")).Error);

        // Deleting by a crafted POST is refused too.
        var token = await client.GetAntiforgeryTokenAsync("/admin/ma-giam-gia");
        using (await client.PostFormAsync($"/admin/ma-giam-gia/{coupon.Id}/xoa", [new(SiteTestHelpers.AntiforgeryField, token)])) { }
        Assert.True(await site.DbAsync(db => db.Coupons.AnyAsync(c => c.Id == coupon.Id)));
    }

    [Theory]
    [InlineData(Roles.Producer)]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Customer)]
    public async Task Other_roles_are_refused(string role)
    {
        var (client, _) = await site.CreateSignedInClientAsync(role, role == Roles.Producer ? await site.DbAsync(db => db.Producers.Select(p => p.Id).FirstAsync()) : null);
        using var _c = client;
        using var response = await client.GetAsync(new Uri("/admin/ma-giam-gia", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CouponsAdminSqliteTests(SqliteWebFactory site) : CouponsAdminTests(site);

[Collection(Collections.Postgres)]
public sealed class CouponsAdminPostgresTests(PostgresWebFactory site) : CouponsAdminTests(site);
