using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Reviews;

/// <summary>The reviews a customer wrote, newest change first, with their status and the office's note.</summary>
public sealed class MyReviewsQuery(OcopDbContext db)
{
    public const int PageSize = 10;

    public async Task<MyReviewsPageModel> GetAsync(int userId, int page, CancellationToken ct)
    {
        var query = db.ProductReviews.AsNoTracking().Where(r => r.CustomerUserId == userId);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new MyReviewModel(r.Id, r.Product!.Name, r.Product.Slug,
                r.Product.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault(),
                r.Rating, r.Title, r.Body, r.Status, r.UpdatedAt, r.ModerationNote, r.ProducerReply))
            .ToListAsync(ct);
        return new MyReviewsPageModel(rows, page, pageCount, total);
    }
}
