using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using OcopMarket.Core.News;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.News;

/// <summary>The article list's filters: kind and publication state (published, scheduled, draft).</summary>
public sealed class ArticleListQuery : ListQuery
{
    public ArticleKind? Kind { get; set; }
    public ArticleState? State { get; set; }
}

public enum ArticleState { Published = 1, Scheduled = 2, Draft = 3 }

/// <summary>A row of the office's article list (init properties so EF can sort on them).</summary>
public sealed class ArticleAdminRow
{
    public int Id { get; init; }
    public ArticleKind Kind { get; init; }
    public string Title { get; init; } = "";
    public string Slug { get; init; } = "";
    public string? ProducerName { get; init; }
    public bool IsPublished { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public ArticleState StateAt(DateTimeOffset now) =>
        !IsPublished || PublishedAt is null ? ArticleState.Draft : PublishedAt > now ? ArticleState.Scheduled : ArticleState.Published;
}

public sealed record ArticleAdminList(ArticleListQuery Query, PagedList<ArticleAdminRow> Rows, DateTimeOffset Now);

public sealed record ProducerChoice(int Id, string Name);

/// <summary>The office's article form. The publication time is text (Việt Nam time, "yyyy-MM-ddTHH:mm") so a bad entry comes back as typed.</summary>
[LocalizedWith(typeof(NewsResource))]
public sealed class ArticleForm
{
    public int Id { get; set; }

    [Display(Name = "Kind")]
    [Required(ErrorMessage = "Please choose the kind of article.")]
    public ArticleKind? Kind { get; set; } = ArticleKind.News;

    [Display(Name = "Title")]
    [Required(ErrorMessage = "Please enter the title.")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Title { get; set; }

    [Display(Name = "Title (English)")]
    [StringLength(200, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? TitleEn { get; set; }

    [Display(Name = "Address in the URL (slug)")]
    [StringLength(150, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Slug { get; set; }

    [Display(Name = "Summary")]
    [Required(ErrorMessage = "Please enter a short summary.")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Summary { get; set; }

    [Display(Name = "Summary (English)")]
    [StringLength(500, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? SummaryEn { get; set; }

    [Display(Name = "Body (Markdown)")]
    [Required(ErrorMessage = "Please write the article.")]
    [StringLength(100_000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? Body { get; set; }

    [Display(Name = "Body in English (Markdown)")]
    [StringLength(100_000, ErrorMessage = "{0} must be at most {1} characters.")]
    public string? BodyEn { get; set; }

    [Display(Name = "Producer")]
    public int? ProducerId { get; set; }

    [Display(Name = "Published")]
    public bool IsPublished { get; set; }

    [Display(Name = "Publication time")]
    public string? PublishedAt { get; set; }

    public bool RemoveCover { get; set; }

    [BindNever, ValidateNever] public bool IsNew => Id == 0;
    [BindNever, ValidateNever] public int? CoverMediaFileId { get; set; }
    [BindNever, ValidateNever] public string? PublicSlug { get; set; }
    [BindNever, ValidateNever] public bool IsScheduled { get; set; }
    [BindNever, ValidateNever] public IReadOnlyList<ProducerChoice> Producers { get; set; } = [];
    [BindNever, ValidateNever] public string? PreviewHtml { get; set; }
    [BindNever, ValidateNever] public string? PreviewHtmlEn { get; set; }
}
