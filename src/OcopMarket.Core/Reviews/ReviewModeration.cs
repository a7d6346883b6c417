using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reviews;

/// <summary>
/// The office approves or rejects reviews, one or many at once; a rejection needs a note, which the author sees.
/// Every review of the batch is saved in one SaveChanges (one transaction, each change audited).
/// </summary>
public sealed class ReviewModeration(OcopDbContext db, TimeProvider time)
{
    public const int MaxBatch = 200;

    /// <returns>How many reviews were changed.</returns>
    public Task<OperationResult<int>> ApproveAsync(IReadOnlyCollection<int> ids, int? userId, CancellationToken ct = default) =>
        DecideAsync(ids, ReviewStatus.Approved, null, userId, ct);

    public Task<OperationResult<int>> RejectAsync(IReadOnlyCollection<int> ids, string? note, int? userId, CancellationToken ct = default)
    {
        var clean = ReviewSubmission.Clean(note);
        if (clean is null) return Task.FromResult(OperationResult<int>.Fail("Write a note for the customer saying why the review is rejected."));
        if (clean.Length > ReviewRules.NoteMax) return Task.FromResult(OperationResult<int>.Fail("The note must be at most {0} characters.", ReviewRules.NoteMax));
        return DecideAsync(ids, ReviewStatus.Rejected, clean, userId, ct);
    }

    private async Task<OperationResult<int>> DecideAsync(IReadOnlyCollection<int> ids, ReviewStatus status, string? note, int? userId, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return OperationResult<int>.Fail("Select at least one review.");
        if (wanted.Count > MaxBatch) return OperationResult<int>.Fail("Select at most {0} reviews at a time.", MaxBatch);
        var reviews = await db.ProductReviews.Where(r => wanted.Contains(r.Id)).ToListAsync(ct);
        if (reviews.Count == 0) return OperationResult<int>.Fail("The review was not found.");
        var now = time.GetUtcNow();
        foreach (var review in reviews)
        {
            review.Status = status;
            review.ModerationNote = note;
            review.ModeratedAt = now;
            review.ModeratedByUserId = userId;
        }
        await db.SaveChangesAsync(ct);
        return OperationResult<int>.Ok(reviews.Count);
    }
}
