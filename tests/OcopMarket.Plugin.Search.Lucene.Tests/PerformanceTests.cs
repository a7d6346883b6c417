using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Search;
using Xunit.Abstractions;

namespace OcopMarket.Plugin.Search.Lucene.Tests;

/// <summary>Runs only with OCOP_LUCENE_PERF=1 (100,000 products: a couple of minutes of setup).</summary>
public sealed class PerfFactAttribute : FactAttribute
{
    public PerfFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("OCOP_LUCENE_PERF") != "1") Skip = "set OCOP_LUCENE_PERF=1 to measure the 100k budgets";
    }
}

public sealed class PerformanceTests(ITestOutputHelper output)
{
    private static readonly string[] Words =
    [
        "Mật ong", "Chè", "Trà", "Gạo", "Nước mắm", "Rượu", "Cà phê", "Hồng", "Bưởi", "Nem", "Giò", "Bánh", "Mứt", "Tinh dầu", "Nón lá",
        "Giỏ", "Miến", "Tương", "Sâm", "Nấm", "Măng", "Tỏi", "Ớt", "Dầu lạc", "Cao", "Trà hoa vàng", "Hạt điều", "Tiêu", "Quế", "Hồi",
    ];
    private static readonly string[] Qualifiers =
    [
        "rừng", "núi", "thơm", "sạch", "nguyên chất", "hữu cơ", "truyền thống", "đặc sản", "cổ truyền", "Shan tuyết", "không hạt", "sấy",
        "Triệu Sơn", "Kon Rẫy", "Tây Sơn", "Cao Lộc", "Bảo Lâm", "hoa nhãn", "bạc hà", "đỏ", "xanh", "vàng", "tím", "đen", "loại 1",
    ];

    [PerfFact]
    public async Task Hundred_thousand_products_meet_the_budgets()
    {
        using var ctx = new LuceneTestContext(build: false);
        var sw = Stopwatch.StartNew();
        await SeedAsync(ctx, 100_000);
        output.WriteLine($"seeded 100k in {sw.Elapsed.TotalSeconds:0.0} s");

        ctx.Start();
        await ctx.Index.RebuildTask;
        sw.Restart();
        await ctx.Index.RebuildAsync();
        output.WriteLine($"full rebuild: {sw.Elapsed.TotalSeconds:0.0} s, {ctx.Index.DocumentCount} docs");

        var random = new Random(1);
        var texts = Enumerable.Range(0, 300).Select(_ => random.Next(5) switch
        {
            0 => Words[random.Next(Words.Length)],
            1 => Words[random.Next(Words.Length)] + " " + Qualifiers[random.Next(Qualifiers.Length)],
            2 => TextAnalysisFold(Words[random.Next(Words.Length)] + " " + Qualifiers[random.Next(Qualifiers.Length)]),
            3 => Words[random.Next(Words.Length)] + "g " + Qualifiers[random.Next(Qualifiers.Length)],
            _ => Qualifiers[random.Next(Qualifiers.Length)],
        }).ToList();

        async Task<double> P95(Func<string, Task> run)
        {
            foreach (var t in texts.Take(30)) await run(t); // warm up
            var times = new List<double>();
            foreach (var t in texts)
            {
                var s = Stopwatch.GetTimestamp();
                await run(t);
                times.Add(Stopwatch.GetElapsedTime(s).TotalMilliseconds);
            }
            times.Sort();
            return times[(int)(times.Count * 0.95)];
        }

        var plain = await P95(t => ctx.Provider.SearchAsync(new SearchQuery { Text = t, Today = LuceneTestContext.Today, WithFacets = false }));
        var faceted = await P95(t => ctx.Provider.SearchAsync(new SearchQuery
        {
            Text = t, Today = LuceneTestContext.Today,
            Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetKeys.Stars] = ["4", "5"], [FacetKeys.InStock] = ["1"] },
        }));
        var browse = await P95(_ => ctx.Provider.SearchAsync(new SearchQuery { Today = LuceneTestContext.Today, Sort = SearchSorts.PriceAsc }));
        var suggest = await P95(t => ctx.Provider.SuggestAsync(t[..Math.Min(t.Length, 4)], 8));
        output.WriteLine($"p95 search {plain:0.0} ms, faceted {faceted:0.0} ms, browse all with facets {browse:0.0} ms, suggest {suggest:0.0} ms");
    }

    private static string TextAnalysisFold(string s) => OcopMarket.Core.Common.VietnameseText.Fold(s).ToLowerInvariant();

    private static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter ToBinary = new();

    internal static async Task SeedAsync(LuceneTestContext ctx, int count)
    {
        using var db = ctx.NewDb();
        var producers = await db.Producers.Where(p => p.IsPublished).Select(p => p.Id).ToListAsync();
        var categories = await db.Categories.Where(c => c.ParentId != null).Select(c => c.Id).ToListAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        using var tx = connection.BeginTransaction();
        var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO Products (Name, Slug, ShortDescription, Description, ProducerId, CategoryId, Price, Unit, StockQuantity, IsPublished, IsFeatured, SearchKey, CreatedAt, UpdatedAt)
            VALUES ($n, $s, '', $d, $p, $c, $price, 'hộp', $stock, 1, 0, '', $t, $t);
            SELECT last_insert_rowid();
            """;
        var cert = connection.CreateCommand();
        cert.Transaction = tx;
        cert.CommandText = """
            INSERT INTO Certificates (ProductId, DecisionNumber, IssuingBody, CouncilLevel, CriteriaSet, Stars, IssuedOn, ExpiresOn)
            VALUES ($id, 'QĐ', 'UBND', 2, 148, $stars, $from, $to)
            """;
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var name = $"{Words[random.Next(Words.Length)]} {Qualifiers[random.Next(Qualifiers.Length)]} {Qualifiers[random.Next(Qualifiers.Length)]} {i}";
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$n", name);
            insert.Parameters.AddWithValue("$s", "perf-" + i);
            insert.Parameters.AddWithValue("$d", $"<p>{name}: sản phẩm OCOP {Qualifiers[random.Next(Qualifiers.Length)]}, đóng gói {Qualifiers[random.Next(Qualifiers.Length)]}. Xuất xứ địa phương, được chứng nhận.</p>");
            insert.Parameters.AddWithValue("$p", producers[random.Next(producers.Count)]);
            insert.Parameters.AddWithValue("$c", categories[random.Next(categories.Count)]);
            insert.Parameters.AddWithValue("$price", random.Next(20, 2000) * 1000L);
            insert.Parameters.AddWithValue("$stock", random.Next(3) == 0 ? 0 : random.Next(1, 50));
            insert.Parameters.AddWithValue("$t", ToBinary.ConvertToProvider(DateTimeOffset.UtcNow.AddDays(-random.Next(1000))));
            var id = (long)(await insert.ExecuteScalarAsync())!;
            if (random.Next(3) > 0)
            {
                var from = new DateOnly(2022, 1, 1).AddDays(random.Next(1200));
                cert.Parameters.Clear();
                cert.Parameters.AddWithValue("$id", id);
                cert.Parameters.AddWithValue("$stars", random.Next(3, 6));
                cert.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                cert.Parameters.AddWithValue("$to", from.AddMonths(36).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                await cert.ExecuteNonQueryAsync();
            }
        }
        await tx.CommitAsync();
    }
}
