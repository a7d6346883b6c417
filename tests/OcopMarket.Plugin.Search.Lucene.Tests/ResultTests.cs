using OcopMarket.Core.Search;

namespace OcopMarket.Plugin.Search.Lucene.Tests;

public sealed class ResultTests(LuceneTestContext ctx) : IClassFixture<LuceneTestContext>
{
    private List<SeedProduct> Visible => ctx.Products.Where(p => p.Visible).ToList();

    private async Task<List<SeedProduct>> Sorted(string sort, string? text = null) =>
        (await ctx.SearchAsync(text, sort: sort, pageSize: 100)).Hits.Select(h => ctx.Products.Single(p => p.Id == h.ProductId)).ToList();

    [Fact]
    public async Task Sorts_by_price_newest_and_stars()
    {
        Assert.Equal(Visible.OrderBy(p => p.Price).ThenBy(p => p.Id).Select(p => p.Id), (await Sorted(SearchSorts.PriceAsc)).Select(p => p.Id));
        Assert.Equal(Visible.OrderByDescending(p => p.Price).ThenBy(p => p.Id).Select(p => p.Id), (await Sorted(SearchSorts.PriceDesc)).Select(p => p.Id));
        Assert.Equal(Visible.OrderByDescending(p => p.Id).Select(p => p.Id), (await Sorted(SearchSorts.Newest)).Select(p => p.Id)); // seeded one day apart
        var byStars = (await Sorted(SearchSorts.Stars)).Select(p => p.StarsOn(LuceneTestContext.Today)).ToList();
        Assert.Equal(byStars.OrderDescending(), byStars);
        var honeyByStars = await Sorted(SearchSorts.Stars, "mật ong");
        Assert.Equal("Mật ong hoa nhãn", honeyByStars[0].Name); // 5★ until 15/09/2025
    }

    [Fact]
    public async Task Relevance_prefers_higher_current_stars_among_equal_matches()
    {
        var names = await ctx.NamesAsync("mật ong");
        Assert.Equal("Mật ong hoa nhãn", names[0]); // 5★ today
        var later = await ctx.NamesAsync("mật ong", today: new DateOnly(2025, 10, 1));
        Assert.NotEqual("Mật ong hoa nhãn", later[0]); // expired: no star boost any more
    }

    [Fact]
    public async Task Pages_split_the_results_and_a_page_beyond_them_is_empty_with_the_total()
    {
        var all = (await ctx.SearchAsync(null, sort: SearchSorts.PriceAsc, pageSize: 100)).Hits.Select(h => h.ProductId).ToList();
        var p1 = await ctx.SearchAsync(null, sort: SearchSorts.PriceAsc, page: 1, pageSize: 4);
        var p3 = await ctx.SearchAsync(null, sort: SearchSorts.PriceAsc, page: 3, pageSize: 4);
        Assert.Equal(all.Take(4), p1.Hits.Select(h => h.ProductId));
        Assert.Equal(all.Skip(8), p3.Hits.Select(h => h.ProductId));
        var beyond = await ctx.SearchAsync(null, page: 50, pageSize: 4);
        Assert.Empty(beyond.Hits);
        Assert.Equal(10, beyond.Total);
        var absurd = await ctx.SearchAsync(null, page: int.MaxValue, pageSize: int.MaxValue);
        Assert.Empty(absurd.Hits);
        Assert.Equal(10, absurd.Total);
        Assert.Equal(10, (await ctx.SearchAsync(null, page: -3, pageSize: 0)).Total);
    }

    [Fact]
    public async Task Highlighting_is_html_safe_and_marks_the_right_words()
    {
        var r = await ctx.SearchAsync("mứt gừng");
        var hit = Assert.Single(r.Hits);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Mứt</mark> <mark>gừng</mark>", hit.HighlightedName);
        Assert.DoesNotContain("<script", hit.HighlightedSnippet);
        Assert.Contains("<mark>gừng</mark>", hit.HighlightedSnippet);
        Assert.Contains("&amp;", hit.HighlightedSnippet);

        var script = await ctx.SearchAsync("script");
        Assert.DoesNotContain("<script", Assert.Single(script.Hits).HighlightedName);
        Assert.Contains("&lt;<mark>script</mark>&gt;", script.Hits[0].HighlightedName);

        var honey = await ctx.SearchAsync("mat ong nguyen chat");
        var top = honey.Hits[0];
        Assert.Equal("<mark>Mật</mark> <mark>ong</mark> rừng Triệu Sơn", top.HighlightedName);
        Assert.Contains("<mark>nguyên</mark> <mark>chất</mark>", top.HighlightedSnippet);
        Assert.Contains("&amp; tràm", top.HighlightedSnippet);
        Assert.DoesNotContain("<b>", top.HighlightedSnippet);

        var typo = await ctx.SearchAsync("hongg khong hat");
        Assert.Equal("<mark>Hồng</mark> <mark>không</mark> <mark>hạt</mark> Bảo Lâm", typo.Hits[0].HighlightedName);
        var prefix = await ctx.SearchAsync("giỏ mâ");
        Assert.Equal("<mark>Giỏ</mark> <mark>mây</mark> tre đan", prefix.Hits[0].HighlightedName);
    }

    [Theory]
    [InlineData("mtt ong", "mật ong")]
    [InlineData("giỏ mây treee đan", "giỏ mây tre đan")]
    [InlineData("trà hao vàng", "trà hoa vàng")]
    public async Task Did_you_mean_corrects_words_that_find_nothing(string text, string expected)
    {
        var r = await ctx.SearchAsync(text);
        // The page may still show partial matches (words found as typed), with the suggestion above them.
        Assert.Equal(expected, r.DidYouMean);
        Assert.True((await ctx.SearchAsync(r.DidYouMean)).Total > 0);
    }

    [Fact]
    public async Task Did_you_mean_stays_quiet_when_the_correction_finds_nothing_either()
    {
        var r = await ctx.SearchAsync("mật ong", filters: new Dictionary<string, IReadOnlyList<string>> { [FacetKeys.Group] = ["thu-cong"] });
        Assert.Null(r.DidYouMean);
        Assert.Null((await ctx.SearchAsync("zzzzqqq")).DidYouMean);
        Assert.Null((await ctx.SearchAsync("mật ong")).DidYouMean);
    }

    [Fact]
    public async Task Suggest_returns_products_producers_and_categories()
    {
        var s = await ctx.Provider.SuggestAsync("mat", 5);
        Assert.Contains(s, x => x is { Kind: SuggestionKind.Product, Title: "Mật ong hoa nhãn", Subtitle: "HTX Mật ong Triệu Sơn" } && x.Url.StartsWith("/san-pham/sp-", StringComparison.Ordinal));
        Assert.Contains(s, x => x is { Kind: SuggestionKind.Producer, Title: "HTX Mật ong Triệu Sơn", Url: "/chu-the/htx-mat-ong-trieu-son" });
        Assert.Contains(s, x => x is { Kind: SuggestionKind.Category, Title: "Mật ong", Url: "/danh-muc/mat-ong" });
        Assert.DoesNotContain(s, x => x.Title.Contains("ẩn danh", StringComparison.Ordinal) || x.Title == "Cơ sở Ẩn Danh");
        var products = s.Where(x => x.Kind == SuggestionKind.Product).Select(x => x.Title).ToList();
        Assert.Equal("Mật ong hoa nhãn", products[0]); // 5★ first

        var hats = await ctx.Provider.SuggestAsync("Nón", 5);
        Assert.Contains(hats, x => x is { Kind: SuggestionKind.Product, Title: "Nón lá che nắng" });
        Assert.Contains(hats, x => x is { Kind: SuggestionKind.Producer, Title: "Cơ sở Nón lá Cao Lộc" });
        Assert.Contains(hats, x => x is { Kind: SuggestionKind.Category, Url: "/danh-muc/may-tre" });

        var two = await ctx.Provider.SuggestAsync("mật ong b", 5);
        Assert.Equal(["Mật ong bạc hà"], two.Where(x => x.Kind == SuggestionKind.Product).Select(x => x.Title));
        Assert.Empty(await ctx.Provider.SuggestAsync("", 5));
        Assert.Empty(await ctx.Provider.SuggestAsync("   ", 5));
        Assert.Equal(2, (await ctx.Provider.SuggestAsync("mat ong", 2)).Count(x => x.Kind == SuggestionKind.Product));
    }
}
