using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.CatalogAdmin;

/// <summary>The office's product form: validation in Vietnamese, sanitised HTML, unique slugs, publishing tied to moderation, audit.</summary>
public abstract class ProductAdminTests(OcopWebFactory site) : CatalogAdminTestBase(site)
{
    [Fact]
    public async Task Publishing_a_listing_that_is_not_approved_is_refused_with_a_message()
    {
        var product = await NewProductAsync(ModerationStatus.Draft, published: false);
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var page = await office.GetDocumentAsync($"/admin/san-pham/{product.Id}");
        using var response = await office.SubmitFormAsync(page, "#product-form", new Dictionary<string, string?> { ["IsPublished"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ReadPageAsync();
        Assert.Equal("Chỉ sản phẩm đã được duyệt mới được hiển thị. Trạng thái hiện tại: Bản nháp.", again.FieldError("IsPublished"));
        Assert.False(await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.IsPublished).FirstAsync()));
    }

    [Fact]
    public async Task Invalid_price_stock_and_gtin_get_vietnamese_messages_and_nothing_is_saved()
    {
        var product = await NewProductAsync(ModerationStatus.Approved, published: true);
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var page = await office.GetDocumentAsync($"/admin/san-pham/{product.Id}");
        var wrongCheckDigit = Gtin.WithCheckDigit("893123456789")[..^1] + ((Gtin.CheckDigit("893123456789") + 1) % 10);
        using var response = await office.SubmitFormAsync(page, "#product-form", new Dictionary<string, string?>
        {
            ["Price"] = "0",
            ["Stock"] = "-3",
            ["Gtin"] = wrongCheckDigit,
            ["Weight"] = "nặng",
        });

        var again = await response.ReadPageAsync();
        Assert.Equal("Giá bán phải là số nguyên lớn hơn 0, tính bằng đồng (ví dụ 125.000).", again.FieldError("Price"));
        Assert.Equal("Tồn kho phải là số nguyên, từ 0 trở lên.", again.FieldError("Stock"));
        Assert.Equal("Mã GTIN không hợp lệ: phải gồm 8, 12, 13 hoặc 14 chữ số và có số kiểm tra đúng.", again.FieldError("Gtin"));
        Assert.Equal("Khối lượng phải là số gam nguyên, lớn hơn 0.", again.FieldError("Weight"));
        Assert.Equal(4, again.QuerySelectorAll("#error-summary li").Length);
        using (var text = await office.SubmitFormAsync(page, "#product-form", new Dictionary<string, string?> { ["Price"] = "abc" }))
            Assert.NotNull((await text.ReadPageAsync()).FieldError("Price"));
        var row = await Site.DbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Id == product.Id));
        Assert.Equal(150_000, row.Price);
        Assert.Equal(10, row.StockQuantity);
        Assert.Null(row.Gtin);

        // The English UI (language chosen in the top bar, kept in a cookie) says the same in English.
        using (await office.GetAsync("/ngon-ngu/en-US?returnUrl=/admin")) { }
        var english = await office.GetDocumentAsync($"/admin/san-pham/{product.Id}");
        using var en = await office.SubmitFormAsync(english, "#product-form", new Dictionary<string, string?> { ["Price"] = "-1" });
        Assert.Equal("Enter the price in VND as a whole number greater than 0 (e.g. 125.000).", (await en.ReadPageAsync()).FieldError("Price"));
    }

    [Fact]
    public async Task A_price_typed_the_vietnamese_way_is_saved_shown_in_dong_and_audited()
    {
        var product = await NewProductAsync(ModerationStatus.Approved, published: true);
        var (office, user) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var page = await office.GetDocumentAsync($"/admin/san-pham/{product.Id}");
        var gtin = Gtin.WithCheckDigit("893123456789");
        using var response = await office.SubmitFormAsync(page, "#product-form", new Dictionary<string, string?>
        {
            ["Price"] = "125.000",
            ["Stock"] = "42",
            ["Gtin"] = gtin,
            ["Weight"] = "500",
        });

        Assert.Equal($"/admin/san-pham/{product.Id}", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Đã lưu.", (await response.ReadPageAsync()).Status());
        var row = await Site.DbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Id == product.Id));
        Assert.Equal(125_000, row.Price);
        Assert.Equal(42, row.StockQuantity);
        Assert.Equal(gtin, row.Gtin);
        Assert.Equal(500, row.WeightGrams);

        var list = await office.GetDocumentAsync("/admin/san-pham?q=" + Uri.EscapeDataString(product.Name));
        var listed = list.QuerySelector($"#product-list tr[data-id='{product.Id}']");
        Assert.NotNull(listed);
        Assert.Contains("125.000 ₫", listed.TextContent);

        var audit = await Site.DbAsync(db => db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == "Product" && a.EntityId == product.Id.ToString() && a.Action == AuditAction.Updated)
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(user.Id, audit.UserId);
        var changes = JsonSerializer.Deserialize<List<AuditChange>>(audit.Changes)!;
        var price = Assert.Single(changes, c => c.Property == "Price");
        Assert.Equal("150000", price.Before);
        Assert.Equal("125000", price.After);
    }

    [Fact]
    public async Task Html_in_the_description_is_sanitised()
    {
        var product = await NewProductAsync(ModerationStatus.Approved, published: true);
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var page = await office.GetDocumentAsync($"/admin/san-pham/{product.Id}");
        using var response = await office.SubmitFormAsync(page, "#product-form", new Dictionary<string, string?>
        {
            ["Description"] = "<p><strong>Mật ong nguyên chất</strong></p><script>alert('x')</script><img src=\"x\" onerror=\"alert(1)\">",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var description = await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Description).FirstAsync());
        Assert.Contains("<strong>Mật ong nguyên chất</strong>", description);
        Assert.DoesNotContain("<script", description, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Slugs_stay_unique()
    {
        var existing = await NewProductAsync(ModerationStatus.Approved, published: true);
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var form = await office.GetDocumentAsync("/admin/san-pham/tao");
        var fields = new Dictionary<string, string?>
        {
            ["Name"] = existing.Name,
            ["ShortDescription"] = "Cùng tên với một sản phẩm khác.",
            ["ProducerId"] = existing.ProducerId.ToString(),
            ["CategoryId"] = existing.CategoryId.ToString(),
            ["Price"] = "99000",
            ["Unit"] = "hũ",
            ["Stock"] = "5",
            ["Slug"] = existing.Slug,
        };
        using (var taken = await office.SubmitFormAsync(form, "#product-form", fields))
            Assert.Equal("Đường dẫn này đã được một sản phẩm khác sử dụng; vui lòng chọn đường dẫn khác.", (await taken.ReadPageAsync()).FieldError("Slug"));

        fields["Slug"] = "";
        using var created = await office.SubmitFormAsync(form, "#product-form", fields);
        Assert.Equal("Đã thêm sản phẩm.", (await created.ReadPageAsync()).Status());
        var id = int.Parse(created.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1]);
        TrackProduct(id);
        var row = await Site.DbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Id == id));
        Assert.Equal(existing.Slug + "-2", row.Slug);
        Assert.Equal(ModerationStatus.Approved, row.ModerationStatus);
    }

    [Fact]
    public async Task The_list_filters_by_moderation_state_and_survives_odd_query_strings()
    {
        var draft = await NewProductAsync(ModerationStatus.Draft, published: false);
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var drafts = await office.GetDocumentAsync("/admin/san-pham?status=Draft&sort=stars&desc=true");
        Assert.NotNull(drafts.QuerySelector($"#product-list tr[data-id='{draft.Id}']"));
        var approved = await office.GetDocumentAsync("/admin/san-pham?status=Approved&stars=4&page=999&sort=nonsense");
        Assert.Null(approved.QuerySelector($"#product-list tr[data-id='{draft.Id}']"));
        Assert.NotEmpty(approved.QuerySelectorAll("#product-list tbody tr[data-id]"));
    }
}

[Collection(Collections.Sqlite)]
public sealed class ProductAdminTestsSqlite(SqliteWebFactory site) : ProductAdminTests(site);

[Collection(Collections.Postgres)]
public sealed class ProductAdminTestsPostgres(PostgresWebFactory site) : ProductAdminTests(site);
