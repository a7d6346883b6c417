using System.Globalization;
using Microsoft.Extensions.Primitives;
using OcopMarket.Core.Common;
using OcopMarket.Core.Search;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>
/// A listing's search as read from the query string (shareable URLs). Parsing is strict: an absurd
/// value (page=-1, stars=9, a price of "abc", an unknown sort) is a 400 page, never a silent
/// default or a 500.
/// </summary>
public static class ListingFilter
{
    public static readonly int[] PageSizes = [12, 24, 48];
    public const int MaxPage = 10_000;
    public const long MaxPrice = 1_000_000_000_000;
    public const int MaxQueryLength = 200;
    /// <summary>The old name of the default order, still accepted in shared links.</summary>
    private const string FeaturedAlias = "featured";

    /// <param name="defaultPageSize">Used when the URL names no size (the office sets it in the site settings).</param>
    public static bool TryParse(IReadOnlyDictionary<string, StringValues> query, DateOnly today, out SearchQuery search, int defaultPageSize = 24)
    {
        var ok = true;
        int? Int(string key, int min, int max)
        {
            if (!query.TryGetValue(key, out var v) || StringValues.IsNullOrEmpty(v)) return null;
            if (v.Count == 1 && int.TryParse(v[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            ok = false;
            return null;
        }
        long? Price(string key)
        {
            if (!query.TryGetValue(key, out var v) || StringValues.IsNullOrEmpty(v)) return null;
            var digits = v[0]!.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            if (v.Count == 1 && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxPrice) return n;
            ok = false;
            return null;
        }
        IReadOnlyList<string> Values(string key, Func<string, bool> valid)
        {
            if (!query.TryGetValue(key, out var v)) return [];
            var list = v.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct().ToList();
            if (list.Count > 20 || !list.All(valid)) ok = false;
            return list;
        }
        static bool Code(string s, string prefix) =>
            s.Length > prefix.Length && s.Length <= 20 && s.StartsWith(prefix, StringComparison.Ordinal)
            && s.Skip(prefix.Length).All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

        var filters = new Dictionary<string, IReadOnlyList<string>>
        {
            [FacetKeys.Group] = Values(FacetKeys.Group, SlugGenerator.IsValid),
            [FacetKeys.Subgroup] = Values(FacetKeys.Subgroup, SlugGenerator.IsValid),
            [FacetKeys.Stars] = Values(FacetKeys.Stars, s => s is "3" or "4" or "5"),
            [FacetKeys.Province] = Values(FacetKeys.Province, s => Code(s, "P")),
            [FacetKeys.District] = Values(FacetKeys.District, s => Code(s, "OD-")),
            [FacetKeys.Commune] = Values(FacetKeys.Commune, s => Code(s, "C")),
            [FacetKeys.Producer] = Values(FacetKeys.Producer, SlugGenerator.IsValid),
            [FacetKeys.Price] = Values(FacetKeys.Price, s => PriceRanges.Find(s) is not null),
            [FacetKeys.InStock] = Values(FacetKeys.InStock, s => s is "1"),
        };

        var sort = query.TryGetValue("sort", out var sv) && !StringValues.IsNullOrEmpty(sv) ? sv[0]! : SearchSorts.Relevance;
        if (sort == FeaturedAlias) sort = SearchSorts.Relevance;
        if (!SearchSorts.All.Contains(sort)) ok = false;
        var size = Int("size", 1, 48) ?? (PageSizes.Contains(defaultPageSize) ? defaultPageSize : 24);
        if (!PageSizes.Contains(size)) ok = false;
        var q = query.TryGetValue("q", out var qv) ? qv.ToString().Trim() : null;
        // A long query is treated as text, cut to a sane length rather than refused.
        if (q?.Length > MaxQueryLength) q = q[..MaxQueryLength];

        search = new SearchQuery
        {
            Text = string.IsNullOrEmpty(q) ? null : VietnameseText.Normalize(q),
            Filters = filters.Where(kv => kv.Value.Count > 0).ToDictionary(),
            MinPrice = Price("minPrice"),
            MaxPrice = Price("maxPrice"),
            Sort = sort,
            Page = Int("page", 1, MaxPage) ?? 1,
            PageSize = size,
            Today = today,
        };
        if (search.MinPrice > search.MaxPrice) ok = false;
        return ok;
    }
}
