using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Fairs;

/// <summary>/admin/hoi-cho: who may enter, the form's checks, booths (one per producer), and the storefront cache after edits.</summary>
public abstract class FairAdminTests(OcopWebFactory site) : IAsyncLifetime
{
    protected OcopWebFactory Site { get; } = site;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Site.DeleteTestFairsAsync();

    [Theory]
    [InlineData(Roles.Customer)]
    [InlineData(Roles.Producer)]
    [InlineData(Roles.Inspector)]
    public async Task Only_promotion_staff_reach_the_fair_screens(string role)
    {
        var fair = await Site.CreateFairAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3));
        var producerId = role == Roles.Producer ? await Site.ProducerIdAsync("htx-nong-nghiep-binh-son") : (int?)null;
        var (client, _) = await Site.CreateSignedInRawClientAsync(role, producerId);
        using var _c = client;
        foreach (var url in new[] { "/admin/hoi-cho", "/admin/hoi-cho/tao", $"/admin/hoi-cho/{fair.Id}", $"/admin/hoi-cho/{fair.Id}/gian-hang" })
        {
            using var r = await client.GetAsync(url);
            Assert.True(r.IsDenied(), $"{role} got {(int)r.StatusCode} for {url}");
        }
        // A post is refused the same way (the token comes from a page everyone may open).
        var token = await client.GetAntiforgeryTokenAsync("/tai-khoan");
        using (var r = await client.PostFormAsync($"/admin/hoi-cho/{fair.Id}/xoa", [new("__RequestVerificationToken", token)]))
            Assert.True(r.IsDenied());
        Assert.True(await Site.DbAsync(db => db.TradeFairs.AnyAsync(f => f.Id == fair.Id)));

        var (staff, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _s = staff;
        using var ok = await staff.GetAsync("/admin/hoi-cho");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task The_form_refuses_an_end_before_the_start_a_pin_outside_Vietnam_and_a_script_link()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _c = client;
        var page = await client.GetDocumentAsync("/admin/hoi-cho/tao");
        var (provinceId, communeId) = await Site.DbAsync(db => db.AdminUnits.Where(u => u.Code == "C14797").Select(u => new { u.ParentId, u.Id }).SingleAsync()
            .ContinueWith(t => (t.Result.ParentId!.Value, t.Result.Id)));
        var name = "Hội chợ thử " + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string?>
        {
            ["Name"] = name, ["Summary"] = "Tóm tắt", ["StartsOn"] = "2026-12-10", ["EndsOn"] = "2026-12-05", ["VenueName"] = "Quảng trường",
            ["VenueAddress"] = "Đại lộ Lê Lợi", ["ProvinceId"] = provinceId.ToString(), ["CommuneId"] = communeId.ToString(),
            ["Latitude"] = "35.68", ["Longitude"] = "139.69", ["Website"] = "javascript:alert(1)", ["ContactPhone"] = "12345",
        };
        using var bad = await client.SubmitFormAsync(page, "#fair-form", fields);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await SiteTestHelpers.ParseAsync(await bad.Content.ReadAsStringAsync(), new Uri("http://localhost/admin/hoi-cho/tao"));
        Assert.Equal("Ngày kết thúc không được trước ngày bắt đầu.", SystemAdminTestHelpers.FieldError(badPage, "EndsOn"));
        Assert.Equal("Ghim nằm ngoài lãnh thổ Việt Nam: vĩ độ phải từ 8 đến 24 (° Bắc).", SystemAdminTestHelpers.FieldError(badPage, "Latitude"));
        Assert.Equal("Ghim nằm ngoài lãnh thổ Việt Nam: kinh độ phải từ 102 đến 110 (° Đông).", SystemAdminTestHelpers.FieldError(badPage, "Longitude"));
        Assert.Equal("Vui lòng nhập địa chỉ web bắt đầu bằng https:// hoặc http://.", SystemAdminTestHelpers.FieldError(badPage, "Website"));
        Assert.StartsWith("Vui lòng nhập số điện thoại Việt Nam", SystemAdminTestHelpers.FieldError(badPage, "ContactPhone"));
        Assert.Equal(name, badPage.QuerySelector("#Name")?.GetAttribute("value"));
        Assert.False(await Site.DbAsync(db => db.TradeFairs.AnyAsync(f => f.Name == name)));

        fields["EndsOn"] = "2026-12-12";
        fields["Latitude"] = "19.8078";
        fields["Longitude"] = "105.7768";
        fields["Website"] = "https://congthuong.thanhhoa.gov.vn";
        fields["ContactPhone"] = "0237 3852 155";
        fields["Description"] = "<p>Chào mừng</p><script>alert(1)</script>";
        using var good = await client.SubmitFormAsync(page, "#fair-form", fields);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.EndsWith("/gian-hang", good.RequestMessage!.RequestUri!.AbsolutePath);
        var saved = await Site.DbAsync(db => db.TradeFairs.AsNoTracking().SingleAsync(f => f.Name == name));
        Assert.Equal(new DateOnly(2026, 12, 10), saved.StartsOn);
        Assert.Equal(new DateOnly(2026, 12, 12), saved.EndsOn);
        Assert.Equal(communeId, saved.CommuneId);
        Assert.Equal(19.8078, saved.Latitude, 4);
        Assert.DoesNotContain("<script", saved.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("hoi-cho-thu-" + name[^6..], saved.Slug);
    }

    [Fact]
    public async Task A_producer_gets_one_booth_per_fair_with_a_clear_message_and_chosen_products()
    {
        var fair = await Site.CreateFairAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3));
        var binhSon = await Site.ProducerIdAsync("htx-nong-nghiep-binh-son");
        var thoTan = await Site.ProducerIdAsync("htx-may-tre-dan-tho-tan");
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _c = client;

        var page = await client.GetDocumentAsync($"/admin/hoi-cho/{fair.Id}/gian-hang");
        using (var r = await client.SubmitFormAsync(page, "#booth-add-form", new Dictionary<string, string?> { ["producerId"] = binhSon.ToString(), ["boothCode"] = "a01", ["note"] = "Nếm thử" }))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var booth = await Site.DbAsync(db => db.FairBooths.AsNoTracking().Include(b => b.Products).SingleAsync(b => b.FairId == fair.Id));
        Assert.Equal("A01", booth.BoothCode);
        var published = await Site.DbAsync(db => db.Products.Where(p => p.ProducerId == binhSon && p.IsPublished).Select(p => p.Id).OrderBy(i => i).ToListAsync());
        Assert.Equal(published, booth.Products.Select(p => p.ProductId).OrderBy(i => i));

        // The same producer again (the select no longer offers it; a crafted post): refused, with the reason.
        page = await client.GetDocumentAsync($"/admin/hoi-cho/{fair.Id}/gian-hang");
        Assert.Null(page.QuerySelector($"#producerId option[value='{binhSon}']"));
        using var again = await client.SubmitFormAsync(page, "#booth-add-form", new Dictionary<string, string?> { ["producerId"] = binhSon.ToString(), ["boothCode"] = "B02" });
        var againPage = await SiteTestHelpers.ParseAsync(await again.Content.ReadAsStringAsync(), again.RequestMessage!.RequestUri!);
        Assert.Contains("HTX Nông nghiệp Bình Sơn đã có gian hàng A01 tại hội chợ này", againPage.QuerySelector(".alert")?.TextContent);
        // Another producer on a booth code already given: refused too.
        using var code = await client.SubmitFormAsync(page, "#booth-add-form", new Dictionary<string, string?> { ["producerId"] = thoTan.ToString(), ["boothCode"] = "A01" });
        var codePage = await SiteTestHelpers.ParseAsync(await code.Content.ReadAsStringAsync(), code.RequestMessage!.RequestUri!);
        Assert.Contains("Gian hàng A01 đã được giao cho HTX Nông nghiệp Bình Sơn", codePage.QuerySelector(".alert")?.TextContent);
        Assert.Equal(1, await Site.DbAsync(db => db.FairBooths.CountAsync(b => b.FairId == fair.Id)));

        // Untick all but one product; a product of another producer slipped into the post is ignored.
        var foreign = await Site.DbAsync(db => db.Products.Where(p => p.ProducerId == thoTan).Select(p => p.Id).FirstAsync());
        page = await client.GetDocumentAsync($"/admin/hoi-cho/{fair.Id}/gian-hang");
        using var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector($"#booth-form-{booth.Id} input[name='__RequestVerificationToken']")!).Value),
            new("boothCode", "A01"), new("note", ""), new("products", published[0].ToString()), new("products", foreign.ToString()),
        ]);
        using (var r = await client.PostAsync($"/admin/hoi-cho/{fair.Id}/gian-hang/{booth.Id}", content)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var after = await Site.DbAsync(db => db.FairBooths.AsNoTracking().Include(b => b.Products).SingleAsync(b => b.Id == booth.Id));
        Assert.Equal([published[0]], after.Products.Select(p => p.ProductId));
        Assert.Null(after.Note);

        page = await client.GetDocumentAsync($"/admin/hoi-cho/{fair.Id}/gian-hang");
        Assert.NotNull(page.QuerySelector($"#booth-{booth.Id} form.remove-booth[data-confirm]"));
        using (var r = await client.SubmitFormAsync(page, $"#booth-{booth.Id} form.remove-booth")) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.False(await Site.DbAsync(db => db.FairBooths.AnyAsync(b => b.FairId == fair.Id)));
    }

    [Fact]
    public async Task An_edit_shows_on_the_cached_public_pages_at_once()
    {
        var fair = await Site.CreateFairAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3));
        await Site.EvictStorefrontAsync(); // the fair was written straight to the database, not through an office edit
        using var visitor = Site.CreateRawClient();
        // Twice, so the second answer comes from the output cache.
        for (var i = 0; i < 2; i++)
        {
            Assert.Contains(fair.Name, (await visitor.GetDocumentAsync("/hoi-cho")).QuerySelector("#current-fairs")!.TextContent);
            Assert.Equal(fair.Name, (await visitor.GetDocumentAsync($"/hoi-cho/{fair.Slug}")).QuerySelector("h1")!.TextContent.Trim());
        }

        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var renamed = FairsTestHelpers.TestPrefix + "đổi tên " + Guid.NewGuid().ToString("N")[..4];
        var page = await client.GetDocumentAsync($"/admin/hoi-cho/{fair.Id}");
        var provinceId = await Site.DbAsync(db => db.AdminUnits.Where(u => u.Code == "C14797").Select(u => u.ParentId).SingleAsync());
        var communeId = await Site.DbAsync(db => db.AdminUnits.Where(u => u.Code == "C14797").Select(u => u.Id).SingleAsync());
        using (var r = await client.SubmitFormAsync(page, "#fair-form", new Dictionary<string, string?>
               { ["Name"] = renamed, ["ProvinceId"] = provinceId.ToString(), ["CommuneId"] = communeId.ToString() }))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(renamed, await Site.DbAsync(db => db.TradeFairs.Where(f => f.Id == fair.Id).Select(f => f.Name).SingleAsync()));

        Assert.Contains(renamed, (await visitor.GetDocumentAsync("/hoi-cho")).QuerySelector("#current-fairs")!.TextContent);
        Assert.Equal(renamed, (await visitor.GetDocumentAsync($"/hoi-cho/{fair.Slug}")).QuerySelector("h1")!.TextContent.Trim());

        // Adding a booth is an edit too: the producer appears on the cached page.
        var booths = await client.GetDocumentAsync($"/admin/hoi-cho/{fair.Id}/gian-hang");
        var thoBinh = await Site.ProducerIdAsync("htx-dich-vu-nong-nghiep-tho-binh");
        using (var r = await client.SubmitFormAsync(booths, "#booth-add-form", new Dictionary<string, string?> { ["producerId"] = thoBinh.ToString(), ["boothCode"] = "Z9" }))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var publicPage = await visitor.GetDocumentAsync($"/hoi-cho/{fair.Slug}");
        Assert.Equal("Z9", publicPage.QuerySelector("#fair-booths [data-producer='htx-dich-vu-nong-nghiep-tho-binh'] .fair-booth-code")?.TextContent.Trim());
    }
}

[Collection(Collections.Sqlite)]
public sealed class FairAdminSqliteTests(SqliteWebFactory site) : FairAdminTests(site);

[Collection(Collections.Postgres)]
public sealed class FairAdminPostgresTests(PostgresWebFactory site) : FairAdminTests(site);
