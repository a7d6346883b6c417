using System.Linq.Expressions;

namespace OcopMarket.Core.News;

/// <summary>
/// Whether readers see an article at an instant: published, with a publication time that has come. A future
/// <see cref="Article.PublishedAt"/> is a schedule: the article appears by the clock, with nobody pressing a button.
/// </summary>
public static class ArticleVisibility
{
    public static Expression<Func<Article, bool>> VisibleAt(DateTimeOffset now) =>
        a => a.IsPublished && a.PublishedAt != null && a.PublishedAt <= now;

    public static bool IsVisibleAt(Article a, DateTimeOffset now) => a.IsPublished && a.PublishedAt is { } at && at <= now;

    public static IQueryable<Article> Visible(this IQueryable<Article> articles, DateTimeOffset now) => articles.Where(VisibleAt(now));
}
