using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Media;

namespace OcopMarket.Core.Tests.Data;

public sealed class ProductModerationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private ProductModeration NewModeration(out Core.Data.OcopDbContext db)
    {
        db = _database.NewDb();
        return new ProductModeration(db, _database.Time, _database.Actor);
    }

    private async Task<int[]> AddImagesAsync(int count)
    {
        await using var db = _database.NewDb();
        var files = Enumerable.Range(0, count).Select(i => new MediaFile
        {
            FileName = $"anh-{i}.jpg", ContentType = "image/jpeg", Width = 800, Height = 600, Length = 1000,
            StoragePath = $"x/{Guid.NewGuid():N}", CreatedAt = _database.Time.GetUtcNow(),
        }).ToList();
        db.MediaFiles.AddRange(files);
        await db.SaveChangesAsync();
        return files.Select(f => f.Id).ToArray();
    }

    private async Task<Product> DraftAsync()
    {
        var product = await _database.SeedProductAsync("Trà shan tuyết thử");
        await using var db = _database.NewDb();
        var p = await db.Products.SingleAsync(x => x.Id == product.Id);
        p.ModerationStatus = ModerationStatus.Draft;
        p.IsPublished = false;
        await db.SaveChangesAsync();
        return p;
    }

    [Fact]
    public async Task A_draft_goes_through_submission_to_approval_and_only_then_is_published()
    {
        var draft = await DraftAsync();
        Assert.True((await NewModeration(out _).SubmitAsync(draft.Id)).Succeeded);
        Assert.False((await NewModeration(out _).SubmitAsync(draft.Id)).Succeeded); // already submitted

        Assert.True((await NewModeration(out _).ApproveAsync(draft.Id)).Succeeded);
        await using var db = _database.NewDb();
        var p = await db.Products.SingleAsync(x => x.Id == draft.Id);
        Assert.Equal(ModerationStatus.Approved, p.ModerationStatus);
        Assert.True(p.IsPublished);
    }

    [Fact]
    public async Task Rejection_needs_a_reason_and_keeps_the_listing_hidden()
    {
        var draft = await DraftAsync();
        await NewModeration(out _).SubmitAsync(draft.Id);
        var noReason = await NewModeration(out _).RejectAsync(draft.Id, "  ");
        Assert.False(noReason.Succeeded);

        Assert.True((await NewModeration(out _).RejectAsync(draft.Id, "Ảnh sản phẩm chưa rõ nhãn")).Succeeded);
        await using var db = _database.NewDb();
        var p = await db.Products.SingleAsync(x => x.Id == draft.Id);
        Assert.Equal(ModerationStatus.Rejected, p.ModerationStatus);
        Assert.Equal("Ảnh sản phẩm chưa rõ nhãn", p.ModerationNote);
        Assert.False(p.IsPublished);
        // A rejected listing may be corrected and submitted again.
        Assert.True((await NewModeration(out _).SubmitAsync(draft.Id)).Succeeded);
    }

    [Fact]
    public async Task A_name_change_on_an_approved_listing_waits_while_the_live_listing_stays()
    {
        var product = await _database.SeedProductAsync("Mật ong bạc hà thử");
        var images = await AddImagesAsync(2);

        var first = await NewModeration(out _).ProposeChangeAsync(product.Id, "Mật ong hoa bạc hà", null, product.CategoryId, [images[0]]);
        var second = await NewModeration(out _).ProposeChangeAsync(product.Id, "Mật ong hoa bạc hà Đồng Văn", null, product.CategoryId, [images[1], images[0]]);
        Assert.True(first.Value);
        Assert.True(second.Value);

        await using (var db = _database.NewDb())
        {
            Assert.Equal("Mật ong bạc hà thử", (await db.Products.SingleAsync(x => x.Id == product.Id)).Name);
            var pending = await db.ProductChangeRequests.SingleAsync(r => r.ProductId == product.Id); // the newer proposal replaced the older
            Assert.Equal("Mật ong hoa bạc hà Đồng Văn", pending.ProposedName);
            Assert.True((await NewModeration(out _).ApproveChangeAsync(pending.Id)).Succeeded);
        }

        await using var check = _database.NewDb();
        var live = await check.Products.Include(p => p.Images).SingleAsync(x => x.Id == product.Id);
        Assert.Equal("Mật ong hoa bạc hà Đồng Văn", live.Name);
        Assert.Equal([images[1], images[0]], live.Images.OrderBy(i => i.SortOrder).Select(i => i.MediaFileId));
        Assert.Equal(ChangeRequestStatus.Approved, (await check.ProductChangeRequests.SingleAsync(r => r.ProductId == product.Id)).Status);
    }

    [Fact]
    public async Task A_change_to_a_listing_not_yet_approved_applies_at_once()
    {
        var draft = await DraftAsync();
        var result = await NewModeration(out _).ProposeChangeAsync(draft.Id, "Trà shan tuyết cổ thụ", "Ancient shan tuyet tea", draft.CategoryId, []);
        Assert.False(result.Value);
        await using var db = _database.NewDb();
        Assert.Equal("Trà shan tuyết cổ thụ", (await db.Products.SingleAsync(x => x.Id == draft.Id)).Name);
        Assert.False(await db.ProductChangeRequests.AnyAsync(r => r.ProductId == draft.Id));
    }

    [Fact]
    public async Task A_rejected_change_leaves_the_listing_untouched()
    {
        var product = await _database.SeedProductAsync("Rượu ngô thử");
        await NewModeration(out _).ProposeChangeAsync(product.Id, "Rượu ngô men lá", null, product.CategoryId, []);
        await using var db = _database.NewDb();
        var pending = await db.ProductChangeRequests.SingleAsync(r => r.ProductId == product.Id);
        Assert.False((await NewModeration(out _).RejectChangeAsync(pending.Id, "")).Succeeded);
        Assert.True((await NewModeration(out _).RejectChangeAsync(pending.Id, "Tên mới chưa khớp hồ sơ OCOP")).Succeeded);
        await using var check = _database.NewDb();
        Assert.Equal("Rượu ngô thử", (await check.Products.SingleAsync(x => x.Id == product.Id)).Name);
        Assert.False((await NewModeration(out _).ApproveChangeAsync(pending.Id)).Succeeded); // no longer pending
    }
}
