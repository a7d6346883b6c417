using System.ComponentModel.DataAnnotations;
using OcopMarket.Core.News;

namespace OcopMarket.Web.Framework.Models;

/// <summary>An article as a card: /tin-tuc, the home page, related articles, a producer's stories.</summary>
public sealed record ArticleCardModel(
    int Id, ArticleKind Kind, string Title, string Slug, string Summary, DateTimeOffset PublishedAt, int? CoverImageId, string? ProducerName)
{
    public string Href => "/tin-tuc/" + Slug;
}

/// <summary>The producer card on a story's page.</summary>
public sealed record ArticleProducerModel(string Name, string Slug, string Place, int? ImageId, string? Story);

/// <summary>/tin-tuc/{slug}: the article in the reader's language (English falls back to Vietnamese), body already rendered and sanitised.</summary>
public sealed record ArticlePageModel(
    int Id, ArticleKind Kind, string Title, string Slug, string Summary, string BodyHtml, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt,
    int? CoverImageId, ArticleProducerModel? Producer, IReadOnlyList<ArticleCardModel> Related);

/// <summary>/tin-tuc: one page of visible articles, optionally of one kind.</summary>
public sealed record NewsListModel(IReadOnlyList<ArticleCardModel> Items, ArticleKind? Kind, int Page, int PageCount, int Total);

/// <summary>The newsletter sign-up form (/ban-tin). Website is the honeypot people never see.</summary>
[LocalizedWith(typeof(NewsResource))]
public sealed class NewsletterSignupForm
{
    [Display(Name = "Email")]
    [Required(ErrorMessage = "Please enter your email address.")]
    [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
    [StringLength(256, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Email { get; set; }

    [Display(Name = "Consent")]
    [Range(typeof(bool), "true", "true", ErrorMessage = "Please tick the box to agree to receive the newsletter.")]
    public bool Consent { get; set; }

    /// <summary>The honeypot: hidden from people, so anything in it is a bot.</summary>
    public string? Website { get; set; }
}

/// <summary>The sign-up page: the form and the consent sentence shown beside the box (stored as shown).</summary>
public sealed record NewsletterPageModel(NewsletterSignupForm Form, string ConsentText);

public enum NewsletterNotice { CheckInbox, Confirmed, AlreadyConfirmed, Expired, Invalid, Unsubscribed, UnsubscribeInvalid }

/// <summary>The answer pages of /ban-tin: check your inbox, confirmed, expired link, unsubscribed...</summary>
public sealed record NewsletterNoticeModel(NewsletterNotice Notice);

/// <summary>/ban-tin/huy: the page with the button (a GET never unsubscribes: mail scanners follow links).</summary>
public sealed record NewsletterUnsubscribeModel(string Token, string MaskedEmail);

public static class ArticleKinds
{
    public static string Label(ArticleKind kind) => kind == ArticleKind.ProducerStory ? "Producer story" : "News";

    public static string Slug(ArticleKind kind) => kind == ArticleKind.ProducerStory ? "cau-chuyen" : "tin";

    public static ArticleKind? FromSlug(string? slug) => slug switch
    {
        "tin" => ArticleKind.News,
        "cau-chuyen" => ArticleKind.ProducerStory,
        _ => null,
    };
}
