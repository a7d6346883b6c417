namespace OcopMarket.Web.Framework.Models;

public sealed record FacetValueModel(string Value, string Label, int Count, bool Selected);

public sealed record FacetModel(string Key, string Title, IReadOnlyList<FacetValueModel> Values);

public sealed record PagerModel(int Page, int PageSize, int TotalItems)
{
    public int TotalPages => Math.Max(1, (TotalItems + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < TotalPages;
}

/// <summary>A product listing: a category page or a search result page.</summary>
public sealed record ListingPageModel(
    string Title, string? Description, string BaseUrl, IReadOnlyList<BreadcrumbItem> Breadcrumbs,
    IReadOnlyList<CategoryLinkModel> Subcategories, IReadOnlyList<ProductCardModel> Products,
    IReadOnlyList<FacetModel> Facets, PagerModel Pager, string Sort,
    long? MinPrice, long? MaxPrice, string? Query, IReadOnlyDictionary<string, string?[]> CurrentQuery)
{
    /// <summary>Matched words marked per product id (HTML-encoded by the provider, safe to render).</summary>
    public IReadOnlyDictionary<int, HighlightModel> Highlights { get; init; } = new Dictionary<int, HighlightModel>();
    /// <summary>A corrected query when this one found nothing.</summary>
    public string? DidYouMean { get; init; }
    /// <summary>Which search provider answered ("lucene", "database").</summary>
    public string Provider { get; init; } = "";
}

public sealed record HighlightModel(string? Name, string? Snippet);

/// <summary>Builds listing URLs from the current query: filters change, page resets, everything else is kept.</summary>
public static class ListingUrls
{
    public static string With(ListingPageModel m, string key, string? value, bool toggle = false, params string[] clear)
    {
        var query = m.CurrentQuery.ToDictionary(kv => kv.Key, kv => kv.Value.Where(v => !string.IsNullOrEmpty(v)).ToList(), StringComparer.OrdinalIgnoreCase);
        query.Remove("page");
        foreach (var c in clear) query.Remove(c);
        var values = query.TryGetValue(key, out var existing) ? existing : [];
        if (toggle && value is not null)
        {
            if (!values.Remove(value)) values.Add(value);
        }
        else
        {
            values = value is null ? [] : [value];
        }
        query[key] = values;
        return Build(m.BaseUrl, query);
    }

    public static string Page(ListingPageModel m, int page)
    {
        var query = m.CurrentQuery.ToDictionary(kv => kv.Key, kv => kv.Value.Where(v => !string.IsNullOrEmpty(v)).ToList(), StringComparer.OrdinalIgnoreCase);
        query["page"] = page > 1 ? [page.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];
        return Build(m.BaseUrl, query);
    }

    public static bool HasFilters(ListingPageModel m) =>
        m.CurrentQuery.Keys.Any(k => k is "group" or "subgroup" or "stars" or "province" or "district" or "commune" or "producer" or "price" or "minPrice" or "maxPrice" or "instock");

    public static string ClearFilters(ListingPageModel m) =>
        Build(m.BaseUrl, m.CurrentQuery.Where(kv => kv.Key is "q" or "sort" or "size").ToDictionary(kv => kv.Key, kv => kv.Value.ToList()));

    private static string Build(string baseUrl, Dictionary<string, List<string?>> query)
    {
        var parts = query.Where(kv => kv.Value.Count > 0)
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => kv.Value.Select(v => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(v!)));
        var qs = string.Join("&", parts);
        return qs.Length == 0 ? baseUrl : baseUrl + "?" + qs;
    }
}

public sealed record SearchIndexStatusModel(string Provider, int Done, int Total, bool Finished, string? Error)
{
    public int Percent => Total == 0 ? (Finished ? 100 : 0) : (int)Math.Round(100.0 * Done / Total);
}

public sealed record SearchAdminModel(string CurrentProvider, int Backlog, IReadOnlyList<SearchIndexStatusModel> Indexes);
