using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace OcopMarket.Web.Framework.BackOffice;

/// <summary>
/// What every back-office list takes from the query string: text filter, sort column, direction and page.
/// Bound with [FromQuery]; unknown sort names fall back to the list's default, never to a 500.
/// </summary>
public class ListQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public string? Q { get; set; }
    public string? Sort { get; set; }
    public bool Desc { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = DefaultPageSize;

    public int SafePage => Math.Clamp(Page, 1, 100_000);
    public int SafePageSize => Math.Clamp(PageSize, 5, MaxPageSize);
    /// <summary>The text filter trimmed and NFC-normalised, or null.</summary>
    public string? Text => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim().Normalize(System.Text.NormalizationForm.FormC);
}

/// <summary>What the shared pager partial needs, whatever the item type.</summary>
public interface IPageInfo
{
    int Total { get; }
    int Page { get; }
    int PageCount { get; }
    int FirstItem { get; }
    int LastItem { get; }
}

/// <summary>One page of a list, with what the pager and sort headers need.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, string Sort, bool Desc) : IPageInfo
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int FirstItem => Total == 0 ? 0 : (Page - 1) * PageSize + 1;
    public int LastItem => Math.Min(Total, Page * PageSize);
}

/// <summary>
/// The sortable columns of one list, by the names used in URLs. The first one added is the default.
/// Columns are whitelisted expressions, so a crafted ?sort= cannot reach the database.
/// </summary>
public sealed class SortMap<T>
{
    private readonly List<(string Name, Func<IQueryable<T>, bool, IOrderedQueryable<T>> Apply)> _columns = [];

    public SortMap<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _columns.Add((name, (q, desc) => desc ? q.OrderByDescending(key) : q.OrderBy(key)));
        return this;
    }

    public string Resolve(string? name) =>
        _columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).Name ?? _columns[0].Name;

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string name, bool desc) =>
        _columns.First(c => c.Name == name).Apply(query, desc);
}

public static class PagedListExtensions
{
    /// <summary>Sorts by the requested column (then by a stable key), counts, and fetches one page.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, ListQuery list, SortMap<T> sorts, CancellationToken ct = default)
    {
        var sort = sorts.Resolve(list.Sort);
        var total = await query.CountAsync(ct);
        var size = list.SafePageSize;
        var pageCount = Math.Max(1, (total + size - 1) / size);
        var page = Math.Min(list.SafePage, pageCount);
        var items = await sorts.Apply(query, sort, list.Desc).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PagedList<T>(items, total, page, size, sort, list.Desc);
    }

    /// <summary>Projects the items of a page (after the database work), keeping the paging data.</summary>
    public static PagedList<TOut> Map<TIn, TOut>(this PagedList<TIn> page, Func<TIn, TOut> map) =>
        new(page.Items.Select(map).ToList(), page.Total, page.Page, page.PageSize, page.Sort, page.Desc);
}
