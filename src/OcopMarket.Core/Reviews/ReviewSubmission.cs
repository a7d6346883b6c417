using System.Text;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reviews;

/// <summary>What a customer typed on the review form.</summary>
public sealed record ReviewInput(int Rating, string? Title, string? Body, string? AuthorName);

/// <summary>
/// Writes a customer's review of a product they received: one per customer and product; writing again edits it and
/// sends it back to moderation. Texts are stored as plain text (trimmed, NFC); pages encode them on output.
/// </summary>
public sealed class ReviewSubmission(OcopDbContext db, ReviewEligibility eligibility, TimeProvider time)
{
    public async Task<OperationResult<ProductReview>> SubmitAsync(int userId, int productId, ReviewInput input, CancellationToken ct = default)
    {
        var proof = await eligibility.CheckAsync(userId, productId, ct);
        if (proof.State == PurchaseState.NotBought) return OperationResult<ProductReview>.Fail("Only customers who bought this product can review it.");
        if (proof.State == PurchaseState.NotDelivered) return OperationResult<ProductReview>.Fail("You can review this product once your order has been delivered.");

        if (input.Rating is < ReviewRules.MinRating or > ReviewRules.MaxRating) return OperationResult<ProductReview>.Fail("Choose a rating from 1 to 5 stars.");
        var title = Clean(input.Title);
        if (title?.Length > ReviewRules.TitleMax) return OperationResult<ProductReview>.Fail("The title must be at most {0} characters.", ReviewRules.TitleMax);
        var body = Clean(input.Body) ?? "";
        if (body.Length < ReviewRules.BodyMin) return OperationResult<ProductReview>.Fail("The review must be at least {0} characters.", ReviewRules.BodyMin);
        if (body.Length > ReviewRules.BodyMax) return OperationResult<ProductReview>.Fail("The review must be at most {0} characters.", ReviewRules.BodyMax);
        var author = Clean(input.AuthorName);
        if (author is null)
        {
            var fullName = await db.Users.Where(u => u.Id == userId).Select(u => u.FullName).FirstOrDefaultAsync(ct);
            author = AuthorNames.Default(fullName);
            if (author.Length == 0) return OperationResult<ProductReview>.Fail("Enter the name to show with your review.");
        }
        if (author.Length > ReviewRules.AuthorMax) return OperationResult<ProductReview>.Fail("The name must be at most {0} characters.", ReviewRules.AuthorMax);

        var now = time.GetUtcNow();
        var review = await db.ProductReviews.FirstOrDefaultAsync(r => r.ProductId == productId && r.CustomerUserId == userId, ct);
        if (review is null)
        {
            review = new ProductReview { ProductId = productId, CustomerUserId = userId, CreatedAt = now };
            db.ProductReviews.Add(review);
        }
        review.OrderId = proof.OrderId!.Value;
        review.Rating = input.Rating;
        review.Title = title;
        review.Body = body;
        review.AuthorName = author;
        review.UpdatedAt = now;
        // An edited review is read again before it is shown: the earlier decision no longer applies.
        review.Status = ReviewStatus.Pending;
        review.ModeratedAt = null;
        review.ModeratedByUserId = null;
        review.ModerationNote = null;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (review.Id == 0)
        {
            // The same customer sent the form twice at once: the unique index kept the first.
            db.ChangeTracker.Clear();
            return OperationResult<ProductReview>.Fail("You have already reviewed this product; reload the page to edit your review.");
        }
        return OperationResult<ProductReview>.Ok(review);
    }

    /// <summary>Trimmed, NFC, Windows line ends made plain, control characters other than line breaks and tabs dropped; empty → null.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normalized = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n');
        var sb = new StringBuilder(normalized.Length);
        foreach (var ch in normalized)
            if (!char.IsControl(ch) || ch is '\n' or '\t') sb.Append(ch);
        var result = sb.ToString().Trim();
        return result.Length == 0 ? null : result;
    }
}
