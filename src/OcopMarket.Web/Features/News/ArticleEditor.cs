using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Media;
using OcopMarket.Core.News;
using OcopMarket.Web.Features.Media;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.News;

/// <summary>
/// The office's writes to articles. One SaveChanges per save (audited); the storefront cache is evicted afterwards so
/// the list, the article, the home page and the producer page change at once.
/// </summary>
public sealed class ArticleEditor(
    OcopDbContext db, ReplaceableImage replaceable, IOutputCacheStore pages, TimeProvider time, IStringLocalizer<NewsResource> l)
{
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm";

    private static readonly SortMap<ArticleAdminRow> Sorts = new SortMap<ArticleAdminRow>()
        .Add("date", r => r.PublishedAt ?? r.CreatedAt)
        .Add("title", r => r.Title)
        .Add("updated", r => r.UpdatedAt);

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<ArticleAdminList> ListAsync(ArticleListQuery query, CancellationToken ct)
    {
        if (query.Sort is null) { query.Sort = "date"; query.Desc = true; } // newest first unless asked otherwise
        var now = time.GetUtcNow();
        var articles = db.Articles.AsNoTracking();
        if (query.Text is string text)
            articles = articles.Where(a => a.Title.Contains(text) || (a.TitleEn != null && a.TitleEn.Contains(text)) || a.Slug.Contains(text)
                                           || (a.Producer != null && a.Producer.Name.Contains(text)));
        if (query.Kind is { } kind) articles = articles.Where(a => a.Kind == kind);
        articles = query.State switch
        {
            ArticleState.Published => articles.Where(a => a.IsPublished && a.PublishedAt != null && a.PublishedAt <= now),
            ArticleState.Scheduled => articles.Where(a => a.IsPublished && a.PublishedAt != null && a.PublishedAt > now),
            ArticleState.Draft => articles.Where(a => !a.IsPublished || a.PublishedAt == null),
            _ => articles,
        };
        var rows = await articles.Select(a => new ArticleAdminRow
            {
                Id = a.Id, Kind = a.Kind, Title = a.Title, Slug = a.Slug, ProducerName = a.Producer != null ? a.Producer.Name : null,
                IsPublished = a.IsPublished, PublishedAt = a.PublishedAt, CreatedAt = a.CreatedAt, UpdatedAt = a.UpdatedAt,
            })
            .ToPagedListAsync(query, Sorts, ct);
        return new ArticleAdminList(query, rows, now);
    }

    public async Task<ArticleForm?> LoadAsync(int id, CancellationToken ct)
    {
        var a = await db.Articles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        var form = new ArticleForm
        {
            Id = a.Id, Kind = a.Kind, Title = a.Title, TitleEn = a.TitleEn, Slug = a.Slug, Summary = a.Summary, SummaryEn = a.SummaryEn,
            Body = a.BodyMarkdown, BodyEn = a.BodyMarkdownEn, ProducerId = a.ProducerId, IsPublished = a.IsPublished,
            PublishedAt = a.PublishedAt is { } at ? at.ToVietnam().ToString(TimeFormat, CultureInfo.InvariantCulture) : null,
        };
        await FillAsync(form, ct);
        return form;
    }

    /// <summary>What the form shows beside the fields: producers to choose, the current cover, the public link.</summary>
    public async Task FillAsync(ArticleForm form, CancellationToken ct)
    {
        form.Producers = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new ProducerChoice(p.Id, p.Name)).ToListAsync(ct);
        if (form.IsNew) return;
        var a = await db.Articles.AsNoTracking().Where(x => x.Id == form.Id)
            .Select(x => new { x.Slug, x.CoverMediaFileId, x.IsPublished, x.PublishedAt }).FirstOrDefaultAsync(ct);
        if (a is null) return;
        var now = time.GetUtcNow();
        form.CoverMediaFileId = a.CoverMediaFileId;
        form.PublicSlug = a.IsPublished && a.PublishedAt <= now ? a.Slug : null;
        form.IsScheduled = a.IsPublished && a.PublishedAt > now;
    }

    /// <summary>Creates or updates the article; errors go to <paramref name="state"/>. Returns the id, or null when the article does not exist.</summary>
    public async Task<int?> SaveAsync(ArticleForm form, IFormFile? cover, ClaimsPrincipal user, ModelStateDictionary state, CancellationToken ct)
    {
        var slug = string.IsNullOrWhiteSpace(form.Slug) ? SlugGenerator.Generate(form.Title ?? "") : form.Slug.Trim().ToLowerInvariant();
        if (!SlugGenerator.IsValid(slug))
            state.AddModelError(nameof(form.Slug), l["Use lower-case letters without accents, digits and hyphens only."]);
        else if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != form.Id, ct))
            state.AddModelError(nameof(form.Slug), l["Another article already uses this address."]);
        if (form.Kind == ArticleKind.ProducerStory && form.ProducerId is null)
            state.AddModelError(nameof(form.ProducerId), l["A producer story needs its producer."]);
        else if (form.ProducerId is int pid && !await db.Producers.AnyAsync(p => p.Id == pid, ct))
            state.AddModelError(nameof(form.ProducerId), l["This producer does not exist."]);
        DateTimeOffset? publishedAt = null;
        if (!string.IsNullOrWhiteSpace(form.PublishedAt))
        {
            if (DateTime.TryParseExact(form.PublishedAt.Trim(), [TimeFormat, "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                && local.Year is >= 2000 and <= 2100)
                publishedAt = new DateTimeOffset(local, VietnamTime.Offset).ToUniversalTime();
            else
                state.AddModelError(nameof(form.PublishedAt), l["Enter the date and time as dd/mm/yyyy hh:mm."]);
        }
        if (!state.IsValid) return form.Id;

        Article? article;
        var now = time.GetUtcNow();
        if (form.IsNew)
        {
            article = new Article { CreatedAt = now, AuthorUserId = int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var uid) ? uid : null };
            db.Articles.Add(article);
        }
        else
        {
            article = await db.Articles.FirstOrDefaultAsync(a => a.Id == form.Id, ct);
            if (article is null) return null;
        }
        // The image is stored before the article: if the article then fails, an unused media file is all that remains.
        var image = await replaceable.ApplyAsync(cover, form.RemoveCover, article.CoverMediaFileId, "cover", state, ct);
        if (!image.Succeeded) return form.Id;
        article.CoverMediaFileId = image.MediaFileId;

        article.Kind = form.Kind!.Value;
        article.Title = form.Title!.Trim();
        article.TitleEn = Blank(form.TitleEn);
        article.Slug = slug;
        article.Summary = form.Summary!.Trim();
        article.SummaryEn = Blank(form.SummaryEn);
        // Markdown is stored as typed; it is rendered and sanitised on the way out (ArticleRenderer).
        article.BodyMarkdown = form.Body!.Normalize(System.Text.NormalizationForm.FormC);
        article.BodyMarkdownEn = Blank(form.BodyEn)?.Normalize(System.Text.NormalizationForm.FormC);
        article.ProducerId = form.ProducerId;
        article.IsPublished = form.IsPublished;
        // The date the editor typed wins (past: backdated, future: scheduled); otherwise the first publication sets it.
        if (publishedAt is not null) article.PublishedAt = publishedAt;
        else if (article.IsPublished && article.PublishedAt is null) article.PublishedAt = now;
        article.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return article.Id;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return false;
        db.Articles.Remove(article);
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return true;
    }

    private Task RefreshAsync(CancellationToken ct) => pages.EvictByTagAsync(CacheTags.Storefront, ct).AsTask();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
