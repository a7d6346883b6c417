using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Places;
using OcopMarket.Core.Producers;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.CatalogAdmin;

/// <summary>Producers, categories and administrative units as the office edits them.</summary>
public abstract class CatalogStructureTests(OcopWebFactory site) : CatalogAdminTestBase(site)
{
    [Fact]
    public async Task A_producer_is_created_through_the_province_then_commune_form_without_javascript()
    {
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var (province, commune, former) = await Site.DbAsync(async db =>
        {
            var p = await db.AdminUnits.FirstAsync(u => u.Code == "P38");
            var c = await db.AdminUnits.Where(u => u.ParentId == p.Id && u.ValidTo == null).OrderBy(u => u.Name).FirstAsync();
            var f = await db.AdminUnits.FirstAsync(u => u.Code == "OC15670");
            return (p, c, f);
        });
        var blank = await office.GetDocumentAsync("/admin/chu-the/tao");
        Assert.NotNull(blank.QuerySelector("select#CommuneId[disabled]"));

        // The province's "load communes" button re-draws the form with that province's communes, old ones included.
        using var reloaded = await office.SubmitFormAsync(blank, "#producer-form", new Dictionary<string, string?>
        {
            ["ProvinceId"] = province.Id.ToString(),
            ["reload"] = "places",
        });
        var form = await reloaded.ReadPageAsync();
        Assert.Null(form.QuerySelector("#error-summary"));
        Assert.NotNull(form.QuerySelector($"select#CommuneId option[value='{commune.Id}']"));
        Assert.NotNull(form.QuerySelector($"select#CommuneId option[value='{former.Id}']"));

        var name = Unique("Zqxv HTX Nông nghiệp");
        var fields = new Dictionary<string, string?>
        {
            ["Name"] = name,
            ["Type"] = nameof(ProducerType.Cooperative),
            ["ProvinceId"] = province.Id.ToString(),
            ["CommuneId"] = former.Id.ToString(),
            ["Address"] = "Thôn 3",
            ["Phone"] = "12345",
            ["Latitude"] = "19,8123",
            ["Longitude"] = "105.6012",
            ["Story"] = "<p>Câu chuyện <strong>mật ong</strong></p><script>alert(1)</script>",
        };
        using (var badPhone = await office.SubmitFormAsync(form, "#producer-form", fields))
            Assert.StartsWith("Vui lòng nhập số điện thoại Việt Nam hợp lệ", (await badPhone.ReadPageAsync()).FieldError("Phone"));

        fields["Phone"] = "0912 345 678";
        using var created = await office.SubmitFormAsync(form, "#producer-form", fields);
        Assert.Equal("Đã thêm chủ thể.", (await created.ReadPageAsync()).Status());
        var row = await Site.DbAsync(db => db.Producers.AsNoTracking().FirstAsync(p => p.Name == name));
        TrackProducer(row.Id);
        Assert.Equal(former.Id, row.CommuneId);
        Assert.Equal(province.Id, row.ProvinceId);
        Assert.Equal(19.8123, row.Latitude!.Value, 6);
        Assert.DoesNotContain("<script", row.Story);
        Assert.Contains("<strong>mật ong</strong>", row.Story);
        Assert.StartsWith("zqxv-htx-nong-nghiep-", row.Slug);

        // A new producer has no products, so it can be deleted (with confirmation in the browser).
        var edit = await office.GetDocumentAsync($"/admin/chu-the/{row.Id}");
        Assert.NotNull(edit.QuerySelector("#delete-form[data-confirm]"));
        using var deleted = await office.SubmitFormAsync(edit, "#delete-form");
        Assert.Equal("/admin/chu-the", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(await Site.DbAsync(db => db.Producers.AnyAsync(p => p.Id == row.Id)));
    }

    [Fact]
    public async Task A_producer_with_products_is_not_deleted_and_the_office_is_told_why()
    {
        var product = await NewProductAsync(ModerationStatus.Approved, published: true);
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.Administrator);
        using var _ = office;
        var token = await office.GetAntiforgeryTokenAsync($"/admin/chu-the/{product.ProducerId}");
        using var response = await office.PostAsync($"/admin/chu-the/{product.ProducerId}/xoa",
            new FormUrlEncodedContent(new Dictionary<string, string> { [SiteTestHelpers.AntiforgeryField] = token }));
        var page = await response.ReadPageAsync();
        Assert.StartsWith("Không thể xóa", page.Status());
        Assert.True(await Site.DbAsync(db => db.Producers.AnyAsync(p => p.Id == product.ProducerId)));
    }

    [Fact]
    public async Task The_producer_list_searches_without_diacritics_and_filters()
    {
        var hidden = await TestProducerAsync();
        await Site.DbAsync(db => db.Producers.Where(p => p.Id == hidden.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsPublished, false)));
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var found = await office.GetDocumentAsync("/admin/chu-the?q=hoa+cu");
        Assert.Contains(found.QuerySelectorAll("#producer-list tbody tr[data-id] a.fw-semibold"), a => a.TextContent.Contains("Hòa Cư"));
        var unpublished = await office.GetDocumentAsync("/admin/chu-the?published=false&sort=products&desc=true");
        var rows = unpublished.QuerySelectorAll("#producer-list tbody tr[data-id]").ToList();
        Assert.Contains(rows, r => r.GetAttribute("data-id") == hidden.Id.ToString());
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector(".badge.text-bg-secondary")));
        var cooperatives = await office.GetDocumentAsync("/admin/chu-the?type=Cooperative");
        Assert.DoesNotContain(cooperatives.QuerySelectorAll("#producer-list tbody tr[data-id]"), r => r.GetAttribute("data-id") == hidden.Id.ToString());
    }

    [Fact]
    public async Task Producer_slugs_stay_unique()
    {
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var (taken, edited) = await Site.DbAsync(async db =>
        {
            var all = await db.Producers.OrderBy(p => p.Id).Take(2).ToListAsync();
            return (all[0], all[1]);
        });
        var page = await office.GetDocumentAsync($"/admin/chu-the/{edited.Id}");
        using var response = await office.SubmitFormAsync(page, "#producer-form", new Dictionary<string, string?> { ["Slug"] = taken.Slug });
        Assert.Equal("Đường dẫn này đã được một chủ thể khác sử dụng; vui lòng chọn đường dẫn khác.", (await response.ReadPageAsync()).FieldError("Slug"));
        Assert.Equal(edited.Slug, await Site.DbAsync(db => db.Producers.Where(p => p.Id == edited.Id).Select(p => p.Slug).FirstAsync()));
    }

    [Fact]
    public async Task A_category_in_use_is_not_deleted_but_an_unused_one_is()
    {
        var product = await NewProductAsync(ModerationStatus.Approved, published: true);
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var used = await office.GetDocumentAsync($"/admin/danh-muc/{product.CategoryId}");
        using (var refused = await office.SubmitFormAsync(used, "#delete-form"))
            Assert.StartsWith("Không thể xóa", (await refused.ReadPageAsync()).Status());
        Assert.True(await Site.DbAsync(db => db.Categories.AnyAsync(c => c.Id == product.CategoryId)));

        // The storefront's category tree is cached; reading a page fills the cache before the office's change.
        using var shopper = Site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await shopper.StatusOfAsync("/danh-muc"));
        var groupId = await Site.DbAsync(db => db.Categories.Where(c => c.ParentId == null).OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync());
        var form = await office.GetDocumentAsync($"/admin/danh-muc/tao?parent={groupId}");
        var name = Unique("Zqxv nấm");
        var code = "T" + Guid.NewGuid().ToString("N")[..6];
        using var created = await office.SubmitFormAsync(form, "#category-form", new Dictionary<string, string?>
        {
            ["Name"] = name, ["NameEn"] = "Mushrooms", ["Code"] = code, ["Icon"] = "tree",
        });
        Assert.Equal("Đã thêm nhóm sản phẩm.", (await created.ReadPageAsync()).Status());
        var category = await Site.DbAsync(db => db.Categories.AsNoTracking().FirstAsync(c => c.Code == code));
        TrackCategory(category.Id);
        Assert.Equal(groupId, category.ParentId);
        Assert.Equal(HttpStatusCode.OK, await shopper.StatusOfAsync($"/danh-muc/{category.Slug}"));

        using (var duplicate = await office.SubmitFormAsync(form, "#category-form", new Dictionary<string, string?> { ["Name"] = name + " 2", ["NameEn"] = "x", ["Code"] = code }))
            Assert.Equal("Mã này đã được một nhóm khác sử dụng.", (await duplicate.ReadPageAsync()).FieldError("Code"));

        var edit = await office.GetDocumentAsync($"/admin/danh-muc/{category.Id}");
        using var deleted = await office.SubmitFormAsync(edit, "#delete-form");
        Assert.Equal("Đã xóa nhóm sản phẩm.", (await deleted.ReadPageAsync()).Status());
        Assert.False(await Site.DbAsync(db => db.Categories.AnyAsync(c => c.Id == category.Id)));
        Assert.Equal(HttpStatusCode.NotFound, await shopper.StatusOfAsync($"/danh-muc/{category.Slug}"));
    }

    [Fact]
    public async Task The_category_list_shows_the_six_groups_with_their_subgroups()
    {
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var page = await office.GetDocumentAsync("/admin/danh-muc");
        var rows = page.QuerySelectorAll("#category-list tbody tr[data-id]").ToList();
        Assert.True(rows.Count(r => r.ClassList.Contains("table-light")) >= 6);
        // Tree order: "Thực phẩm" first, then its subgroups before "Đồ uống".
        var names = rows.Select(r => r.QuerySelector("a")!.TextContent.Trim()).ToList();
        Assert.Equal("Thực phẩm", names[0]);
        Assert.True(names.IndexOf("Mật ong và sản phẩm từ mật ong") < names.IndexOf("Đồ uống"));
    }

    [Fact]
    public async Task Renaming_a_commune_shows_on_the_storefront_at_once()
    {
        var (producer, commune) = await Site.DbAsync(async db =>
        {
            var p = await db.Producers.AsNoTracking().Where(x => x.IsPublished).OrderBy(x => x.Id).FirstAsync();
            var c = await db.AdminUnits.AsNoTracking().FirstAsync(u => u.Id == p.CommuneId);
            return (p, c);
        });
        using var shopper = Site.CreateClient();
        Assert.Contains(commune.Name, (await shopper.GetDocumentAsync($"/chu-the/{producer.Slug}")).Body!.TextContent);

        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var renamed = commune.Name + " Thượng";
        try
        {
            var page = await office.GetDocumentAsync($"/admin/don-vi-hanh-chinh/{commune.Id}");
            using var saved = await office.SubmitFormAsync(page, "#unit-form", new Dictionary<string, string?> { ["Name"] = renamed });
            Assert.Equal("Đã lưu.", (await saved.ReadPageAsync()).Status());
            Assert.Contains(renamed, (await shopper.GetDocumentAsync($"/chu-the/{producer.Slug}")).Body!.TextContent);
        }
        finally
        {
            var page = await office.GetDocumentAsync($"/admin/don-vi-hanh-chinh/{commune.Id}");
            using var restored = await office.SubmitFormAsync(page, "#unit-form", new Dictionary<string, string?> { ["Name"] = commune.Name });
        }
    }

    [Fact]
    public async Task A_merging_is_recorded_with_its_date_and_shown_on_both_units()
    {
        var suffix = Random.Shared.Next(100_000, 999_999);
        var (from, into) = await Site.DbAsync(async db =>
        {
            var province = await db.AdminUnits.FirstAsync(u => u.Code == "P38");
            var a = new AdminUnit { Code = $"CT{suffix}", Name = $"Xã Thử Nghiệm {suffix}", Slug = $"xa-thu-nghiem-{suffix}", Level = AdminUnitLevel.Commune, ParentId = province.Id, ValidFrom = new DateOnly(2025, 7, 1) };
            var b = new AdminUnit { Code = $"CU{suffix}", Name = $"Xã Hợp Nhất {suffix}", Slug = $"xa-hop-nhat-{suffix}", Level = AdminUnitLevel.Commune, ParentId = province.Id, ValidFrom = new DateOnly(2025, 7, 1) };
            db.AdminUnits.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a, b);
        });
        TrackUnit(from.Id);
        TrackUnit(into.Id);
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var page = await office.GetDocumentAsync($"/admin/don-vi-hanh-chinh/{from.Id}");

        using (var self = await office.SubmitFormAsync(page, "#unit-form", new Dictionary<string, string?> { ["SuccessorCode"] = from.Code, ["ValidTo"] = "2026-06-30" }))
            Assert.Equal("Một đơn vị không thể sáp nhập vào chính nó.", (await self.ReadPageAsync()).FieldError("SuccessorCode"));
        using (var noDate = await office.SubmitFormAsync(page, "#unit-form", new Dictionary<string, string?> { ["SuccessorCode"] = into.Code.ToLowerInvariant() }))
            Assert.NotNull((await noDate.ReadPageAsync()).FieldError("ValidTo"));

        using var saved = await office.SubmitFormAsync(page, "#unit-form", new Dictionary<string, string?> { ["SuccessorCode"] = into.Code, ["ValidTo"] = "2026-06-30" });
        Assert.Equal("Đã lưu.", (await saved.ReadPageAsync()).Status());
        var row = await Site.DbAsync(db => db.AdminUnits.AsNoTracking().FirstAsync(u => u.Id == from.Id));
        Assert.Equal(into.Id, row.SuccessorId);
        Assert.Equal(new DateOnly(2026, 6, 30), row.ValidTo);

        var target = await office.GetDocumentAsync($"/admin/don-vi-hanh-chinh/{into.Id}");
        Assert.NotNull(target.QuerySelector($"#predecessors li[data-code='{from.Code}']"));
        var search = await office.GetDocumentAsync($"/admin/don-vi-hanh-chinh?q={from.Code}");
        var listed = search.QuerySelector($"#unit-list tr[data-code='{from.Code}']");
        Assert.NotNull(listed);
        Assert.Contains(into.Name, listed.TextContent);
    }

    [Fact]
    public async Task Pre_2025_communes_show_the_unit_they_merged_into()
    {
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var old = await Site.DbAsync(db => db.AdminUnits.AsNoTracking().Include(u => u.Successor).FirstAsync(u => u.Code == "OC15670"));
        var page = await office.GetDocumentAsync("/admin/don-vi-hanh-chinh?q=15670");
        var row = page.QuerySelector("#unit-list tr[data-code='OC15670']");
        Assert.NotNull(row);
        Assert.Contains(old.Successor!.Name, row.TextContent);
        var provinces = await office.GetDocumentAsync("/admin/don-vi-hanh-chinh");
        Assert.Equal(25, provinces.QuerySelectorAll("#unit-list tbody tr[data-id]").Length);
        Assert.Contains("trên 34", provinces.Body!.TextContent);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CatalogStructureTestsSqlite(SqliteWebFactory site) : CatalogStructureTests(site);

[Collection(Collections.Postgres)]
public sealed class CatalogStructureTestsPostgres(PostgresWebFactory site) : CatalogStructureTests(site);
