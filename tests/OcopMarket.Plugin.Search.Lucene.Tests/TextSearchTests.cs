using OcopMarket.Core.Search;

namespace OcopMarket.Plugin.Search.Lucene.Tests;

public sealed class TextSearchTests(LuceneTestContext ctx) : IClassFixture<LuceneTestContext>
{
    private static readonly string[] VisibleHoney = ["Mật ong bạc hà", "Mật ong hoa nhãn", "Mật ong rừng Triệu Sơn"];

    [Theory]
    [InlineData("mat ong")]
    [InlineData("mật ong")]
    [InlineData("MẬT ONG")]
    [InlineData("Mat Ong")]
    [InlineData("ma\u0323\u0302t ong")] // decomposed (NFD) input
    public async Task Vietnamese_with_or_without_diacritics_and_case_finds_the_same_products(string text)
    {
        var names = await ctx.NamesAsync(text);
        Assert.Equal(VisibleHoney, names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Hidden_products_and_products_of_unpublished_producers_are_never_found()
    {
        var names = await ctx.NamesAsync("mật ong");
        Assert.DoesNotContain("Mật ong chưa đăng", names);
        Assert.DoesNotContain("Mật ong ẩn danh", names);
        Assert.Equal(10, (await ctx.SearchAsync(null)).Total);
    }

    [Fact]
    public async Task Exact_diacritic_match_ranks_above_a_folded_only_match()
    {
        var withMarks = await ctx.NamesAsync("chè");
        Assert.StartsWith("Chè", withMarks[0]);
        Assert.StartsWith("Chè", withMarks[1]);
        Assert.Contains("Nón lá che nắng", withMarks);

        var plain = await ctx.NamesAsync("che");
        Assert.Equal(withMarks.Order(StringComparer.Ordinal), plain.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("mat ongg", "Mật ong rừng Triệu Sơn")]
    [InlineData("hongg khong hat", "Hồng không hạt Bảo Lâm")]
    [InlineData("hồng khôngg hạtt", "Hồng không hạt Bảo Lâm")]
    [InlineData("shan tuyeet", "Chè Shan tuyết Kon Rẫy")]
    public async Task Typos_are_tolerated(string text, string expected) =>
        Assert.Contains(expected, await ctx.NamesAsync(text));

    [Theory]
    [InlineData("mật o", "Mật ong hoa nhãn")]
    [InlineData("giỏ mâ", "Giỏ mây tre đan")]
    [InlineData("tra hoa v", "Trà hoa vàng")]
    [InlineData("shan tu", "Chè Shan tuyết Kon Rẫy")]
    public async Task The_last_word_matches_as_a_prefix(string text, string expected) =>
        Assert.Contains(expected, await ctx.NamesAsync(text));

    [Theory]
    [InlineData("Triệu Sơn", "Hồng không hạt Bảo Lâm")]
    [InlineData("trieu son", "Mật ong hoa nhãn")]
    [InlineData("Kon Rẫy", "Trà hoa vàng")]
    [InlineData("kon ray", "Chè xanh búp")]
    [InlineData("Dân Lực", "Mật ong rừng Triệu Sơn")] // the old commune's name still finds its producers
    [InlineData("Lạng Sơn", "Giỏ mây tre đan")]
    [InlineData("honey", "Mật ong bạc hà")]       // English category name
    [InlineData("htx che", "Trà hoa vàng")]        // producer name
    [InlineData("nguyên chất", "Mật ong rừng Triệu Sơn")] // description without its HTML
    public async Task Places_producers_categories_and_descriptions_are_searchable(string text, string expected) =>
        Assert.Contains(expected, await ctx.NamesAsync(text));

    [Fact]
    public async Task The_name_outweighs_the_description()
    {
        var names = await ctx.NamesAsync("hoa");
        Assert.Contains("Trà hoa vàng", names.Take(2));
        Assert.Contains("Mật ong hoa nhãn", names.Take(2));
    }

    [Fact]
    public async Task A_gtin_finds_its_product()
    {
        var gtin = OcopMarket.Core.Catalog.Gtin.WithCheckDigit("893850000001");
        Assert.Equal(["Mật ong rừng Triệu Sơn"], await ctx.NamesAsync(gtin));
    }

    public static TheoryData<string> Hostile => new()
    {
        "\"", "\"mật ong", "mật ong\"", "*", "mat*", "~", "ong~2", "AND", "mat AND ong", "OR", "NOT ong", "(((", ")))", "[mat TO ong}", "{", "title:", "name:mật",
        "ong^10", "\\", "/regex/", "&&", "||", "!", "+mat -ong", "?", "mat?ng", "-", ":", "\0", "\ud800", "ma\ud800t", "<script>", "%", "'", ";DROP TABLE Products;",
        new string('a', 5000), string.Join(' ', Enumerable.Repeat("mật ong", 800)), string.Concat(Enumerable.Repeat("(\"*~:", 1000)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Query_syntax_in_the_input_never_throws(string text)
    {
        var result = await ctx.SearchAsync(text);
        Assert.NotNull(result);
        Assert.True(result.Total >= 0);
        await ctx.Provider.SuggestAsync(text, 8);
    }

    [Theory]
    [InlineData("\"mật ong\"")]
    [InlineData("mat* ong~")]
    [InlineData("(mật ong")]
    [InlineData("mật AND ong")]
    [InlineData("title:mật ong")]
    public async Task Query_syntax_is_read_as_plain_words(string text) =>
        Assert.Contains("Mật ong rừng Triệu Sơn", await ctx.NamesAsync(text));

    [Fact]
    public async Task An_empty_query_lists_everything_featured_then_by_stars()
    {
        var r = await ctx.SearchAsync("   ");
        Assert.Equal(10, r.Total);
        Assert.All(r.Hits, h => Assert.Null(h.HighlightedName));
        var stars = r.Hits.Select(h => ctx.Products.Single(p => p.Id == h.ProductId).StarsOn(LuceneTestContext.Today)).ToList();
        Assert.Equal(stars.OrderDescending(), stars);
    }
}
