namespace OcopMarket.Core.Search;

/// <summary>Facet keys shared by every provider, the query string and the UI.</summary>
public static class FacetKeys
{
    /// <summary>Top-level OCOP group (category slug).</summary>
    public const string Group = "group";
    /// <summary>Subgroup (category slug).</summary>
    public const string Subgroup = "subgroup";
    /// <summary>Current OCOP stars by today's date: "3", "4", "5".</summary>
    public const string Stars = "stars";
    /// <summary>Today's province code ("P38").</summary>
    public const string Province = "province";
    /// <summary>Pre-2025 district code ("OD-trieu-son").</summary>
    public const string District = "district";
    /// <summary>Today's commune code ("C15667"): old communes count under their successor.</summary>
    public const string Commune = "commune";
    /// <summary>Producer slug.</summary>
    public const string Producer = "producer";
    /// <summary>Price range key from <see cref="PriceRanges"/>.</summary>
    public const string Price = "price";
    /// <summary>"1" when in stock.</summary>
    public const string InStock = "instock";

    public static readonly string[] All = [Group, Subgroup, Stars, Province, District, Commune, Producer, Price, InStock];
}

/// <summary>Fixed price bands for the price facet (VND, lower bound inclusive, upper exclusive).</summary>
public static class PriceRanges
{
    public sealed record Range(string Key, long? From, long? To);

    public static readonly Range[] All =
    [
        new("0-100000", null, 100_000),
        new("100000-200000", 100_000, 200_000),
        new("200000-500000", 200_000, 500_000),
        new("500000-1000000", 500_000, 1_000_000),
        new("1000000-", 1_000_000, null),
    ];

    public static Range? Find(string key) => All.FirstOrDefault(r => r.Key == key);
}

public static class SearchSorts
{
    public const string Relevance = "relevance";
    public const string PriceAsc = "price-asc";
    public const string PriceDesc = "price-desc";
    public const string Newest = "newest";
    public const string Stars = "stars";
    public static readonly string[] All = [Relevance, PriceAsc, PriceDesc, Newest, Stars];
}

/// <summary>
/// A search: free text (may be empty: then everything matches), selected facet values (AND across
/// facets, OR within one facet), sort and page. <see cref="Today"/> is the date star badges are judged on.
/// </summary>
public sealed record SearchQuery
{
    public string? Text { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Free price bounds (VND, inclusive), besides the price-range facet.</summary>
    public long? MinPrice { get; init; }
    public long? MaxPrice { get; init; }
    public string Sort { get; init; } = SearchSorts.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 24;
    public DateOnly Today { get; init; }
    /// <summary>Compute facet counts (a listing without a facet sidebar can skip them).</summary>
    public bool WithFacets { get; init; } = true;

    public IReadOnlyList<string> Selected(string facet) =>
        Filters.TryGetValue(facet, out var v) ? v : [];
}

/// <param name="HighlightedName">The product name as HTML with matches in &lt;mark&gt; (encoded; safe to render), or null.</param>
/// <param name="HighlightedSnippet">A short excerpt of the description with matches in &lt;mark&gt;, or null.</param>
public sealed record SearchHit(int ProductId, float Score, string? HighlightedName, string? HighlightedSnippet);

public sealed record FacetCount(string Value, string Label, int Count, bool Selected);

/// <summary>Counts of one facet. As shoppers expect, they ignore that facet's own selection.</summary>
public sealed record FacetResult(string Key, IReadOnlyList<FacetCount> Values);

public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyList<FacetResult> Facets, string? DidYouMean)
{
    public static readonly SearchResult Empty = new([], 0, [], null);
}

public enum SuggestionKind
{
    Product = 1,
    Producer = 2,
    Category = 3,
}

public sealed record Suggestion(SuggestionKind Kind, string Title, string Url, string? Subtitle);

/// <summary>A search engine. The storefront asks <see cref="ISearchProviderSelector"/> which one to use.</summary>
public interface ISearchProvider
{
    /// <summary>Stable name ("database", "lucene").</summary>
    string Name { get; }
    /// <summary>False while the index is missing or rebuilding: the selector then falls back to the database.</summary>
    bool IsReady { get; }
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int max, CancellationToken ct = default);
}

/// <summary>Picks the enabled, ready provider, else the database fallback.</summary>
public interface ISearchProviderSelector
{
    ISearchProvider Current { get; }
}

public sealed record RebuildProgress(int Done, int Total, bool Finished, string? Error);

/// <summary>Keeps a provider's index in step with the database (providers without an index need none).</summary>
public interface ISearchIndexer
{
    string ProviderName { get; }
    /// <summary>Re-reads these products from the database and updates or removes their documents.</summary>
    Task IndexProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken ct = default);
    /// <summary>Starts a full rebuild from the database in the background (no-op if one runs).</summary>
    bool StartRebuild();
    RebuildProgress Progress { get; }
}
