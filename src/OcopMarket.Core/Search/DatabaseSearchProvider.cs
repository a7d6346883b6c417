using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Search;

/// <summary>
/// The fallback search: plain LINQ over the database (folded SearchKey for text, correlated
/// subqueries for today's stars). Correct on SQLite and PostgreSQL, but it counts and sorts with a
/// subquery per product, so at tens of thousands of products the Lucene plugin should answer.
/// </summary>
public sealed class DatabaseSearchProvider(OcopDbContext db) : ISearchProvider
{
    public const string ProviderName = "database";
    public const int MaxFacetValues = 30;
    public string Name => ProviderName;
    public bool IsReady => true;

    private sealed record Scope(IQueryable<Product> Query, string? Skip);

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        var badge = CertificateStatusPolicy.BadgeValidOn(query.Today);
        var units = await ResolveUnitsAsync(query, ct);
        IQueryable<Product> Filtered(string? except) => Apply(Base(query), query, units, badge, except);

        var all = Filtered(null);
        var total = await all.CountAsync(ct);
        var ids = await Sort(all, query.Sort, badge)
            .Skip((Math.Max(1, query.Page) - 1) * query.PageSize).Take(query.PageSize)
            .Select(p => p.Id).ToListAsync(ct);
        var hits = ids.Select(id => new SearchHit(id, 0, null, null)).ToList();
        if (!query.WithFacets) return new SearchResult(hits, total, [], null);

        var facets = new List<FacetResult>
        {
            await CategoryFacetAsync(FacetKeys.Group, Filtered(FacetKeys.Group), top: true, query, ct),
            await CategoryFacetAsync(FacetKeys.Subgroup, Filtered(FacetKeys.Subgroup), top: false, query, ct),
            await StarsFacetAsync(Filtered(FacetKeys.Stars), badge, query, ct),
            await UnitFacetAsync(FacetKeys.Province, Filtered(FacetKeys.Province), p => p.Producer!.ProvinceId, query, ct),
            await UnitFacetAsync(FacetKeys.District, Filtered(FacetKeys.District), p => p.Producer!.DistrictId, query, ct),
            await UnitFacetAsync(FacetKeys.Commune, Filtered(FacetKeys.Commune), p => p.Producer!.Commune!.SuccessorId ?? p.Producer.CommuneId, query, ct),
            await ProducerFacetAsync(Filtered(FacetKeys.Producer), query, ct),
            await PriceFacetAsync(Filtered(FacetKeys.Price), query, ct),
            await InStockFacetAsync(Filtered(FacetKeys.InStock), query, ct),
        };
        return new SearchResult(hits, total, facets.Where(f => f.Values.Count > 0).ToList(), null);
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int max, CancellationToken ct = default)
    {
        var tokens = Tokens(prefix);
        if (tokens.Count == 0) return [];
        var products = db.Products.AsNoTracking().Where(p => p.IsPublished && p.Producer!.IsPublished);
        foreach (var t in tokens) products = products.Where(p => p.SearchKey.Contains(t));
        var productHits = await products.OrderByDescending(p => p.StockQuantity > 0).ThenBy(p => p.Name).Take(max)
            .Select(p => new Suggestion(SuggestionKind.Product, p.Name, "/san-pham/" + p.Slug, p.Producer!.Name)).ToListAsync(ct);
        var first = tokens[0];
        var producers = (await db.Producers.AsNoTracking().Where(p => p.IsPublished).Select(p => new { p.Name, p.Slug }).ToListAsync(ct))
            .Where(p => tokens.All(t => Fold(p.Name).Contains(t, StringComparison.Ordinal)))
            .Take(3).Select(p => new Suggestion(SuggestionKind.Producer, p.Name, "/chu-the/" + p.Slug, null));
        var categories = (await db.Categories.AsNoTracking().Select(c => new { c.Name, c.NameEn, c.Slug }).ToListAsync(ct))
            .Where(c => Fold(c.Name).Contains(first, StringComparison.Ordinal) || Fold(c.NameEn).Contains(first, StringComparison.Ordinal))
            .Take(3).Select(c => new Suggestion(SuggestionKind.Category, c.Name, "/danh-muc/" + c.Slug, null));
        return productHits.Concat(producers).Concat(categories).ToList();
    }

    /// <summary>Folded lower-case words of the query, the same folding as Product.SearchKey.</summary>
    public static IReadOnlyList<string> Tokens(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Fold(text).Split([' ', ',', '.', '-', '/', '"', '\'', '(', ')', '*', '~', ':', '+', '!', '?', '[', ']', '{', '}', '^', '\\', '&', '|'], StringSplitOptions.RemoveEmptyEntries)
                .Distinct().Take(8).ToList();

    private static string Fold(string text) => VietnameseText.Fold(text).ToLowerInvariant();

    private IQueryable<Product> Base(SearchQuery q)
    {
        var products = db.Products.AsNoTracking().Where(p => p.IsPublished && p.Producer!.IsPublished);
        foreach (var token in Tokens(q.Text))
            products = products.Where(p => p.SearchKey.Contains(token) || p.Producer!.Name.Contains(token));
        if (q.MinPrice is { } min) products = products.Where(p => p.Price >= min);
        if (q.MaxPrice is { } max) products = products.Where(p => p.Price <= max);
        return products;
    }

    private sealed record Units(Dictionary<string, int> Ids);

    private async Task<Units> ResolveUnitsAsync(SearchQuery q, CancellationToken ct)
    {
        var codes = q.Selected(FacetKeys.Province).Concat(q.Selected(FacetKeys.District)).Concat(q.Selected(FacetKeys.Commune)).Distinct().ToList();
        var ids = codes.Count == 0 ? [] : await db.AdminUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        return new Units(ids);
    }

    private static IQueryable<Product> Apply(IQueryable<Product> p, SearchQuery q, Units units, Expression<Func<Certificate, bool>> badge, string? except)
    {
        List<int> UnitIds(string key) => q.Selected(key).Select(c => units.Ids.TryGetValue(c, out var id) ? id : -1).ToList();

        if (except != FacetKeys.Group && q.Selected(FacetKeys.Group) is { Count: > 0 } groups)
            p = p.Where(x => groups.Contains(x.Category!.Slug) || (x.Category.Parent != null && groups.Contains(x.Category.Parent.Slug)));
        if (except != FacetKeys.Subgroup && q.Selected(FacetKeys.Subgroup) is { Count: > 0 } subgroups)
            p = p.Where(x => subgroups.Contains(x.Category!.Slug));
        if (except != FacetKeys.Stars && q.Selected(FacetKeys.Stars) is { Count: > 0 } starValues)
        {
            var stars = starValues.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
            p = p.Where(x => stars.Contains(x.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0));
        }
        if (except != FacetKeys.Province && q.Selected(FacetKeys.Province).Count > 0)
        {
            var ids = UnitIds(FacetKeys.Province);
            p = p.Where(x => ids.Contains(x.Producer!.ProvinceId));
        }
        if (except != FacetKeys.District && q.Selected(FacetKeys.District).Count > 0)
        {
            var ids = UnitIds(FacetKeys.District);
            p = p.Where(x => x.Producer!.DistrictId != null && ids.Contains(x.Producer.DistrictId.Value));
        }
        if (except != FacetKeys.Commune && q.Selected(FacetKeys.Commune).Count > 0)
        {
            var ids = UnitIds(FacetKeys.Commune);
            p = p.Where(x => ids.Contains(x.Producer!.CommuneId) || (x.Producer.Commune!.SuccessorId != null && ids.Contains(x.Producer.Commune.SuccessorId.Value)));
        }
        if (except != FacetKeys.Producer && q.Selected(FacetKeys.Producer) is { Count: > 0 } producers)
            p = p.Where(x => producers.Contains(x.Producer!.Slug));
        if (except != FacetKeys.Price && q.Selected(FacetKeys.Price) is { Count: > 0 } priceKeys)
            p = p.Where(PriceIn(priceKeys.Select(PriceRanges.Find).OfType<PriceRanges.Range>().ToList()));
        if (except != FacetKeys.InStock && q.Selected(FacetKeys.InStock).Contains("1"))
            p = p.Where(x => x.StockQuantity > 0);
        return p;
    }

    /// <summary>OR of the selected price bands, built as one expression the database can run.</summary>
    private static Expression<Func<Product, bool>> PriceIn(IReadOnlyList<PriceRanges.Range> ranges)
    {
        var x = Expression.Parameter(typeof(Product), "x");
        var price = Expression.Property(x, nameof(Product.Price));
        Expression? any = null;
        foreach (var r in ranges)
        {
            Expression test = Expression.Constant(true);
            if (r.From is { } from) test = Expression.AndAlso(test, Expression.GreaterThanOrEqual(price, Expression.Constant(from)));
            if (r.To is { } to) test = Expression.AndAlso(test, Expression.LessThan(price, Expression.Constant(to)));
            any = any is null ? test : Expression.OrElse(any, test);
        }
        return Expression.Lambda<Func<Product, bool>>(any ?? Expression.Constant(false), x);
    }

    private static IQueryable<Product> Sort(IQueryable<Product> q, string sort, Expression<Func<Certificate, bool>> badge) => sort switch
    {
        SearchSorts.Newest => q.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
        SearchSorts.PriceAsc => q.OrderBy(p => p.Price).ThenBy(p => p.Id),
        SearchSorts.PriceDesc => q.OrderByDescending(p => p.Price).ThenBy(p => p.Id),
        SearchSorts.Stars => q.OrderByDescending(p => p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0).ThenBy(p => p.Id),
        // Relevance has no score here: featured first, then today's stars, then what is in stock.
        _ => q.OrderByDescending(p => p.IsFeatured)
              .ThenByDescending(p => p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0)
              .ThenByDescending(p => p.StockQuantity > 0)
              .ThenBy(p => p.Id),
    };

    private async Task<FacetResult> CategoryFacetAsync(string key, IQueryable<Product> q, bool top, SearchQuery query, CancellationToken ct)
    {
        var counts = top
            ? await q.GroupBy(p => p.Category!.Parent != null ? p.Category.Parent.Slug : p.Category.Slug).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct)
            : await q.Where(p => p.Category!.ParentId != null).GroupBy(p => p.Category!.Slug).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        var slugs = counts.Keys.Concat(query.Selected(key)).ToList();
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var labels = await db.Categories.AsNoTracking().Where(c => slugs.Contains(c.Slug))
            .ToDictionaryAsync(c => c.Slug, c => english && c.NameEn != "" ? c.NameEn : c.Name, ct);
        return Build(key, counts, labels, query);
    }

    private static async Task<FacetResult> StarsFacetAsync(IQueryable<Product> q, Expression<Func<Certificate, bool>> badge, SearchQuery query, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>();
        foreach (var n in new[] { 5, 4, 3 })
        {
            var count = await q.CountAsync(p => (p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0) == n, ct);
            if (count > 0) counts[n.ToString(CultureInfo.InvariantCulture)] = count;
        }
        var result = Build(FacetKeys.Stars, counts, [], query);
        return result with { Values = result.Values.OrderByDescending(v => v.Value, StringComparer.Ordinal).ToList() };
    }

    private async Task<FacetResult> UnitFacetAsync(string key, IQueryable<Product> q, Expression<Func<Product, int?>> unitOf, SearchQuery query, CancellationToken ct)
    {
        var byId = await q.Select(unitOf).Where(id => id != null).GroupBy(id => id).Select(g => new { Id = g.Key!.Value, Count = g.Count() }).ToListAsync(ct);
        var ids = byId.Select(r => r.Id).ToList();
        var selected = query.Selected(key);
        var units = await db.AdminUnits.AsNoTracking().Where(u => ids.Contains(u.Id) || selected.Contains(u.Code))
            .Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        var counts = byId.Join(units, r => r.Id, u => u.Id, (r, u) => (u.Code, r.Count)).ToDictionary(x => x.Code, x => x.Count);
        return Build(key, counts, units.ToDictionary(u => u.Code, u => u.Name), query);
    }

    private async Task<FacetResult> ProducerFacetAsync(IQueryable<Product> q, SearchQuery query, CancellationToken ct)
    {
        var rows = await q.GroupBy(p => new { p.Producer!.Slug, p.Producer.Name }).Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() }).ToListAsync(ct);
        var selected = query.Selected(FacetKeys.Producer);
        var labels = rows.ToDictionary(r => r.Slug, r => r.Name);
        foreach (var missing in selected.Where(s => !labels.ContainsKey(s)).ToList())
            labels[missing] = await db.Producers.AsNoTracking().Where(p => p.Slug == missing).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? missing;
        return Build(FacetKeys.Producer, rows.ToDictionary(r => r.Slug, r => r.Count), labels, query);
    }

    private static async Task<FacetResult> PriceFacetAsync(IQueryable<Product> q, SearchQuery query, CancellationToken ct)
    {
        var values = new List<FacetCount>();
        var selected = query.Selected(FacetKeys.Price);
        foreach (var range in PriceRanges.All)
        {
            var count = await q.CountAsync(PriceIn([range]), ct);
            if (count > 0 || selected.Contains(range.Key)) values.Add(new FacetCount(range.Key, range.Key, count, selected.Contains(range.Key)));
        }
        return new FacetResult(FacetKeys.Price, values);
    }

    private static async Task<FacetResult> InStockFacetAsync(IQueryable<Product> q, SearchQuery query, CancellationToken ct)
    {
        var count = await q.CountAsync(p => p.StockQuantity > 0, ct);
        var selected = query.Selected(FacetKeys.InStock).Contains("1");
        return new FacetResult(FacetKeys.InStock, count > 0 || selected ? [new FacetCount("1", "1", count, selected)] : []);
    }

    /// <summary>Selected values stay listed (with 0) so a shopper can always unselect them.</summary>
    private static FacetResult Build(string key, Dictionary<string, int> counts, Dictionary<string, string> labels, SearchQuery query)
    {
        var selected = query.Selected(key);
        var vi = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        // A sidebar shows the top values by count plus whatever is selected.
        var top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxFacetValues).Select(kv => kv.Key);
        var values = top.Union(selected)
            .Select(v => new FacetCount(v, labels.GetValueOrDefault(v, v), counts.GetValueOrDefault(v), selected.Contains(v)))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, vi)
            .ToList();
        return new FacetResult(key, values);
    }
}
