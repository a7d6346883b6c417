using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Settings;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.SystemAdmin;

/// <summary>/admin/cai-dat: validated, stored in SiteSettings, and shown by the storefront at once.</summary>
public abstract class SettingsAdminTests(OcopWebFactory site)
{
    private const string Path = "/admin/cai-dat";

    private static readonly string[] Keys =
    [
        SettingKeys.ShopName, SettingKeys.Hotline, SettingKeys.ContactEmail, SettingKeys.OfficeName,
        SettingKeys.OfficeAddress, SettingKeys.FooterNote, SettingKeys.StorefrontPageSize,
    ];

    /// <summary>Back to "nothing set", so other tests of the collection see the defaults.</summary>
    private async Task ClearAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Web.Features.SystemAdmin.StorefrontSettings>()
            .SaveAsync(Keys.ToDictionary(k => k, _ => (string?)null), default);
    }

    [Fact]
    public async Task Saved_settings_are_stored_and_the_footer_shows_them_at_once()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var c = client;
        using var visitor = site.CreateClient();
        var before = await visitor.GetDocumentAsync("/");
        Assert.Null(before.QuerySelector("[data-footer-contact]"));
        try
        {
            var page = await client.GetDocumentAsync(Path);
            using (var saved = await client.SubmitFormAsync(page, "form#site-settings", new Dictionary<string, string?>
            {
                ["ShopName"] = "Chợ OCOP Triệu Sơn",
                ["Hotline"] = "0237 3 812 345",
                ["ContactEmail"] = "ocop@trieuson.thanhhoa.gov.vn",
                ["OfficeName"] = "Phòng Kinh tế và Hạ tầng huyện Triệu Sơn",
                ["OfficeAddress"] = "Thị trấn Triệu Sơn, tỉnh Thanh Hóa",
                ["FooterNote"] = "Cơ quan quản lý: UBND huyện Triệu Sơn <b>không phải HTML</b>",
                ["StorefrontPageSize"] = "12",
            }))
            {
                Assert.Equal(Path, saved.RequestMessage!.RequestUri!.AbsolutePath);
                Assert.Contains("Đã lưu cài đặt.", await saved.ReadTextAsync(), StringComparison.Ordinal);
            }

            var stored = await site.DbAsync(db => db.SiteSettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value));
            Assert.Equal("0237 3 812 345", stored[SettingKeys.Hotline]);
            Assert.Equal("Phòng Kinh tế và Hạ tầng huyện Triệu Sơn", stored[SettingKeys.OfficeName]);
            Assert.Equal("12", stored[SettingKeys.StorefrontPageSize]);

            // The anonymous home page was cached before the save; the save evicted it.
            var home = await visitor.GetDocumentAsync("/");
            var contact = home.QuerySelector("[data-footer-contact]");
            Assert.NotNull(contact);
            Assert.Equal("0237 3 812 345", contact.QuerySelector("[data-hotline]")?.TextContent.Trim());
            Assert.Equal("tel:02373812345", contact.QuerySelector("[data-hotline]")?.GetAttribute("href"));
            Assert.Equal("mailto:ocop@trieuson.thanhhoa.gov.vn", contact.QuerySelector("[data-contact-email]")?.GetAttribute("href"));
            Assert.Contains("Phòng Kinh tế và Hạ tầng huyện Triệu Sơn", contact.TextContent, StringComparison.Ordinal);
            var note = home.QuerySelector("[data-footer-note]");
            Assert.Equal("Cơ quan quản lý: UBND huyện Triệu Sơn <b>không phải HTML</b>", note?.TextContent.Trim());
            Assert.Null(note!.QuerySelector("b"));
            Assert.Contains("Chợ OCOP Triệu Sơn", home.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);

            // The listing's default page size follows the setting.
            var listing = await visitor.GetDocumentAsync("/danh-muc");
            Assert.Equal(12, listing.QuerySelectorAll(".product-card").Length);

            // The form shows what is stored.
            page = await client.GetDocumentAsync(Path);
            Assert.Equal("ocop@trieuson.thanhhoa.gov.vn", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#ContactEmail")?.Value);
        }
        finally
        {
            await ClearAsync();
        }
        Assert.Null((await visitor.GetDocumentAsync("/")).QuerySelector("[data-footer-contact]"));
    }

    [Fact]
    public async Task Invalid_values_are_refused_in_vietnamese_and_nothing_is_stored()
    {
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var c = client;
        var page = await client.GetDocumentAsync(Path);
        using var refused = await client.SubmitFormAsync(page, "form#site-settings", new Dictionary<string, string?>
        {
            ["ShopName"] = "",
            ["Hotline"] = "gọi cho tôi",
            ["ContactEmail"] = "khong-phai-email",
            ["OfficeName"] = new string('x', 201),
            ["StorefrontPageSize"] = "1000",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal("Vui lòng nhập tên cửa hàng.", SystemAdminTestHelpers.FieldError(doc, "ShopName"));
        Assert.Equal("Vui lòng nhập số điện thoại hợp lệ.", SystemAdminTestHelpers.FieldError(doc, "Hotline"));
        Assert.Equal("Vui lòng nhập địa chỉ email hợp lệ.", SystemAdminTestHelpers.FieldError(doc, "ContactEmail"));
        Assert.Equal("Tên cơ quan không được dài quá 200 ký tự.", SystemAdminTestHelpers.FieldError(doc, "OfficeName"));
        Assert.Equal("Vui lòng chọn một trong các số lượng có sẵn.", SystemAdminTestHelpers.FieldError(doc, "StorefrontPageSize"));
        Assert.Equal(0, await site.DbAsync(db => db.SiteSettings.CountAsync(s => Keys.Contains(s.Key))));
    }

    [Fact]
    public async Task Settings_are_for_the_office_only()
    {
        foreach (var role in new[] { Roles.Inspector, Roles.TradePromotion, Roles.Customer })
        {
            var (client, _) = await site.CreateSignedInRawClientAsync(role);
            using var c = client;
            using var get = await client.GetAsync(new Uri(Path, UriKind.Relative));
            Assert.True(get.IsDenied(), $"{role}: {(int)get.StatusCode}");
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class SettingsAdminTestsSqlite(SqliteWebFactory site) : SettingsAdminTests(site);

[Collection(Collections.Postgres)]
public sealed class SettingsAdminTestsPostgres(PostgresWebFactory site) : SettingsAdminTests(site);
