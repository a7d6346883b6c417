using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>
/// A listing's filters, sort and page as read from the query string. Parsing is strict: an absurd
/// value (page=-1, stars=9, a price of "abc") is a 400 page, never a silent default or a 500.
/// </summary>
public sealed record ListingFilter
{
    public static readonly string[] Sorts = ["featured", "newest", "price-asc", "price-desc", "name", "stars"];
    public static readonly int[] PageSizes = [12, 24, 48];
    public const int MaxPage = 10_000;
    public const long MaxPrice = 1_000_000_000_000;

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 12;
    public string Sort { get; init; } = "featured";
    public IReadOnlyList<int> Stars { get; init; } = [];
    public string? Province { get; init; }
    public string? District { get; init; }
    public string? Commune { get; init; }
    public long? MinPrice { get; init; }
    public long? MaxPriceFilter { get; init; }
    public bool InStockOnly { get; init; }
    public string? Query { get; init; }

    public static bool TryParse(IReadOnlyDictionary<string, StringValues> query, out ListingFilter filter)
    {
        filter = new ListingFilter();
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
        string? Code(string key, char prefix)
        {
            if (!query.TryGetValue(key, out var v) || StringValues.IsNullOrEmpty(v)) return null;
            var s = v[0]!;
            if (v.Count == 1 && s.Length is > 1 and <= 20 && s.StartsWith(prefix) && s.Skip(1).All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) return s;
            ok = false;
            return null;
        }

        var stars = new List<int>();
        if (query.TryGetValue("stars", out var starValues))
            foreach (var s in starValues)
            {
                if (string.IsNullOrEmpty(s)) continue;
                if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 3 and <= 5) stars.Add(n);
                else ok = false;
            }

        var sort = query.TryGetValue("sort", out var sv) && !StringValues.IsNullOrEmpty(sv) ? sv[0]! : "featured";
        if (!Sorts.Contains(sort)) ok = false;
        var size = Int("size", 1, 48) ?? 12;
        if (!PageSizes.Contains(size)) ok = false;
        var q = query.TryGetValue("q", out var qv) ? qv.ToString().Trim() : null;
        if (q?.Length > 200) ok = false;
        var inStock = query.TryGetValue("instock", out var iv) && iv.ToString() is "1" or "true";

        filter = new ListingFilter
        {
            Page = Int("page", 1, MaxPage) ?? 1,
            PageSize = size,
            Sort = sort,
            Stars = stars.Distinct().Order().ToList(),
            Province = Code("province", 'P'),
            District = Code("district", 'O'),
            Commune = Code("commune", 'C'),
            MinPrice = Price("minPrice"),
            MaxPriceFilter = Price("maxPrice"),
            InStockOnly = inStock,
            Query = string.IsNullOrEmpty(q) ? null : q,
        };
        if (filter.MinPrice > filter.MaxPriceFilter) ok = false;
        return ok;
    }
}
