using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Reviews;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Reviews;

/// <summary>The moderation queue's filters besides the text: status ("all" for every status; Pending by default) and rating.</summary>
public sealed class ReviewListQuery : ListQuery
{
    public const string All = "all";

    public string? Status { get; set; }
    public int? Rating { get; set; }

    /// <summary>The status to list, or null for all of them.</summary>
    public ReviewStatus? StatusFilter =>
        string.Equals(Status, All, StringComparison.OrdinalIgnoreCase) ? null
        : Enum.TryParse<ReviewStatus>(Status, true, out var s) && Enum.IsDefined(s) ? s
        : ReviewStatus.Pending;
}

/// <summary>One row (a member-init class so the database can sort and page on its columns).</summary>
public sealed class ReviewRow
{
    public int Id { get; init; }
    public int ProductId { get; init; }
    public string Product { get; init; } = "";
    public string ProductSlug { get; init; } = "";
    public string Producer { get; init; } = "";
    public string AuthorName { get; init; } = "";
    public int Rating { get; init; }
    public string? Title { get; init; }
    public string Body { get; init; } = "";
    public ReviewStatus Status { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? ModerationNote { get; init; }
    public string? ProducerReply { get; init; }
}

public sealed record ReviewListPage(PagedList<ReviewRow> Rows, ReviewListQuery Query, IReadOnlyDictionary<ReviewStatus, int> Counts);

/// <summary>Reviews for the office, searched by product (with or without diacritics) and by the review's own words.</summary>
public sealed class ReviewAdminList(OcopDbContext db)
{
    private static readonly SortMap<ReviewRow> Sorts = new SortMap<ReviewRow>()
        .Add("date", r => r.UpdatedAt)
        .Add("product", r => r.Product)
        .Add("rating", r => r.Rating)
        .Add("author", r => r.AuthorName)
        .Add("status", r => r.Status);

    public async Task<ReviewListPage> GetAsync(ReviewListQuery query, CancellationToken ct)
    {
        var reviews = db.ProductReviews.AsNoTracking();
        if (query.Text is { } text)
        {
            var folded = VietnameseText.Fold(text).ToLowerInvariant();
            var lower = text.ToLower();
            reviews = reviews.Where(r => r.Product!.SearchKey.Contains(folded) || r.Body.ToLower().Contains(lower)
                || (r.Title != null && r.Title.ToLower().Contains(lower)) || r.AuthorName.ToLower().Contains(lower));
        }
        if (query.Rating is >= 1 and <= 5) reviews = reviews.Where(r => r.Rating == query.Rating);
        if (query.StatusFilter is { } status) reviews = reviews.Where(r => r.Status == status);
        var rows = reviews.Select(r => new ReviewRow
        {
            Id = r.Id,
            ProductId = r.ProductId,
            Product = r.Product!.Name,
            ProductSlug = r.Product.Slug,
            Producer = r.Product.Producer!.Name,
            AuthorName = r.AuthorName,
            Rating = r.Rating,
            Title = r.Title,
            Body = r.Body,
            Status = r.Status,
            UpdatedAt = r.UpdatedAt,
            ModerationNote = r.ModerationNote,
            ProducerReply = r.ProducerReply,
        });
        var page = await rows.ToPagedListAsync(query, Sorts, ct);
        var counts = await db.ProductReviews.AsNoTracking().GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new ReviewListPage(page, query, counts);
    }
}

/// <summary>One review with who wrote it and the order that proves the purchase.</summary>
public sealed record ReviewDetail(
    int Id, string Product, string ProductSlug, string Producer, string AuthorName, string CustomerName, string? CustomerEmail,
    string OrderNumber, int Rating, string? Title, string Body, ReviewStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? ModeratedAt, string? ModeratedBy, string? ModerationNote, string? ProducerReply, DateTimeOffset? ProducerReplyAt);

public sealed class ReviewDetails(OcopDbContext db)
{
    public async Task<ReviewDetail?> GetAsync(int id, CancellationToken ct)
    {
        var row = await db.ProductReviews.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new
            {
                r.Id, Product = r.Product!.Name, r.Product.Slug, Producer = r.Product.Producer!.Name, r.AuthorName,
                Customer = db.Users.Where(u => u.Id == r.CustomerUserId).Select(u => new { u.FullName, u.Email }).FirstOrDefault(),
                OrderNumber = db.Orders.Where(o => o.Id == r.OrderId).Select(o => o.Number).FirstOrDefault(),
                r.Rating, r.Title, r.Body, r.Status, r.CreatedAt, r.UpdatedAt, r.ModeratedAt,
                ModeratedBy = db.Users.Where(u => u.Id == r.ModeratedByUserId).Select(u => u.FullName != "" ? u.FullName : u.Email).FirstOrDefault(),
                r.ModerationNote, r.ProducerReply, r.ProducerReplyAt,
            })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new ReviewDetail(row.Id, row.Product, row.Slug, row.Producer, row.AuthorName,
            row.Customer?.FullName ?? "", row.Customer?.Email, row.OrderNumber ?? "", row.Rating, row.Title, row.Body, row.Status,
            row.CreatedAt, row.UpdatedAt, row.ModeratedAt, row.ModeratedBy, row.ModerationNote, row.ProducerReply, row.ProducerReplyAt);
    }
}
