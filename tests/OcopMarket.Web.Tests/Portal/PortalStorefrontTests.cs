using Microsoft.EntityFrameworkCore;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Portal;

/// <summary>The producer's storefront form: sanitised story, Vietnamese phone numbers, map pin, logo; register data stays the office's.</summary>
public abstract class PortalStorefrontTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    [Fact]
    public async Task Producer_saves_story_contacts_pin_and_logo_and_cannot_rename_itself()
    {
        await using var producer = await Site.TemporaryProducerAsync("Hộ kinh doanh Gian hàng " + Guid.NewGuid().ToString("N")[..6]);
        var (client, producerId, name) = (producer.Client, producer.Id, producer.Name);

        var form = await client.GetDocumentAsync("/portal/cua-hang");
        Assert.Equal(name, form.QuerySelector("[data-field='name']")?.TextContent.Trim());
        // Simple paragraphs are edited as text, not as tags.
        Assert.Equal("Câu chuyện cũ.", form.QuerySelector("textarea[name='Story']")?.TextContent.Trim());

        using var saved = await client.SubmitMultipartFormAsync(form, "form#storefront-form",
            [
                ("Story", "Ba thế hệ làm bánh.\n\nGói tay <script>alert('x')</script>mỗi ngày & đêm < 2 giờ.\nLá gai rừng."),
                ("Phone", "+84 912.345.678"), ("Email", "lienhe@banh.vn"), ("Website", "banh.vn"), ("Representative", "Lê Thị  Mai"),
                ("Address", "Thôn 2"), ("Latitude", "21,9203"), ("Longitude", "106.8342"),
                ("Name", "Tên giả mạo"), ("Slug", "gia-mao"), ("IsPublished", "true"), ("CommuneId", "1"),
            ],
            new UploadFile("Logo", "logo.png", PortalSamples.Png(120, 120), "image/png"));

        Assert.Equal("/portal/cua-hang", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await saved.ReadDocumentAsync();
        Assert.Contains("Đã lưu gian hàng", page.StatusMessage(), StringComparison.Ordinal);
        var p = await Site.DbAsync(db => db.Producers.AsNoTracking().FirstAsync(x => x.Id == producerId));
        Assert.Equal("<p>Ba thế hệ làm bánh.</p><p>Gói tay mỗi ngày &amp; đêm &lt; 2 giờ.<br>Lá gai rừng.</p>", p.Story);
        Assert.Equal("+84 912.345.678", p.Phone);
        Assert.Equal("https://banh.vn", p.Website);
        Assert.Equal("Lê Thị Mai", p.Representative);
        Assert.Equal(21.9203, p.Latitude);
        Assert.Equal(106.8342, p.Longitude);
        Assert.NotNull(p.LogoMediaId);
        Assert.NotNull(page.QuerySelector($"img[data-logo='{p.LogoMediaId}']"));
        // Register data is the office's.
        Assert.Equal(name, p.Name);
        Assert.False(p.IsPublished);
        Assert.NotEqual("gia-mao", p.Slug);
    }

    [Fact]
    public async Task Wrong_phone_web_address_and_coordinates_are_explained_and_nothing_is_saved()
    {
        await using var producer = await Site.TemporaryProducerAsync("Hộ kinh doanh Sai số " + Guid.NewGuid().ToString("N")[..6]);
        var (client, producerId) = (producer.Client, producer.Id);
        var form = await client.GetDocumentAsync("/portal/cua-hang");

        using var response = await client.SubmitMultipartFormAsync(form, "form#storefront-form",
            [("Phone", "12345"), ("Website", "javascript:alert(1)"), ("Latitude", "48.85"), ("Longitude", ""), ("Email", "khong-phai-email"), ("Address", "")],
            new UploadFile("Logo", "logo.png", PortalSamples.Text, "image/png"));

        var page = await response.ReadDocumentAsync();
        Assert.Equal("Vui lòng nhập số điện thoại Việt Nam, ví dụ 0912 345 678 hoặc 0205 3861 234.", page.FieldError("Phone"));
        Assert.Equal("Vui lòng nhập địa chỉ trang web, ví dụ https://hoacu.vn.", page.FieldError("Website"));
        Assert.StartsWith("Vĩ độ phải là số từ 6 đến 24", page.FieldError("Latitude"), StringComparison.Ordinal);
        Assert.Equal("Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.", page.FieldError("Longitude"));
        Assert.Equal("Vui lòng nhập địa chỉ email hợp lệ.", page.FieldError("Email"));
        Assert.Equal("Vui lòng nhập địa chỉ.", page.FieldError("Address"));
        var p = await Site.DbAsync(db => db.Producers.AsNoTracking().FirstAsync(x => x.Id == producerId));
        Assert.Equal("0912 345 678", p.Phone);
        Assert.Equal("Thôn 1", p.Address);
        Assert.Null(p.LogoMediaId);

        // A logo that is not an image is refused with the image pipeline's message once the rest is right.
        using var logo = await client.SubmitMultipartFormAsync(form, "form#storefront-form", [],
            new UploadFile("Logo", "logo.png", PortalSamples.Text, "image/png"));
        Assert.Equal("Tệp không phải là ảnh hợp lệ (JPEG, PNG, WebP).", (await logo.ReadDocumentAsync()).FieldError("Logo"));
        Assert.Null(await Site.DbAsync(db => db.Producers.Where(x => x.Id == producerId).Select(x => x.LogoMediaId).FirstAsync()));
    }

    [Theory]
    [InlineData("0912 345 678", true)]
    [InlineData("0205 3861 234", true)]
    [InlineData("+84 237 3867 111", true)]
    [InlineData("(028) 3822 1234", true)]
    [InlineData("1900 6868", true)]
    [InlineData("0123 456 789", false)] // 012x mobiles were renumbered in 2018
    [InlineData("091234567", false)]
    [InlineData("+1 415 555 0100", false)]
    [InlineData("hotline", false)]
    public void Vietnamese_phone_numbers(string phone, bool valid) =>
        Assert.Equal(valid, OcopMarket.Core.Common.VietnamesePhone.IsValid(phone));
}

[Collection(Collections.Sqlite)]
public sealed class PortalStorefrontSqliteTests(SqliteWebFactory site) : PortalStorefrontTests(site);

[Collection(Collections.Postgres)]
public sealed class PortalStorefrontPostgresTests(PostgresWebFactory site) : PortalStorefrontTests(site);
