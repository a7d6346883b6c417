using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reviews;

/// <summary>A producer's public answer under an approved review of one of its own products (plain text, editable, empty removes it).</summary>
public sealed class ProducerReplies(OcopDbContext db, TimeProvider time)
{
    public const string NotFound = "The review was not found.";

    public async Task<OperationResult> ReplyAsync(int reviewId, int producerId, string? text, CancellationToken ct = default)
    {
        var review = await db.ProductReviews
            .FirstOrDefaultAsync(r => r.Id == reviewId && r.Status == ReviewStatus.Approved && r.Product!.ProducerId == producerId, ct);
        if (review is null) return OperationResult.Fail(NotFound);
        var reply = ReviewSubmission.Clean(text);
        if (reply?.Length > ReviewRules.ReplyMax) return OperationResult.Fail("The reply must be at most {0} characters.", ReviewRules.ReplyMax);
        review.ProducerReply = reply;
        review.ProducerReplyAt = reply is null ? null : time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }
}
