using OcopMarket.Core.Common;

namespace OcopMarket.Core.News;

public enum ArticleKind
{
    News = 1,
    /// <summary>The story of a producer (linked by <see cref="Article.ProducerId"/>), shown on its page too.</summary>
    ProducerStory = 2,
}

/// <summary>
/// A news article or producer story. The body is Markdown, rendered with Markdig and then sanitised
/// (RichTextSanitizer) — never trusted as HTML.
/// </summary>
public class Article : Entity, Audit.IAudited
{
    public ArticleKind Kind { get; set; } = ArticleKind.News;
    public string Title { get; set; } = "";
    public string? TitleEn { get; set; }
    public string Slug { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? SummaryEn { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public string? BodyMarkdownEn { get; set; }
    public int? CoverMediaFileId { get; set; }
    public int? ProducerId { get; set; }
    public Producers.Producer? Producer { get; set; }
    public int? AuthorUserId { get; set; }
    public bool IsPublished { get; set; }
    /// <summary>Set when first published; the date readers see and the order of the list.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum SubscriberStatus
{
    /// <summary>Signed up; the confirmation e-mail is out. Receives nothing until confirmed.</summary>
    Pending = 1,
    Confirmed = 2,
    Unsubscribed = 3,
}

/// <summary>
/// A newsletter subscriber with the consent they gave (double opt-in): what they agreed to, when, and when they
/// confirmed from the e-mail. Tokens are stored hashed.
/// </summary>
public class NewsletterSubscriber : Entity
{
    /// <summary>Lower-case; unique.</summary>
    public string Email { get; set; } = "";
    public string Culture { get; set; } = "vi";
    public SubscriberStatus Status { get; set; } = SubscriberStatus.Pending;
    /// <summary>The consent sentence exactly as shown at sign-up.</summary>
    public string ConsentText { get; set; } = "";
    public DateTimeOffset SubscribedAt { get; set; }
    public string? ConfirmTokenHash { get; set; }
    public DateTimeOffset? ConfirmTokenExpiresAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string UnsubscribeTokenHash { get; set; } = "";
    public DateTimeOffset? UnsubscribedAt { get; set; }
}
