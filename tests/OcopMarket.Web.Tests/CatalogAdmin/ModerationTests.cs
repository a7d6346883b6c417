using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.CatalogAdmin;

/// <summary>The office's moderation queue through real HTTP: approve, reject with a reason, apply a producer's change.</summary>
public abstract class ModerationTests(OcopWebFactory site) : CatalogAdminTestBase(site)
{
    [Fact]
    public async Task Approving_a_submitted_listing_puts_it_in_the_catalog()
    {
        var product = await NewProductAsync(ModerationStatus.Submitted, published: false);
        using var shopper = Site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, await shopper.StatusOfAsync($"/san-pham/{product.Slug}"));

        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var queue = await office.GetDocumentAsync("/admin/kiem-duyet");
        Assert.NotNull(queue.QuerySelector($"#moderation-queue tr[data-kind='Listing'][data-id='{product.Id}']"));

        var review = await office.GetDocumentAsync($"/admin/kiem-duyet/san-pham/{product.Id}");
        Assert.Contains(product.Name, review.QuerySelector("h1")!.TextContent);
        using var approved = await office.SubmitFormAsync(review, "#approve-form");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("/admin/kiem-duyet", approved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Đã duyệt", (await approved.ReadPageAsync()).Status());

        Assert.Equal(HttpStatusCode.OK, await shopper.StatusOfAsync($"/san-pham/{product.Slug}"));
        var row = await Site.DbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Id == product.Id));
        Assert.Equal(ModerationStatus.Approved, row.ModerationStatus);
        Assert.True(row.IsPublished);
    }

    [Fact]
    public async Task Rejecting_requires_a_reason_and_stores_it_for_the_producer()
    {
        var product = await NewProductAsync(ModerationStatus.Submitted, published: false);
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.Administrator);
        using var _ = office;
        var review = await office.GetDocumentAsync($"/admin/kiem-duyet/san-pham/{product.Id}");

        using var refused = await office.SubmitFormAsync(review, "#reject-form", new Dictionary<string, string?> { ["Reason"] = "   " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.ReadPageAsync();
        Assert.Equal("Vui lòng ghi lý do từ chối để chủ thể biết cần sửa gì.", again.QuerySelector("#Reason-error")?.TextContent.Trim());
        Assert.Equal(ModerationStatus.Submitted, await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.ModerationStatus).FirstAsync()));

        const string reason = "Ảnh chưa thể hiện tem OCOP; đề nghị bổ sung ảnh nhãn.";
        using var rejected = await office.SubmitFormAsync(again, "#reject-form", new Dictionary<string, string?> { ["Reason"] = reason });
        Assert.Equal("/admin/kiem-duyet", rejected.RequestMessage!.RequestUri!.AbsolutePath);
        var row = await Site.DbAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Id == product.Id));
        Assert.Equal(ModerationStatus.Rejected, row.ModerationStatus);
        Assert.Equal(reason, row.ModerationNote);
        Assert.False(row.IsPublished);
        var edit = await office.GetDocumentAsync($"/admin/san-pham/{product.Id}");
        Assert.Contains(reason, edit.QuerySelector("#moderation-panel")!.TextContent);
    }

    [Fact]
    public async Task Approving_a_change_request_applies_name_category_and_images()
    {
        var product = await NewProductAsync(ModerationStatus.Approved, published: true);
        var (media, otherCategory) = await Site.DbAsync(async db =>
        {
            var ids = await db.MediaFiles.OrderBy(m => m.Id).Select(m => m.Id).Take(3).ToListAsync();
            db.ProductImages.Add(new ProductImage { ProductId = product.Id, MediaFileId = ids[0], SortOrder = 0 });
            await db.SaveChangesAsync();
            var category = await db.Categories.Where(c => c.ParentId != null && c.Id != product.CategoryId).OrderByDescending(c => c.Id).FirstAsync();
            return (ids, category);
        });
        var newName = Unique("Zqxv đổi tên");
        var request = await Site.DbAsync(async db =>
        {
            var r = new ProductChangeRequest
            {
                ProductId = product.Id,
                ProposedName = newName,
                ProposedCategoryId = otherCategory.Id,
                ProposedImageIds = $"{media[2]},{media[1]}",
                SubmittedAt = Site.Time.GetUtcNow(),
            };
            db.ProductChangeRequests.Add(r);
            await db.SaveChangesAsync();
            return r;
        });

        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var queue = await office.GetDocumentAsync("/admin/kiem-duyet?kind=Change");
        Assert.NotNull(queue.QuerySelector($"tr[data-kind='Change'][data-id='{request.Id}']"));
        var review = await office.GetDocumentAsync($"/admin/kiem-duyet/thay-doi/{request.Id}");
        var diff = review.QuerySelector("#change-diff")!;
        Assert.Contains(product.Name, diff.QuerySelector("tr[data-field='name']")!.TextContent);
        Assert.Contains(newName, diff.QuerySelector("tr[data-field='name']")!.TextContent);
        Assert.Contains(otherCategory.Name, diff.QuerySelector("tr[data-field='category']")!.TextContent);
        var thumbs = diff.QuerySelectorAll("tr[data-field='images'] img").Select(i => i.GetAttribute("src")).ToList();
        Assert.Equal([$"/media/{media[0]}/160.webp", $"/media/{media[2]}/160.webp", $"/media/{media[1]}/160.webp"], thumbs);

        using var approved = await office.SubmitFormAsync(review, "#approve-form");
        Assert.Equal("/admin/kiem-duyet", approved.RequestMessage!.RequestUri!.AbsolutePath);
        var row = await Site.DbAsync(db => db.Products.AsNoTracking().Include(p => p.Images).FirstAsync(p => p.Id == product.Id));
        Assert.Equal(newName, row.Name);
        Assert.Equal(otherCategory.Id, row.CategoryId);
        Assert.Equal([media[2], media[1]], row.Images.OrderBy(i => i.SortOrder).Select(i => i.MediaFileId));
        Assert.Equal(ChangeRequestStatus.Approved, await Site.DbAsync(db => db.ProductChangeRequests.Where(r => r.Id == request.Id).Select(r => r.Status).FirstAsync()));
        using var shopper = Site.CreateClient();
        var page = await shopper.GetDocumentAsync($"/san-pham/{product.Slug}");
        Assert.Contains(newName, page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Rejecting_a_change_keeps_the_listing_and_stores_the_reason()
    {
        var product = await NewProductAsync(ModerationStatus.Approved, published: true);
        var request = await Site.DbAsync(async db =>
        {
            var r = new ProductChangeRequest { ProductId = product.Id, ProposedName = product.Name + " (mới)", ProposedCategoryId = product.CategoryId, SubmittedAt = Site.Time.GetUtcNow() };
            db.ProductChangeRequests.Add(r);
            await db.SaveChangesAsync();
            return r;
        });
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _ = office;
        var review = await office.GetDocumentAsync($"/admin/kiem-duyet/thay-doi/{request.Id}");
        using var empty = await office.SubmitFormAsync(review, "#reject-form", new Dictionary<string, string?> { ["Reason"] = "" });
        Assert.NotNull((await empty.ReadPageAsync()).QuerySelector("#Reason.is-invalid"));

        using var rejected = await office.SubmitFormAsync(review, "#reject-form", new Dictionary<string, string?> { ["Reason"] = "Tên mới không khớp nhãn." });
        var stored = await Site.DbAsync(db => db.ProductChangeRequests.AsNoTracking().FirstAsync(r => r.Id == request.Id));
        Assert.Equal(ChangeRequestStatus.Rejected, stored.Status);
        Assert.Equal("Tên mới không khớp nhãn.", stored.DecisionNote);
        Assert.Equal(product.Name, await Site.DbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Name).FirstAsync()));
    }
}

[Collection(Collections.Sqlite)]
public sealed class ModerationTestsSqlite(SqliteWebFactory site) : ModerationTests(site);

[Collection(Collections.Postgres)]
public sealed class ModerationTestsPostgres(PostgresWebFactory site) : ModerationTests(site);
