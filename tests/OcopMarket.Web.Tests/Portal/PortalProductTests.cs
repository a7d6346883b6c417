using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Web.Tests.Account;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Portal;

/// <summary>A producer's listings through the real portal forms: stock, live price changes, moderated name changes, drafts and tampering.</summary>
public abstract class PortalProductTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    [Fact]
    public async Task Producer_edits_stock_and_the_shop_shows_it_at_once()
    {
        var (client, _, producerId) = await Site.ProducerClientAsync("hoa-cu");
        using var _c = client;
        var product = await Site.CreateProductAsync(producerId, Unique("Hồng treo gió"), stock: 50);
        try
        {
            using var visitor = Site.CreateClient();
            // The anonymous page is now in the output cache; the portal's save must evict it.
            var before = await visitor.GetDocumentAsync($"/san-pham/{product.Slug}");
            Assert.Contains("Còn hàng", before.QuerySelector(".stock")!.TextContent, StringComparison.Ordinal);

            var form = await client.GetDocumentAsync($"/portal/san-pham/{product.Id}/ton-kho");
            using var saved = await client.SubmitFormAsync(form, "form#stock-form", new Dictionary<string, string?> { ["Stock"] = "3" });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Equal("/portal/san-pham", saved.RequestMessage!.RequestUri!.AbsolutePath);
            var list = await saved.ReadDocumentAsync();
            Assert.Contains("Tồn kho của", list.StatusMessage(), StringComparison.Ordinal);
            Assert.Equal("3", list.QuerySelector($"form[data-stock-form='{product.Id}'] input[name='Stock']")?.GetAttribute("value"));

            Assert.Equal(3, await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.StockQuantity).FirstAsync()));
            var after = await visitor.GetDocumentAsync($"/san-pham/{product.Slug}");
            Assert.Equal("Chỉ còn 3", after.QuerySelector(".stock")!.TextContent.Trim());
        }
        finally
        {
            await Site.DeleteProductsAsync(product.Id);
        }
    }

    [Fact]
    public async Task Stock_must_be_a_whole_number_of_zero_or_more()
    {
        var (client, _, producerId) = await Site.ProducerClientAsync("hoa-cu");
        using var _c = client;
        var product = await Site.CreateProductAsync(producerId, Unique("Hồng sấy dẻo"), ModerationStatus.Draft, stock: 7);
        try
        {
            foreach (var (typed, message) in new[]
                     {
                         ("-2", "Tồn kho không được là số âm."),
                         ("abc", "Tồn kho phải là số nguyên, từ 0 trở lên."),
                         ("2,5", "Tồn kho phải là số nguyên, từ 0 trở lên."),
                         ("", "Vui lòng nhập tồn kho (0 nếu hết hàng)."),
                     })
            {
                // The stock column of the list posts the same form.
                var list = await client.GetDocumentAsync("/portal/san-pham");
                using var response = await client.SubmitFormAsync(list, $"form[data-stock-form='{product.Id}']", new Dictionary<string, string?> { ["Stock"] = typed });
                var page = await response.ReadDocumentAsync();
                Assert.Equal(message, page.FieldError("Stock"));
            }
            Assert.Equal(7, await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.StockQuantity).FirstAsync()));

            var zero = await client.GetDocumentAsync($"/portal/san-pham/{product.Id}/ton-kho");
            using var ok = await client.SubmitFormAsync(zero, "form#stock-form", new Dictionary<string, string?> { ["Stock"] = "0" });
            Assert.Equal(0, await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.StockQuantity).FirstAsync()));
        }
        finally
        {
            await Site.DeleteProductsAsync(product.Id);
        }
    }

    [Fact]
    public async Task Price_change_on_an_approved_product_is_live_at_once_and_audited()
    {
        var (client, user, producerId) = await Site.ProducerClientAsync("hoa-cu");
        using var _c = client;
        var product = await Site.CreateProductAsync(producerId, Unique("Hồng giòn Bảo Lâm"), price: 85_000);
        try
        {
            var form = await client.GetDocumentAsync($"/portal/san-pham/{product.Id}/sua");
            using var saved = await client.SubmitMultipartFormAsync(form, "form#product-form",
                [("Price", "99.000"), ("Description", "<p>Quả chín cây.</p><p>Giòn, ngọt <script>alert(1)</script><b onclick=\"x()\">thanh</b></p>")]);
            var page = await saved.ReadDocumentAsync();
            Assert.Equal("Đã lưu.", page.StatusMessage());

            var stored = await Site.DbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Id == product.Id));
            Assert.Equal(99_000, stored.Price);
            Assert.Equal(ModerationStatus.Approved, stored.ModerationStatus);
            Assert.True(stored.IsPublished);
            Assert.DoesNotContain("<script", stored.Description, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("<p>Quả chín cây.</p><p>Giòn, ngọt <b>thanh</b></p>", stored.Description);
            Assert.False(await Site.DbAsync(db => db.ProductChangeRequests.AnyAsync(r => r.ProductId == product.Id)));

            using var visitor = Site.CreateClient();
            var shop = await visitor.GetDocumentAsync($"/san-pham/{product.Slug}");
            Assert.Equal("99.000 ₫", shop.QuerySelector(".price-lg")!.TextContent.Trim());

            var audits = await Site.DbAsync(db => db.AuditLog.AsNoTracking()
                .Where(a => a.EntityType == nameof(Product) && a.EntityId == product.Id.ToString() && a.Action == AuditAction.Updated).ToListAsync());
            var priceChange = audits
                .SelectMany(a => JsonSerializer.Deserialize<List<AuditChange>>(a.Changes)!.Select(c => (Entry: a, Change: c)))
                .Single(x => x.Change.Property == nameof(Product.Price));
            Assert.Equal("85000", priceChange.Change.Before);
            Assert.Equal("99000", priceChange.Change.After);
            Assert.Equal(user.Id, priceChange.Entry.UserId);
            Assert.Equal(user.Email, priceChange.Entry.UserName);
        }
        finally
        {
            await Site.DeleteProductsAsync(product.Id);
        }
    }

    [Fact]
    public async Task Name_change_on_an_approved_product_waits_for_the_office()
    {
        var (client, _, producerId) = await Site.ProducerClientAsync("hoa-cu");
        using var _c = client;
        var oldName = Unique("Hồng vàng Lạng Sơn");
        var newName = Unique("Hồng không hạt Hòa Cư loại 1");
        var product = await Site.CreateProductAsync(producerId, oldName, price: 85_000);
        try
        {
            var form = await client.GetDocumentAsync($"/portal/san-pham/{product.Id}/sua");
            using var saved = await client.SubmitMultipartFormAsync(form, "form#product-form", [("Name", newName), ("Price", "90000")],
                new UploadFile("NewImages", "hong-moi.png", PortalSamples.Png(), "image/png"));
            var page = await saved.ReadDocumentAsync();
            Assert.Contains("chờ Phòng duyệt", page.StatusMessage(), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("[data-portal='pending-change']"));
            // The form continues from the proposal: the new name and the new photo.
            Assert.Equal(newName, page.QuerySelector("input[name='Name']")?.GetAttribute("value"));
            Assert.Single(page.QuerySelectorAll("[data-portal='images'] [data-media-id]"));

            var stored = await Site.DbAsync(db => db.Products.AsNoTracking().Include(p => p.Images).FirstAsync(p => p.Id == product.Id));
            Assert.Equal(oldName, stored.Name);
            Assert.Empty(stored.Images);
            Assert.Equal(90_000, stored.Price); // the price went live in the same save
            var request = await Site.DbAsync(db => db.ProductChangeRequests.AsNoTracking().SingleAsync(r => r.ProductId == product.Id));
            Assert.Equal(ChangeRequestStatus.Pending, request.Status);
            Assert.Equal(newName, request.ProposedName);
            Assert.Single(request.ImageIds);

            using var visitor = Site.CreateClient();
            var shop = await visitor.GetDocumentAsync($"/san-pham/{product.Slug}");
            Assert.Equal(oldName, shop.QuerySelector("h1")!.TextContent.Trim());
            Assert.DoesNotContain(newName, shop.Body!.TextContent, StringComparison.Ordinal);

            var list = await client.GetDocumentAsync("/portal/san-pham?q=" + Uri.EscapeDataString(oldName));
            Assert.NotNull(list.QuerySelector($"tr[data-product-id='{product.Id}'] [data-pending-change]"));
        }
        finally
        {
            await Site.DeleteProductsAsync(product.Id);
        }
    }

    [Fact]
    public async Task A_new_product_is_a_draft_then_submitted_and_stays_off_the_shop()
    {
        var (client, _, producerId) = await Site.ProducerClientAsync("hoa-cu");
        using var _c = client;
        var name = Unique("Mứt hồng Hòa Cư");
        var id = 0;
        try
        {
            var form = await client.GetDocumentAsync("/portal/san-pham/them");
            var category = form.QuerySelectorAll("select[name='CategoryId'] option").Skip(1).First().GetAttribute("value")!;
            using var created = await client.SubmitMultipartFormAsync(form, "form#product-form",
                [("Name", name), ("CategoryId", category), ("ShortDescription", "Mứt hồng dẻo, ít ngọt."), ("Price", "120.000 ₫"),
                 ("Unit", "hộp 500 g"), ("Stock", "30"), ("Weight", "500"), ("Gtin", "8930000000019")],
                new UploadFile("NewImages", "mut-hong.png", PortalSamples.Png(), "image/png"));
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            var edit = await created.ReadDocumentAsync();
            Assert.Matches(@"^/portal/san-pham/\d+/sua$", created.RequestMessage!.RequestUri!.AbsolutePath);
            id = int.Parse(created.RequestMessage.RequestUri.Segments[3].TrimEnd('/'), System.Globalization.CultureInfo.InvariantCulture);

            var draft = await Site.DbAsync(db => db.Products.AsNoTracking().Include(p => p.Images).FirstAsync(p => p.Id == id));
            Assert.Equal(name, draft.Name);
            Assert.Equal(producerId, draft.ProducerId);
            Assert.Equal(ModerationStatus.Draft, draft.ModerationStatus);
            Assert.False(draft.IsPublished);
            Assert.Equal(120_000, draft.Price);
            Assert.Equal(30, draft.StockQuantity);
            Assert.Equal(500, draft.WeightGrams);
            Assert.Equal("8930000000019", draft.Gtin);
            Assert.Single(draft.Images);
            Assert.Equal("Draft", edit.QuerySelector("[data-status]")?.GetAttribute("data-status"));

            using var submitted = await client.SubmitFormAsync(edit, "form#submit-review");
            var after = await submitted.ReadDocumentAsync();
            Assert.Equal("Submitted", after.QuerySelector("[data-status]")?.GetAttribute("data-status"));
            var sent = await Site.DbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Id == id));
            Assert.Equal(ModerationStatus.Submitted, sent.ModerationStatus);
            Assert.Equal(Site.Time.GetUtcNow(), sent.SubmittedAt);
            Assert.False(sent.IsPublished);

            using var visitor = Site.CreateClient();
            using var shop = await visitor.GetAsync(new Uri($"/san-pham/{sent.Slug}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, shop.StatusCode);

            // Sending it twice is refused with the reason, not a crash.
            var token = await client.GetAntiforgeryTokenAsync("/portal/san-pham/them");
            using var again = await client.PostAsync(new Uri($"/portal/san-pham/{id}/gui-duyet", UriKind.Relative),
                new FormUrlEncodedContent([new(SiteTestHelpers.AntiforgeryField, token)]));
            Assert.Contains("Chỉ gửi duyệt được bản nháp hoặc sản phẩm bị từ chối.", (await again.ReadDocumentAsync()).StatusMessage(), StringComparison.Ordinal);
        }
        finally
        {
            if (id != 0) await Site.DeleteProductsAsync(id);
        }
    }

    [Fact]
    public async Task Fields_the_producer_may_not_set_are_ignored_when_tampered_with()
    {
        var (client, _, producerId) = await Site.ProducerClientAsync("hoa-cu");
        using var _c = client;
        var otherProducer = await Site.ProducerIdAsync("binh-son");
        var name = Unique("Hồng ngâm tiêu");
        var approved = await Site.CreateProductAsync(producerId, Unique("Hồng treo tiêu"));
        var id = 0;
        (string, string?)[] tampered =
        [
            ("IsPublished", "true"), ("IsFeatured", "true"), ("ModerationStatus", "Approved"), ("Status", "2"),
            ("ProducerId", otherProducer.ToString()), ("Id", approved.Id.ToString()), ("Slug", "khong-duoc-doi"), ("ModerationNote", "tự duyệt"),
        ];
        try
        {
            var form = await client.GetDocumentAsync("/portal/san-pham/them");
            var category = form.QuerySelectorAll("select[name='CategoryId'] option").Skip(1).First().GetAttribute("value")!;
            using var created = await client.SubmitMultipartFormAsync(form, "form#product-form",
                [("Name", name), ("CategoryId", category), ("ShortDescription", "Thử sửa trường cấm."), ("Price", "50000"), ("Unit", "hũ"), ("Stock", "5"), .. tampered]);
            id = int.Parse(created.RequestMessage!.RequestUri!.Segments[3].TrimEnd('/'), System.Globalization.CultureInfo.InvariantCulture);
            Assert.NotEqual(approved.Id, id);
            var draft = await Site.DbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Id == id));
            Assert.Equal(producerId, draft.ProducerId);
            Assert.Equal(ModerationStatus.Draft, draft.ModerationStatus);
            Assert.False(draft.IsPublished);
            Assert.False(draft.IsFeatured);
            Assert.Null(draft.ModerationNote);
            Assert.NotEqual("khong-duoc-doi", draft.Slug);

            // The same on an edit of an approved listing: it stays this producer's, published, not featured.
            var edit = await client.GetDocumentAsync($"/portal/san-pham/{approved.Id}/sua");
            using var saved = await client.SubmitMultipartFormAsync(edit, "form#product-form",
                [("IsPublished", "false"), ("IsFeatured", "true"), ("ModerationStatus", "Draft"), ("ProducerId", otherProducer.ToString()), ("Id", id.ToString())]);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var still = await Site.DbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Id == approved.Id));
            Assert.Equal(producerId, still.ProducerId);
            Assert.True(still.IsPublished);
            Assert.False(still.IsFeatured);
            Assert.Equal(ModerationStatus.Approved, still.ModerationStatus);
            Assert.Equal(0, await Site.DbAsync(db => db.Products.CountAsync(p => p.ProducerId == otherProducer && p.Name == name)));
        }
        finally
        {
            await Site.DeleteProductsAsync([approved.Id, .. id != 0 ? new[] { id } : []]);
        }
    }

    [Fact]
    public async Task Invalid_price_gtin_category_and_images_are_refused_with_vietnamese_messages()
    {
        var (client, _, producerId) = await Site.ProducerClientAsync("hoa-cu");
        using var _c = client;
        var name = Unique("Sản phẩm lỗi");
        var form = await client.GetDocumentAsync("/portal/san-pham/them");
        using var response = await client.SubmitMultipartFormAsync(form, "form#product-form",
            [("Name", name), ("CategoryId", "999999"), ("ShortDescription", "x"), ("Price", "0"), ("Unit", "hũ"), ("Stock", "-1"), ("Gtin", "8930000000018"), ("Weight", "nặng")]);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Giá bán phải lớn hơn 0 ₫.", page.FieldError("Price"));
        Assert.Equal("Tồn kho không được là số âm.", page.FieldError("Stock"));
        Assert.StartsWith("Mã GTIN phải có 8, 12, 13 hoặc 14 chữ số", page.FieldError("Gtin"), StringComparison.Ordinal);
        Assert.Equal("Vui lòng chọn danh mục.", page.FieldError("CategoryId"));
        Assert.Equal("Nhập khối lượng là số gam nguyên, lớn hơn 0.", page.FieldError("Weight"));
        // What was typed is kept for correction.
        Assert.Equal(name, page.QuerySelector("input[name='Name']")?.GetAttribute("value"));

        var category = form.QuerySelectorAll("select[name='CategoryId'] option").Skip(1).First().GetAttribute("value")!;
        using var badImage = await client.SubmitMultipartFormAsync(form, "form#product-form",
            [("Name", name), ("CategoryId", category), ("ShortDescription", "x"), ("Price", "1000"), ("Unit", "hũ"), ("Stock", "1")],
            new UploadFile("NewImages", "anh.jpg", PortalSamples.Text, "image/jpeg"));
        var refused = await badImage.ReadDocumentAsync();
        Assert.StartsWith("anh.jpg: Tệp không phải là ảnh hợp lệ", refused.FieldError("NewImages"), StringComparison.Ordinal);

        Assert.False(await Site.DbAsync(db => db.Products.AnyAsync(p => p.Name == name && p.ProducerId == producerId)));
    }

    [Fact]
    public async Task Product_list_is_paged_searched_and_filtered_on_the_server()
    {
        var (client, _, producerId) = await Site.ProducerClientAsync("hoa-cu");
        using var _c = client;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var ids = new List<int>();
        try
        {
            for (var i = 0; i < 7; i++)
                ids.Add((await Site.CreateProductAsync(producerId, $"Chè lam Hòa Cư {tag} số {i}", i % 2 == 0 ? ModerationStatus.Draft : ModerationStatus.Approved, price: 10_000 + i)).Id);

            var page1 = await client.GetDocumentAsync($"/portal/san-pham?q={Uri.EscapeDataString("che lam hoa cu " + tag)}&pageSize=5&sort=price");
            var rows = page1.QuerySelectorAll("tr[data-product-id]").Select(r => int.Parse(r.GetAttribute("data-product-id")!)).ToList();
            Assert.Equal(ids.Take(5).ToList(), rows);
            var page2 = await client.GetDocumentAsync($"/portal/san-pham?q={Uri.EscapeDataString("che lam hoa cu " + tag)}&pageSize=5&sort=price&page=2");
            Assert.Equal(ids.Skip(5).ToList(), page2.QuerySelectorAll("tr[data-product-id]").Select(r => int.Parse(r.GetAttribute("data-product-id")!)).ToList());

            var drafts = await client.GetDocumentAsync($"/portal/san-pham?q={tag}&status=Draft");
            Assert.Equal(4, drafts.QuerySelectorAll("tr[data-product-id]").Length);
            Assert.All(drafts.QuerySelectorAll("tr[data-product-id] [data-status]"), b => Assert.Equal("Draft", b.GetAttribute("data-status")));

            // Nonsense in the query string is ignored, never a 500.
            using var odd = await client.GetAsync(new Uri("/portal/san-pham?status=Hacked&sort=Password&page=-4&pageSize=100000", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
        }
        finally
        {
            await Site.DeleteProductsAsync([.. ids]);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class PortalProductSqliteTests(SqliteWebFactory site) : PortalProductTests(site);

[Collection(Collections.Postgres)]
public sealed class PortalProductPostgresTests(PostgresWebFactory site) : PortalProductTests(site);
