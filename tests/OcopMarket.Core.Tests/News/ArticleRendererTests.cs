using OcopMarket.Core.Common;
using OcopMarket.Core.News;

namespace OcopMarket.Core.Tests.News;

public sealed class ArticleRendererTests
{
    private readonly ArticleRenderer _renderer = new(new RichTextSanitizer());

    [Fact]
    public void Raw_script_tags_are_not_executed_markup()
    {
        var html = _renderer.Render("Xin chào <script>alert('x')</script> **bạn**");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>bạn</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_handler_attributes_are_removed()
    {
        var html = _renderer.Render("<img src=x onerror=alert(1)>\n\n![ảnh](/media/5/800.jpg)");
        Assert.DoesNotContain("onerror=", html.Replace("onerror=alert(1)&gt;", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=\"x\"", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/media/5/800.jpg\" alt=\"ảnh\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_typed_in_the_markdown_comes_out_as_text()
    {
        var html = _renderer.Render("<img src=x onerror=alert(1)>");
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[bấm vào đây](javascript:alert(1))")]
    [InlineData("[bấm vào đây](JavaScript:alert(document.cookie))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    public void Dangerous_link_schemes_are_dropped(string markdown)
    {
        var html = _renderer.Render(markdown);
        // The text may remain as text; no link may point at it.
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void External_links_get_nofollow_noopener_and_internal_links_stay_plain()
    {
        var html = _renderer.Render("[Chính phủ](https://chinhphu.vn/) và [điểm bán](/diem-ban) và [lạ](//evil.example/x)");
        Assert.Contains("<a href=\"https://chinhphu.vn/\" rel=\"nofollow noopener\">Chính phủ</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/diem-ban\">điểm bán</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"//evil.example/x\" rel=\"nofollow noopener\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_from_other_hosts_become_their_alt_text()
    {
        var html = _renderer.Render("![ảnh ngoài](https://tracker.example/p.gif) ![lén](/media/../../etc/passwd)");
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("ảnh ngoài", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_shift_down_so_the_page_keeps_its_only_h1()
    {
        var html = _renderer.Render("# Một\n\n## Hai\n\n### Ba\n\n###### Sáu");
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Một</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Hai</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h4>Ba</h4>", html, StringComparison.Ordinal);
        Assert.Contains("<h4>Sáu</h4>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_tables_and_emphasis_render()
    {
        var html = _renderer.Render("- một\n- hai\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n*nghiêng*");
        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>một</li>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<em>nghiêng</em>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Blank_input_gives_empty_html(string? markdown) => Assert.Equal("", _renderer.Render(markdown));

    [Fact]
    public void Tokens_are_random_url_safe_and_stored_as_a_different_hash()
    {
        var a = NewsletterTokens.New();
        var b = NewsletterTokens.New();
        Assert.NotEqual(a, b);
        Assert.True(NewsletterTokens.LooksValid(a));
        Assert.NotEqual(a, NewsletterTokens.Hash(a));
        Assert.Equal(64, NewsletterTokens.Hash(a).Length);
        Assert.False(NewsletterTokens.LooksValid("abc"));
        Assert.False(NewsletterTokens.LooksValid(a[..42] + "!"));
    }
}
