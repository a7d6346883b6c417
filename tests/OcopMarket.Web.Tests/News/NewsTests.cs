using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Identity;
using OcopMarket.Core.News;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.News;

/// <summary>Public news pages, producer stories on producer pages, the home strip, and the office's article editor.</summary>
public abstract class NewsTests(OcopWebFactory site) : IAsyncLifetime
{
    private const string HoneyStory = "mua-mat-duoi-chan-nui-nua-chuyen-nhung-nguoi-nuoi-ong-binh-son";
    private const string BinhSon = "htx-nong-nghiep-binh-son";

    protected OcopWebFactory Site { get; } = site;

    public Task InitializeAsync() => EvictAsync();

    /// <summary>Removes the articles these tests created (their titles start with "Thử nghiệm").</summary>
    public async Task DisposeAsync()
    {
        await Site.DbAsync(db => db.Articles.Where(a => a.Title.StartsWith("Thử nghiệm")).ExecuteDeleteAsync());
        await EvictAsync();
    }

    private Task EvictAsync() => Site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Framework.CacheTags.Storefront, default).AsTask();

    [Fact]
    public async Task The_list_shows_published_articles_and_filters_by_kind()
    {
        using var client = Site.CreateClient();
        var all = await client.GetDocumentAsync("/tin-tuc");
        var cards = all.QuerySelectorAll("#news-list [data-article]");
        Assert.True(cards.Length >= 5, $"expected the 5 demo articles, got {cards.Length}");
        Assert.Contains(cards, c => c.GetAttribute("data-article") == HoneyStory);
        Assert.Single(all.QuerySelectorAll("h1"));
        var honeyDate = await Site.DbAsync(db => db.Articles.Where(a => a.Slug == HoneyStory).Select(a => a.PublishedAt!.Value).SingleAsync());
        Assert.Equal(Framework.VnTime.Date(honeyDate), all.QuerySelector($"[data-article='{HoneyStory}'] time")!.TextContent.Trim());

        var stories = await client.GetDocumentAsync("/tin-tuc?loai=cau-chuyen");
        var storySlugs = stories.QuerySelectorAll("#news-list [data-article]").Select(c => c.GetAttribute("data-article")!).ToList();
        var storyKinds = await Site.DbAsync(db => db.Articles.Where(a => storySlugs.Contains(a.Slug)).Select(a => a.Kind).ToListAsync());
        Assert.NotEmpty(storySlugs);
        Assert.All(storyKinds, k => Assert.Equal(ArticleKind.ProducerStory, k));
        Assert.Equal(storySlugs.Count, storyKinds.Count);

        var news = await client.GetDocumentAsync("/tin-tuc?loai=tin");
        Assert.DoesNotContain(news.QuerySelectorAll("#news-list [data-article]"), c => c.GetAttribute("data-article") == HoneyStory);

        using var bad = await client.GetAsync("/tin-tuc?loai=khac");
        Assert.Equal(HttpStatusCode.NotFound, bad.StatusCode);
    }

    [Fact]
    public async Task A_story_page_has_one_h1_the_producer_card_json_ld_and_related_articles()
    {
        using var client = Site.CreateClient();
        var page = await client.GetDocumentAsync("/tin-tuc/" + HoneyStory);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Empty(page.QuerySelectorAll("#article-body h1"));
        Assert.NotEmpty(page.QuerySelectorAll("#article-body h2"));
        Assert.Equal("/chu-the/" + BinhSon, page.QuerySelector("#article-producer h2 a")!.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll("#related-articles [data-article]"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));

        var json = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(e => e.GetProperty("@type").GetString() == "BlogPosting");
        Assert.Equal("Mùa mật dưới chân núi Nưa: chuyện những người nuôi ong Bình Sơn", json.GetProperty("headline").GetString());
        Assert.StartsWith("2026-11-2", json.GetProperty("datePublished").GetString(), StringComparison.Ordinal);

        var newsSlug = await Site.DbAsync(db => db.Articles.Where(a => a.Kind == ArticleKind.News && a.IsPublished).Select(a => a.Slug).FirstAsync());
        var newsPage = await client.GetDocumentAsync("/tin-tuc/" + newsSlug);
        Assert.Contains(newsPage.QuerySelectorAll("script[type='application/ld+json']"),
            s => JsonDocument.Parse(s.TextContent).RootElement.GetProperty("@type").GetString() == "NewsArticle");
    }

    [Fact]
    public async Task The_producer_page_lists_its_stories_and_the_home_page_the_latest_three()
    {
        using var client = Site.CreateClient();
        var producer = await client.GetDocumentAsync("/chu-the/" + BinhSon);
        Assert.Contains(producer.QuerySelectorAll("#producer-stories [data-article]"), c => c.GetAttribute("data-article") == HoneyStory);

        var other = await client.GetDocumentAsync("/chu-the/cong-ty-tnhh-dac-san-mau-son");
        Assert.Null(other.QuerySelector("#producer-stories"));

        var home = await client.GetDocumentAsync("/");
        var latest = home.QuerySelectorAll("#home-news [data-article]").Select(c => c.GetAttribute("data-article")!).ToList();
        var expected = await Site.DbAsync(db => db.Articles.Visible(Site.Time.GetUtcNow())
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Slug).Take(3).ToListAsync());
        Assert.Equal(expected, latest);
        Assert.NotNull(home.QuerySelector("#home-news a[href='/ban-tin']"));
    }

    [Fact]
    public async Task A_scheduled_article_stays_hidden_until_its_time_by_the_clock()
    {
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _o = office;
        var slug = "thu-nghiem-hen-gio-" + Guid.NewGuid().ToString("N")[..8];
        var at = Site.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).AddHours(2);
        var form = await office.GetDocumentAsync("/admin/tin-tuc/tao");
        using var saved = await office.SubmitFormAsync(form, "form#article-form", new Dictionary<string, string?>
        {
            ["Kind"] = "News", ["Title"] = "Thử nghiệm hẹn giờ đăng", ["Slug"] = slug, ["Summary"] = "Tóm tắt", ["Body"] = "# Nội dung\n\nĐoạn văn.",
            ["IsPublished"] = "true", ["PublishedAt"] = at.ToString("yyyy-MM-dd'T'HH:mm"),
        });
        saved.EnsureSuccessStatusCode();
        var stored = await Site.DbAsync(db => db.Articles.SingleAsync(a => a.Slug == slug));
        Assert.Equal(at.AddSeconds(-at.Second).UtcDateTime, stored.PublishedAt!.Value.UtcDateTime);
        Assert.Contains("scheduled-notice", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var reader = Site.CreateClient();
        using (var hidden = await reader.GetAsync("/tin-tuc/" + slug))
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(slug, (await reader.GetDocumentAsync("/tin-tuc")).DocumentElement.OuterHtml, StringComparison.Ordinal);

        var original = Site.Time.GetUtcNow();
        try
        {
            Site.Time.Advance(TimeSpan.FromHours(3));
            await EvictAsync();
            var page = await reader.GetDocumentAsync("/tin-tuc/" + slug);
            Assert.Equal("Thử nghiệm hẹn giờ đăng", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains(slug, (await reader.GetDocumentAsync("/tin-tuc")).DocumentElement.OuterHtml, StringComparison.Ordinal);
        }
        finally
        {
            Site.Time.AdjustTime(original);
            await EvictAsync();
        }
    }

    [Fact]
    public async Task Saving_publishes_at_once_and_the_page_shows_only_sanitised_markup()
    {
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _o = office;
        var slug = "thu-nghiem-an-toan-" + Guid.NewGuid().ToString("N")[..8];
        const string body = "# Tiêu đề\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[bấm](javascript:alert(1)) và [Chính phủ](https://chinhphu.vn)\n\n![ảnh lạ](https://tracker.example/a.gif)";
        var form = await office.GetDocumentAsync("/admin/tin-tuc/tao");
        using var saved = await office.SubmitFormAsync(form, "form#article-form", new Dictionary<string, string?>
        {
            ["Kind"] = "News", ["Title"] = "Thử nghiệm an toàn nội dung", ["Slug"] = slug, ["Summary"] = "Tóm tắt", ["Body"] = body, ["IsPublished"] = "true",
        });
        saved.EnsureSuccessStatusCode();
        var stored = await Site.DbAsync(db => db.Articles.SingleAsync(a => a.Slug == slug));
        Assert.Equal(body, stored.BodyMarkdown); // stored as typed, made safe on the way out
        Assert.Equal(Site.Time.GetUtcNow(), stored.PublishedAt);

        using var reader = Site.CreateClient();
        var page = await reader.GetDocumentAsync("/tin-tuc/" + slug);
        var article = page.QuerySelector("#article-body")!;
        Assert.Empty(article.QuerySelectorAll("script"));
        Assert.Empty(article.QuerySelectorAll("img"));
        Assert.Empty(article.QuerySelectorAll("[onerror]"));
        Assert.DoesNotContain(article.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("nofollow noopener", article.QuerySelector("a[href='https://chinhphu.vn']")!.GetAttribute("rel"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(article.QuerySelector("h2"));
    }

    [Fact]
    public async Task A_story_without_its_producer_is_refused_with_a_message()
    {
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _o = office;
        var slug = "thu-nghiem-thieu-chu-the-" + Guid.NewGuid().ToString("N")[..8];
        var form = await office.GetDocumentAsync("/admin/tin-tuc/tao?loai=cau-chuyen");
        using var response = await office.SubmitFormAsync(form, "form#article-form", new Dictionary<string, string?>
        {
            ["Title"] = "Thử nghiệm thiếu chủ thể", ["Slug"] = slug, ["Summary"] = "Tóm tắt", ["Body"] = "Nội dung", ["ProducerId"] = "",
        });
        var page = await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), new Uri("http://localhost/"));
        Assert.NotNull(page.QuerySelector("#form-errors"));
        Assert.Contains("is-invalid", page.QuerySelector("select[name='ProducerId']")!.ClassName, StringComparison.Ordinal);
        Assert.Contains("Câu chuyện nhà sản xuất cần chọn chủ thể sản xuất.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.False(await Site.DbAsync(db => db.Articles.AnyAsync(a => a.Slug == slug)));

        var producerId = await Site.ProducerIdAsync(BinhSon);
        using var ok = await office.SubmitFormAsync(page, "form#article-form", new Dictionary<string, string?> { ["ProducerId"] = producerId.ToString() });
        ok.EnsureSuccessStatusCode();
        Assert.Equal(producerId, await Site.DbAsync(db => db.Articles.Where(a => a.Slug == slug).Select(a => a.ProducerId).SingleAsync()));
    }

    [Fact]
    public async Task The_preview_renders_sanitised_html_and_needs_the_antiforgery_token()
    {
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _o = office;
        var token = await office.GetAntiforgeryTokenAsync("/admin/tin-tuc/tao");
        using var preview = await office.PostAsync("/admin/tin-tuc/xem-truoc", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = "## Phụ đề\n\n<script>alert(1)</script> **đậm**", [SiteTestHelpers.AntiforgeryField] = token,
        }));
        preview.EnsureSuccessStatusCode();
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<h3>Phụ đề</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>đậm</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        using var forged = await office.PostAsync("/admin/tin-tuc/xem-truoc", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // Without JavaScript the "Preview" button posts the form: it comes back rendered and nothing is saved.
        var slug = "thu-nghiem-xem-truoc-" + Guid.NewGuid().ToString("N")[..8];
        var form = await office.GetDocumentAsync("/admin/tin-tuc/tao");
        using var shown = await office.SubmitFormAsync(form, "form#article-form", new Dictionary<string, string?>
        {
            ["Title"] = "Thử nghiệm xem trước", ["Slug"] = slug, ["Summary"] = "Tóm tắt", ["Body"] = "# Xem trước", ["preview"] = "1",
        });
        var page = await SiteTestHelpers.ParseAsync(await shown.Content.ReadAsStringAsync(), new Uri("http://localhost/"));
        Assert.Equal("Xem trước", page.QuerySelector("#preview-Body h2")!.TextContent);
        Assert.NotNull(page.QuerySelector("#preview-notice"));
        Assert.False(await Site.DbAsync(db => db.Articles.AnyAsync(a => a.Slug == slug)));
    }

    [Theory]
    [InlineData(Roles.Customer)]
    [InlineData(Roles.Producer)]
    [InlineData(Roles.Inspector)]
    public async Task Only_promotion_staff_reach_the_article_admin(string role)
    {
        int? producer = role == Roles.Producer ? await Site.ProducerIdAsync(BinhSon) : null;
        var (client, _) = await Site.CreateSignedInClientAsync(role, producer);
        using var _c = client;
        using var list = await client.GetAsync("/admin/tin-tuc");
        Assert.NotEqual(HttpStatusCode.OK, list.StatusCode);
        using var preview = await client.PostAsync("/admin/tin-tuc/xem-truoc", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "x" }));
        Assert.NotEqual(HttpStatusCode.OK, preview.StatusCode);

        var (staff, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _s = staff;
        var page = await staff.GetDocumentAsync("/admin/tin-tuc?kind=ProducerStory&state=Published");
        var rows = page.QuerySelectorAll("#article-admin-list tbody tr[data-article]");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Câu chuyện nhà sản xuất", r.TextContent, StringComparison.Ordinal));
    }
}

[Collection(Collections.Sqlite)]
public sealed class NewsSqliteTests(SqliteWebFactory site) : NewsTests(site);

[Collection(Collections.Postgres)]
public sealed class NewsPostgresTests(PostgresWebFactory site) : NewsTests(site);
