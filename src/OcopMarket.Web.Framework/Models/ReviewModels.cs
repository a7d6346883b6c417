using System.ComponentModel.DataAnnotations;
using OcopMarket.Core.Common;
using OcopMarket.Core.Reviews;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Framework.Models;

/// <summary>An approved review as the storefront shows it (every review comes from a delivered order: a verified purchase).</summary>
public sealed record ReviewItemModel(int Id, string AuthorName, int Rating, string? Title, string Body, DateTimeOffset CreatedAt,
    string? ProducerReply, DateTimeOffset? ProducerReplyAt, string ProducerName);

/// <summary>The reviews block of a product page: the summary over approved reviews and the newest few.</summary>
public sealed record ProductReviewsModel(int ProductId, string ProductSlug, RatingSummary Summary, IReadOnlyList<ReviewItemModel> Latest)
{
    public const int Shown = 5;

    public bool HasMore => Summary.Count > Latest.Count;

    /// <summary>schema.org AggregateRating, or null without an approved review (Google rejects empty ratings).</summary>
    public Dictionary<string, object?>? AggregateRatingJsonLd() => Summary.Count == 0 ? null : new()
    {
        ["@type"] = "AggregateRating",
        ["ratingValue"] = Summary.Average,
        ["reviewCount"] = Summary.Count,
        ["bestRating"] = 5,
        ["worstRating"] = 1,
    };

    /// <summary>schema.org Review items for the newest approved reviews (none without one).</summary>
    public object[]? ReviewsJsonLd() => Latest.Count == 0 ? null : Latest.Select(r => (object)new Dictionary<string, object?>
    {
        ["@type"] = "Review",
        ["author"] = new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = r.AuthorName },
        ["datePublished"] = r.CreatedAt.ToVietnam().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["name"] = r.Title,
        ["reviewBody"] = r.Body,
        ["reviewRating"] = new Dictionary<string, object?> { ["@type"] = "Rating", ["ratingValue"] = r.Rating, ["bestRating"] = 5, ["worstRating"] = 1 },
    }.Where(kv => kv.Value is not null).ToDictionary()).ToArray();
}

/// <summary>/san-pham/{slug}/danh-gia/tat-ca: every approved review of a product, newest first, paged.</summary>
public sealed record ProductReviewPageModel(int ProductId, string ProductName, string ProductSlug, int? ImageId, RatingSummary Summary,
    IReadOnlyList<ReviewItemModel> Reviews, int Page, int PageCount);

public enum ReviewFormState
{
    /// <summary>Not signed in: the page asks to sign in.</summary>
    SignIn,
    /// <summary>Signed in but no order of theirs holds the product.</summary>
    NotBought,
    /// <summary>Ordered, not delivered yet.</summary>
    NotDelivered,
    /// <summary>May write (or edit) a review.</summary>
    Open,
    /// <summary>Just sent: the thank-you message.</summary>
    Sent,
}

/// <summary>The review page (/san-pham/{slug}/danh-gia): who the visitor is to the product decides what it shows.</summary>
public sealed class ReviewPageModel
{
    public required int ProductId { get; init; }
    public required string ProductName { get; init; }
    public required string ProductSlug { get; init; }
    public int? ImageId { get; init; }
    public required ReviewFormState State { get; init; }
    public ReviewForm Form { get; init; } = new();
    /// <summary>The customer's existing review (status and the office's note), when editing.</summary>
    public ReviewStatus? ExistingStatus { get; init; }
    public string? ModerationNote { get; init; }
}

[LocalizedWith(typeof(ReviewsResource))]
public sealed class ReviewForm
{
    [Display(Name = "Your rating")]
    [Required(ErrorMessage = "Choose a rating from 1 to 5 stars.")]
    [Range(1, 5, ErrorMessage = "Choose a rating from 1 to 5 stars.")]
    public int? Rating { get; set; }

    [Display(Name = "Title (optional)")]
    [StringLength(ReviewRules.TitleMax, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Title { get; set; }

    [Display(Name = "Your review")]
    [Required(ErrorMessage = "Please write your review.")]
    [StringLength(ReviewRules.BodyMax, MinimumLength = ReviewRules.BodyMin, ErrorMessage = "{0} must be between {2} and {1} characters.")]
    public string? Body { get; set; }

    [Display(Name = "Name shown with your review")]
    [Required(ErrorMessage = "Enter the name to show with your review.")]
    [StringLength(ReviewRules.AuthorMax, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? AuthorName { get; set; }
}

/// <summary>A customer's own review in the account area.</summary>
public sealed record MyReviewModel(int Id, string ProductName, string ProductSlug, int? ImageId, int Rating, string? Title, string Body,
    ReviewStatus Status, DateTimeOffset UpdatedAt, string? ModerationNote, string? ProducerReply);

public sealed record MyReviewsPageModel(IReadOnlyList<MyReviewModel> Reviews, int Page, int PageCount, int Total);

/// <summary>The review link beside a delivered order line.</summary>
public sealed record ReviewLinkModel(string ProductSlug, bool HasReview);
