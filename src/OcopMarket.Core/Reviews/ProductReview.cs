using OcopMarket.Core.Common;

namespace OcopMarket.Core.Reviews;

public enum ReviewStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}

/// <summary>
/// A rating (1–5) and review by a customer who bought the product (an order of theirs with it, delivered).
/// Shown only once the office approved it; one review per customer and product (editing sends it back to moderation).
/// </summary>
public class ProductReview : Entity, Audit.IAudited
{
    public int ProductId { get; set; }
    public Catalog.Product? Product { get; set; }
    public int CustomerUserId { get; set; }
    /// <summary>The order that proves the purchase.</summary>
    public int OrderId { get; set; }
    /// <summary>The name shown with the review (the customer chooses it; defaults to the first name).</summary>
    public string AuthorName { get; set; } = "";
    public int Rating { get; set; }
    public string? Title { get; set; }
    /// <summary>Plain text.</summary>
    public string Body { get; set; } = "";
    public ReviewStatus Status { get; set; } = ReviewStatus.Pending;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    public int? ModeratedByUserId { get; set; }
    /// <summary>The office's reason when rejected (shown to the author).</summary>
    public string? ModerationNote { get; set; }
    /// <summary>The producer's public answer (plain text).</summary>
    public string? ProducerReply { get; set; }
    public DateTimeOffset? ProducerReplyAt { get; set; }
}
