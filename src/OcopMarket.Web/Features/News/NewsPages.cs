using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.News;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.News;

/// <summary>
/// What readers see: only articles visible by the clock (<see cref="ArticleVisibility"/>), stories only while their
/// producer is published, in the reader's language with Vietnamese as the fallback.
/// </summary>
public sealed class NewsPages(OcopDbContext db, ArticleRenderer renderer, TimeProvider time)
{
    public const int PageSize = 9;

    public async Task<NewsListModel> ListAsync(ArticleKind? kind, int page, CancellationToken ct)
    {
        var query = Visible();
        if (kind is { } k) query = query.Where(a => a.Kind == k);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await Cards(query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize), ct);
        return new NewsListModel(items, kind, page, pageCount, total);
    }

    public Task<IReadOnlyList<ArticleCardModel>> LatestAsync(int count, CancellationToken ct) =>
        Cards(Visible().OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(count), ct);

    public Task<IReadOnlyList<ArticleCardModel>> StoriesOfAsync(int producerId, CancellationToken ct) =>
        Cards(Visible().Where(a => a.Kind == ArticleKind.ProducerStory && a.ProducerId == producerId)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(6), ct);

    public async Task<ArticlePageModel?> GetAsync(string slug, CancellationToken ct)
    {
        var a = await Visible().Where(x => x.Slug == slug)
            .Select(x => new
            {
                Article = x,
                Producer = x.Producer == null ? null : new
                {
                    x.Producer.Name, x.Producer.Slug, x.Producer.Story, x.Producer.StoryEn,
                    Place = x.Producer.Commune!.Name + ", " + x.Producer.Province!.Name,
                    Image = db.Products.Where(p => p.ProducerId == x.ProducerId && p.IsPublished).SelectMany(p => p.Images)
                        .OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaFileId).FirstOrDefault(),
                },
            })
            .FirstOrDefaultAsync(ct);
        if (a is null) return null;
        var article = a.Article;
        var body = Cultures.IsEnglish && !string.IsNullOrWhiteSpace(article.BodyMarkdownEn) ? article.BodyMarkdownEn : article.BodyMarkdown;
        var producer = a.Producer is null ? null
            : new ArticleProducerModel(a.Producer.Name, a.Producer.Slug, a.Producer.Place, a.Producer.Image, PlainText(Cultures.Pick(a.Producer.Story, a.Producer.StoryEn)));

        // Related: the same producer's other stories first, then the latest of the same kind.
        var related = Visible().Where(x => x.Id != article.Id)
            .OrderByDescending(x => article.ProducerId != null && x.ProducerId == article.ProducerId)
            .ThenByDescending(x => x.Kind == article.Kind)
            .ThenByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)
            .Take(3);
        return new ArticlePageModel(article.Id, article.Kind, Cultures.Pick(article.Title, article.TitleEn), article.Slug,
            Cultures.Pick(article.Summary, article.SummaryEn), renderer.Render(body), article.PublishedAt!.Value, article.UpdatedAt,
            article.CoverMediaFileId, producer, await Cards(related, ct));
    }

    private IQueryable<Article> Visible() =>
        db.Articles.AsNoTracking().Visible(time.GetUtcNow())
            .Where(a => a.Kind != ArticleKind.ProducerStory || (a.Producer != null && a.Producer.IsPublished));

    private static async Task<IReadOnlyList<ArticleCardModel>> Cards(IQueryable<Article> query, CancellationToken ct)
    {
        var rows = await query.Select(a => new
        {
            a.Id, a.Kind, a.Title, a.TitleEn, a.Slug, a.Summary, a.SummaryEn, a.PublishedAt, a.CoverMediaFileId,
            Producer = a.Producer != null ? a.Producer.Name : null,
        }).ToListAsync(ct);
        return rows.Select(a => new ArticleCardModel(a.Id, a.Kind, Cultures.Pick(a.Title, a.TitleEn), a.Slug, Cultures.Pick(a.Summary, a.SummaryEn),
            a.PublishedAt!.Value, a.CoverMediaFileId, a.Producer)).ToList();
    }

    /// <summary>The producer's story is sanitised HTML; the card shows a short plain excerpt of it.</summary>
    private static string? PlainText(string html)
    {
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0) return null;
        if (text.Length <= 220) return text;
        var cut = text.LastIndexOf(' ', 217);
        return text[..(cut < 120 ? 217 : cut)] + "…";
    }
}
