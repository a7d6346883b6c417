using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Search;
using OcopMarket.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OcopMarket.Web.Tests.Search.Relevance;

/// <summary>
/// The relevance set (<see cref="RelevanceCases"/>) against the Lucene provider, called directly on the
/// seeded demo (SQLite site), plus a few through the search page, the database fallback's score, and
/// exact diacritics outranking folded-only matches on products created for the test.
/// </summary>
[Collection(Collections.Sqlite)]
public sealed class RelevanceTests(SqliteWebFactory site, ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    public static IEnumerable<object[]> CaseIds => RelevanceCases.Ids();

    public static IEnumerable<object[]> LuceneCaseIds => RelevanceCases.All.Where(c => c.Expect != Expectation.Suggest).Select(c => new object[] { c.Id });

    public static IEnumerable<object[]> SuggestCaseIds => RelevanceCases.All.Where(c => c.Expect == Expectation.Suggest).Select(c => new object[] { c.Id });

    [Fact]
    public void The_set_has_at_least_40_queries_and_they_are_distinct()
    {
        Assert.True(RelevanceCases.All.Count >= 40, $"{RelevanceCases.All.Count} cases");
        Assert.Equal(RelevanceCases.All.Count, RelevanceCases.All.Select(c => c.Query).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Every_expected_slug_is_a_demo_product()
    {
        var slugs = (await SlugsAsync()).Values.ToHashSet(StringComparer.Ordinal);
        var unknown = RelevanceCases.All.SelectMany(c => c.Slugs).Where(s => !slugs.Contains(s)).Distinct().ToList();
        Assert.True(unknown.Count == 0, "Not in the demo: " + string.Join(", ", unknown));
    }

    [Theory]
    [MemberData(nameof(LuceneCaseIds))]
    public async Task Lucene_ranks_the_expected_products(int id)
    {
        var c = RelevanceCases.Get(id);
        var lucene = await LuceneAsync();
        var slugs = await SlugsAsync();
        var result = await lucene.SearchAsync(Query(c.Query));
        var ranked = result.Hits.Select(h => slugs.TryGetValue(h.ProductId, out var s) ? s : "#" + h.ProductId).ToList();
        output.WriteLine($"{c}: {string.Join(", ", ranked.Take(6))}; did you mean: {result.DidYouMean}");
        var (pass, why) = RelevanceCases.Judge(c, ranked);
        Assert.True(pass, $"{c} ({c.Note}): {why}. Ranked: {string.Join(", ", ranked.Take(8))}; total {result.Total}; did you mean: {result.DidYouMean ?? "-"}");
    }

    [Theory]
    [MemberData(nameof(SuggestCaseIds))]
    public async Task Lucene_suggests_the_expected_products_for_a_prefix(int id)
    {
        var c = RelevanceCases.Get(id);
        var lucene = await LuceneAsync();
        var ranked = await SuggestedAsync(lucene, c.Query);
        output.WriteLine($"{c}: {string.Join(", ", ranked)}");
        var (pass, why) = RelevanceCases.Judge(c, ranked);
        Assert.True(pass, $"{c} ({c.Note}): {why}. Suggested products: {string.Join(", ", ranked)}");
    }

    /// <summary>
    /// The database fallback on the same set: asserted only on what it supports (finding products by
    /// words of their name or short description, with or without diacritics; finding nothing), and the
    /// strict score (same judgement as Lucene) is printed for the record.
    /// </summary>
    [Fact]
    public async Task Database_provider_finds_what_it_supports_and_its_score_is_reported()
    {
        var lucene = await LuceneAsync();
        var report = new StringBuilder();
        int dbStrict = 0, dbSupported = 0, dbSupportedPass = 0, lucenePass = 0;
        var failures = new List<string>();
        foreach (var c in RelevanceCases.All)
        {
            IReadOnlyList<string> dbRanked, luceneRanked;
            await using (var scope = site.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<DatabaseSearchProvider>();
                dbRanked = c.Expect == Expectation.Suggest ? await SuggestedAsync(db, c.Query) : await RankAsync(db, c.Query);
            }
            luceneRanked = c.Expect == Expectation.Suggest ? await SuggestedAsync(lucene, c.Query) : await RankAsync(lucene, c.Query);
            var strict = RelevanceCases.Judge(c, dbRanked).Pass;
            var lucenePassed = RelevanceCases.Judge(c, luceneRanked).Pass;
            if (strict) dbStrict++;
            if (lucenePassed) lucenePass++;
            if (c.Database)
            {
                dbSupported++;
                var found = c.Expect == Expectation.None ? dbRanked.Count == 0 : c.Slugs.All(dbRanked.Contains);
                if (found) dbSupportedPass++;
                else failures.Add($"{c}: database hits {string.Join(", ", dbRanked.Take(8))}");
            }
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{c.Id,3} {c.Query,-26} lucene {(lucenePassed ? "ok  " : "FAIL")} db {(strict ? "ok  " : "fail")}{(c.Database ? "*" : " ")}  lucene: {string.Join(" ", luceneRanked.Take(4))} | db: {string.Join(" ", dbRanked.Take(4))}");
        }
        report.AppendLine(CultureInfo.InvariantCulture,
            $"cases {RelevanceCases.All.Count}: lucene {lucenePass}/{RelevanceCases.All.Count}; database strict {dbStrict}/{RelevanceCases.All.Count}; database on its supported cases (*, membership) {dbSupportedPass}/{dbSupported}");
        output.WriteLine(report.ToString());
        Assert.True(failures.Count == 0, "Database provider misses supported cases:\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData("mat ong")]
    [InlineData("hong khng hat")]
    [InlineData("trà xanh")]
    [InlineData("tré")]
    [InlineData("mật ong rừng")]
    [InlineData("thọ bình")]
    public async Task The_search_page_answers_with_lucene_and_the_same_first_product(string q)
    {
        var lucene = await LuceneAsync();
        var expected = (await RankAsync(lucene, q)).FirstOrDefault();
        Assert.NotNull(expected);

        using var client = site.CreateClient();
        var page = await client.GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString(q));
        Assert.Equal("lucene", page.QuerySelector("[data-provider]")?.GetAttribute("data-provider"));
        var first = page.QuerySelector(".product-card-title a")?.GetAttribute("href");
        Assert.Equal("/san-pham/" + expected, first);
    }

    /// <summary>
    /// Two products whose names fold to the same words (Mắm cá / Mắm cà + a unique word): the exact
    /// spelling must come first, each way round; without diacritics both are found.
    /// </summary>
    [Fact]
    public async Task Exact_diacritics_outrank_folded_only_matches()
    {
        var word = "zq" + new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(5).ToArray()) + "x";
        var fish = $"Mắm cá {word}";
        var aubergine = $"Mắm cà {word}";
        var ids = new List<int>();
        try
        {
            await using (var scope = site.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
                var template = await db.Products.AsNoTracking().FirstAsync(p => p.Slug == "banh-gai-minh-son");
                Product New(string name, string suffix) => new()
                {
                    Name = name, Slug = SlugGenerator.Generate(name) + suffix, ShortDescription = "Đặc sản thử nghiệm", Description = "<p>Thử.</p>",
                    ProducerId = template.ProducerId, CategoryId = template.CategoryId, Price = 50_000, Unit = "hũ", StockQuantity = 10,
                    CreatedAt = site.Time.GetUtcNow(), UpdatedAt = site.Time.GetUtcNow(),
                };
                // The aubergine first: a lower id must not be what puts the fish ahead.
                var a = New(aubergine, "-1");
                var f = New(fish, "-2");
                db.Products.Add(a);
                await db.SaveChangesAsync();
                db.Products.Add(f);
                await db.SaveChangesAsync();
                ids.AddRange([a.Id, f.Id]);
            }
            var slugs = await SlugsAsync();
            var lucene = await LuceneAsync();

            // The save hook queued them; the worker indexes them within a second or two.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            IReadOnlyList<string> folded;
            do
            {
                folded = await RankAsync(lucene, "mam ca " + word, slugs);
                if (folded.Count >= 2) break;
                await Task.Delay(200);
            }
            while (DateTime.UtcNow < deadline);
            var fishSlug = slugs[ids[1]];
            var aubergineSlug = slugs[ids[0]];
            Assert.Equal([aubergineSlug, fishSlug], folded.Order(StringComparer.Ordinal).ToList());

            var exactFish = await RankAsync(lucene, "mắm cá " + word, slugs);
            var exactAubergine = await RankAsync(lucene, "mắm cà " + word, slugs);
            output.WriteLine($"cá: {string.Join(", ", exactFish)}; cà: {string.Join(", ", exactAubergine)}");
            Assert.Equal(fishSlug, exactFish.FirstOrDefault());
            Assert.Equal(aubergineSlug, exactAubergine.FirstOrDefault());
            // Just the one word with its tone mark, too.
            Assert.Equal(fishSlug, (await RankAsync(lucene, "cá " + word, slugs)).FirstOrDefault());
            Assert.Equal(aubergineSlug, (await RankAsync(lucene, "cà " + word, slugs)).FirstOrDefault());
        }
        finally
        {
            if (ids.Count > 0)
            {
                await using var scope = site.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
                // Removing through the context queues the deletions for the index (the save hook).
                db.Products.RemoveRange(await db.Products.Where(p => ids.Contains(p.Id)).ToListAsync());
                await db.SaveChangesAsync();
            }
        }
        // Gone from the index too (other tests count the demo products).
        var lucene2 = await LuceneAsync();
        var gone = DateTime.UtcNow.AddSeconds(30);
        while ((await lucene2.SearchAsync(Query("mam ca " + word))).Total > 0 && DateTime.UtcNow < gone) await Task.Delay(200);
        Assert.Equal(0, (await lucene2.SearchAsync(Query("mam ca " + word))).Total);
    }

    private static SearchQuery Query(string text) => new() { Text = text, Today = Today, PageSize = 24, WithFacets = false };

    /// <summary>The Lucene provider of the running site, once its index is ready (built at start in the background).</summary>
    private async Task<ISearchProvider> LuceneAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var scope = site.Services.CreateAsyncScope();
            var providers = scope.ServiceProvider.GetRequiredService<IEnumerable<ISearchProvider>>().ToList();
            var lucene = providers.FirstOrDefault(p => p.Name == "lucene");
            Assert.True(lucene is not null, "No search provider named \"lucene\"; registered: " + string.Join(", ", providers.Select(p => p.Name)));
            if (lucene.IsReady) return lucene;
            Assert.True(DateTime.UtcNow < deadline, "The Lucene index was not ready within 30 s.");
            await Task.Delay(200);
        }
    }

    private async Task<Dictionary<int, string>> SlugsAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OcopDbContext>().Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Slug);
    }

    private async Task<IReadOnlyList<string>> RankAsync(ISearchProvider provider, string text, Dictionary<int, string>? slugs = null)
    {
        slugs ??= await SlugsAsync();
        var result = await provider.SearchAsync(Query(text));
        return result.Hits.Select(h => slugs.TryGetValue(h.ProductId, out var s) ? s : "#" + h.ProductId).ToList();
    }

    private static async Task<IReadOnlyList<string>> SuggestedAsync(ISearchProvider provider, string prefix)
    {
        const string productPath = "/san-pham/";
        var suggestions = await provider.SuggestAsync(prefix, 8);
        return suggestions.Where(s => s.Kind == SuggestionKind.Product && s.Url.StartsWith(productPath, StringComparison.Ordinal))
            .Select(s => s.Url[productPath.Length..]).ToList();
    }
}
