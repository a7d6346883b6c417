using System.Globalization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Search;

namespace OcopMarket.Plugin.Search.Lucene.Tests;

public sealed class FacetTests(LuceneTestContext ctx) : IClassFixture<LuceneTestContext>
{
    private static Dictionary<string, IReadOnlyList<string>> Filters(params (string Key, string[] Values)[] f) =>
        f.ToDictionary(x => x.Key, x => (IReadOnlyList<string>)x.Values);

    /// <summary>The facet value(s) of a seeded product, computed without the index.</summary>
    private static IEnumerable<string> ValuesOf(SeedProduct p, string key, DateOnly today) => key switch
    {
        FacetKeys.Group => [p.Group],
        FacetKeys.Subgroup => p.Subgroup is null ? [] : [p.Subgroup],
        FacetKeys.Stars => p.StarsOn(today) is var s and > 0 ? [s.ToString(CultureInfo.InvariantCulture)] : [],
        FacetKeys.Province => [p.Province],
        FacetKeys.District => p.District is null ? [] : [p.District],
        FacetKeys.Commune => [p.CommuneToday],
        FacetKeys.Producer => [p.Producer],
        FacetKeys.Price => PriceRanges.All.Where(r => (r.From is null || p.Price >= r.From) && (r.To is null || p.Price < r.To)).Select(r => r.Key),
        FacetKeys.InStock => p.InStock ? ["1"] : [],
        _ => [],
    };

    private static bool Passes(SeedProduct p, Dictionary<string, IReadOnlyList<string>> filters, string? except, DateOnly today) =>
        filters.Where(f => f.Key != except && f.Value.Count > 0).All(f =>
            f.Key == FacetKeys.Stars ? f.Value.Contains(p.StarsOn(today).ToString(CultureInfo.InvariantCulture)) : ValuesOf(p, f.Key, today).Any(f.Value.Contains));

    public static TheoryData<string?, string> Combinations => new()
    {
        { null, "" },
        { null, "stars=4" },
        { null, "stars=3,4" },
        { null, "group=thuc-pham;instock=1" },
        { null, "province=P38;stars=4,5" },
        { null, "price=100000-200000,200000-500000;subgroup=mat-ong" },
        { null, "commune=C100;producer=hkd-hong-bao-lam" },
        { null, "district=OD-trieu-son;group=thuc-pham;stars=3,4,5;instock=1" },
        { null, "producer=htx-che-kon-ray,co-so-non-la-cao-loc;price=1000000-" },
        { "mat ong", "" },
        { "mat ong", "stars=4;province=P38" },
        { "tre", "group=thu-cong,do-uong;instock=1" },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task Facet_counts_ignore_their_own_selection_and_match_a_brute_force_count(string? text, string spec)
    {
        var filters = spec.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('='))
            .ToDictionary(s => s[0], s => (IReadOnlyList<string>)s[1].Split(','));
        var today = LuceneTestContext.Today;
        // Text matching comes from the index; everything else is recomputed from the seed data.
        var textIds = (await ctx.SearchAsync(text, pageSize: 200)).Hits.Select(h => h.ProductId).ToHashSet();
        var candidates = ctx.Products.Where(p => p.Visible && textIds.Contains(p.Id)).ToList();

        var result = await ctx.SearchAsync(text, filters: filters, pageSize: 200);

        var expectedHits = candidates.Where(p => Passes(p, filters, null, today)).Select(p => p.Id).Order().ToList();
        Assert.Equal(expectedHits, result.Hits.Select(h => h.ProductId).Order().ToList());
        Assert.Equal(expectedHits.Count, result.Total);

        foreach (var key in FacetKeys.All)
        {
            var expected = candidates.Where(p => Passes(p, filters, key, today))
                .SelectMany(p => ValuesOf(p, key, today)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            foreach (var selected in filters.GetValueOrDefault(key) ?? []) expected.TryAdd(selected, 0);
            var actual = result.Facets.SingleOrDefault(f => f.Key == key)?.Values.ToDictionary(v => v.Value, v => v.Count) ?? [];
            Assert.True(expected.OrderBy(e => e.Key).SequenceEqual(actual.OrderBy(e => e.Key)),
                $"{key}: expected {string.Join(", ", expected.OrderBy(e => e.Key))} got {string.Join(", ", actual.OrderBy(e => e.Key))}");
            var facet = result.Facets.SingleOrDefault(f => f.Key == key);
            if (facet is not null)
                Assert.All(facet.Values, v => Assert.Equal(filters.GetValueOrDefault(key)?.Contains(v.Value) ?? false, v.Selected));
        }
    }

    [Fact]
    public async Task Stars_facet_follows_the_date_without_reindexing()
    {
        static int Count(SearchResult r, string stars) =>
            r.Facets.Single(f => f.Key == FacetKeys.Stars).Values.SingleOrDefault(v => v.Value == stars)?.Count ?? 0;

        var before = await ctx.SearchAsync(null, today: new DateOnly(2025, 9, 15)); // last day of "Mật ong hoa nhãn" 5★
        var after = await ctx.SearchAsync(null, today: new DateOnly(2025, 9, 16));
        Assert.Equal(2, Count(before, "5"));
        Assert.Equal(1, Count(after, "5"));

        var fiveStars = Filters((FacetKeys.Stars, ["5"]));
        Assert.Contains(ctx.ProductIds["Mật ong hoa nhãn"], (await ctx.SearchAsync(null, today: new DateOnly(2025, 9, 15), filters: fiveStars)).Hits.Select(h => h.ProductId));
        Assert.DoesNotContain(ctx.ProductIds["Mật ong hoa nhãn"], (await ctx.SearchAsync(null, today: new DateOnly(2025, 9, 16), filters: fiveStars)).Hits.Select(h => h.ProductId));
    }

    [Fact]
    public async Task A_revoked_certificate_stops_counting_from_its_revocation_day()
    {
        var threeStars = Filters((FacetKeys.Stars, ["3"]));
        var id = ctx.ProductIds["Chè xanh búp"];
        Assert.Contains(id, (await ctx.SearchAsync(null, today: new DateOnly(2025, 7, 31), filters: threeStars)).Hits.Select(h => h.ProductId));
        Assert.DoesNotContain(id, (await ctx.SearchAsync(null, today: new DateOnly(2025, 8, 1), filters: threeStars)).Hits.Select(h => h.ProductId));
    }

    [Fact]
    public async Task Expired_certificate_gives_no_stars_and_a_future_one_none_yet()
    {
        var r = await ctx.SearchAsync("hồng không hạt", filters: Filters((FacetKeys.Stars, ["3"])));
        Assert.Equal(0, r.Total);
        var then = await ctx.SearchAsync("hồng không hạt", today: new DateOnly(2024, 10, 7), filters: Filters((FacetKeys.Stars, ["3"])));
        Assert.Equal(1, then.Total);
        var early = await ctx.SearchAsync("trà hoa vàng", today: new DateOnly(2023, 12, 31), filters: Filters((FacetKeys.Stars, ["5"])));
        Assert.Equal(0, early.Total);
    }

    [Fact]
    public async Task An_old_commune_counts_under_its_successor()
    {
        var r = await ctx.SearchAsync(null);
        var communes = r.Facets.Single(f => f.Key == FacetKeys.Commune).Values;
        Assert.DoesNotContain(communes, v => v.Value == "OC101");
        var trieuSon = communes.Single(v => v.Value == "C100");
        Assert.Equal("Xã Triệu Sơn", trieuSon.Label);
        Assert.Equal(4, trieuSon.Count); // 2 from the producer recorded in old Dân Lực + 2 from Triệu Sơn itself

        var filtered = await ctx.SearchAsync(null, filters: Filters((FacetKeys.Commune, ["C100"])));
        Assert.Contains(ctx.ProductIds["Mật ong rừng Triệu Sơn"], filtered.Hits.Select(h => h.ProductId));
    }

    [Fact]
    public async Task Labels_order_and_selected_values_with_no_results()
    {
        var none = await ctx.SearchAsync("mật ong", filters: Filters((FacetKeys.Producer, ["khong-ton-tai"])));
        Assert.Equal(0, none.Total);
        var producers = none.Facets.Single(f => f.Key == FacetKeys.Producer).Values;
        Assert.Contains(producers, v => v is { Value: "khong-ton-tai", Count: 0, Selected: true });
        Assert.Contains(producers, v => v is { Value: "htx-mat-ong-trieu-son", Label: "HTX Mật ong Triệu Sơn", Count: 2, Selected: false });

        var r = await ctx.SearchAsync("mật ong", filters: Filters((FacetKeys.Province, ["P20"])));
        Assert.Equal(1, r.Total);
        Assert.Equal("Thực phẩm", r.Facets.Single(f => f.Key == FacetKeys.Group).Values.Single().Label);
        var provinces = r.Facets.Single(f => f.Key == FacetKeys.Province).Values;
        Assert.Equal(["P38", "P20"], provinces.Select(v => v.Value));
        Assert.Contains(provinces, v => v is { Value: "P38", Label: "Tỉnh Thanh Hóa", Count: 2, Selected: false });
        Assert.Contains(provinces, v => v is { Value: "P20", Label: "Tỉnh Lạng Sơn", Count: 1, Selected: true });
        var stars = (await ctx.SearchAsync(null)).Facets.Single(f => f.Key == FacetKeys.Stars).Values.Select(v => v.Value);
        Assert.Equal(["5", "4", "3"], stars);
    }

    [Fact]
    public async Task Category_labels_follow_the_ui_language()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            var r = await ctx.SearchAsync(null);
            Assert.Contains(r.Facets.Single(f => f.Key == FacetKeys.Group).Values, v => v is { Value: "thuc-pham", Label: "Food" });
            Assert.Contains(r.Facets.Single(f => f.Key == FacetKeys.Subgroup).Values, v => v is { Value: "mat-ong", Label: "Honey" });
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public async Task Min_and_max_price_bound_hits_and_counts()
    {
        var r = await ctx.SearchAsync(null, minPrice: 150_000, maxPrice: 350_000);
        var expected = ctx.Products.Where(p => p.Visible && p.Price is >= 150_000 and <= 350_000).Select(p => p.Id).Order();
        Assert.Equal(expected, r.Hits.Select(h => h.ProductId).Order());
        Assert.Equal(r.Total, r.Facets.Single(f => f.Key == FacetKeys.Group).Values.Sum(v => v.Count));
    }

    [Fact]
    public async Task Without_facets_none_are_computed()
    {
        var r = await ctx.Provider.SearchAsync(new SearchQuery { Today = LuceneTestContext.Today, WithFacets = false });
        Assert.Empty(r.Facets);
        Assert.Equal(10, r.Total);
        _ = VietnameseText.Fold("");
    }
}
