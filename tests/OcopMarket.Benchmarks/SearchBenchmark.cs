using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OcopMarket.Core;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Core.Search;
using OcopMarket.Plugin.Search.Lucene;

namespace OcopMarket.Benchmarks;

public sealed record SearchBenchmarkOptions(int Count, int Iterations, int DatabaseIterations, int Seed, string? WorkDir, bool Keep)
{
    public static SearchBenchmarkOptions? Parse(string[] args)
    {
        int count = 100_000, iterations = 2_000, dbIterations = 40, seed = 20261125;
        string? work = null;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("missing value after " + args[i]);
            switch (args[i])
            {
                case "--count": count = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--iterations": iterations = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--db-iterations": dbIterations = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--work": work = Next(); break;
                case "--keep": keep = true; break;
                default: return null;
            }
        }
        return count < 1 || iterations < 10 ? null : new(count, iterations, dbIterations, seed, work, keep);
    }
}

/// <summary>
/// The search benchmark (issue 6): a fresh SQLite database with the real migrations, Vietnam's
/// administrative units and the OCOP groups; N generated products (<see cref="CatalogGenerator"/>);
/// a full Lucene index build from scratch (wall time, peak managed heap and working set); then
/// single-thread latency percentiles (Stopwatch per call, after a warm-up) for text search, faceted
/// search, category listings with facets and autocomplete, a 2-thread run, and the database provider
/// on the same text and faceted queries for comparison.
/// </summary>
public sealed class SearchBenchmark(SearchBenchmarkOptions options, TextWriter log)
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private sealed record Stat(string Name, int N, double P50, double P95, double P99, double Max, double Mean, double? Budget, string Extra = "")
    {
        public string Verdict => Budget is { } b ? (P95 <= b ? "met" : "NOT met") : "";
    }

    private readonly List<Stat> _stats = [];
    private readonly List<string> _notes = [];
    private readonly string _loadAtStart = LoadAverage();

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public async Task<int> RunAsync()
    {
        var work = options.WorkDir ?? Path.Combine(Path.GetTempPath(), "ocop-search-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var dbPath = Path.Combine(work, "ocopmarket.db");
        var indexPath = Path.Combine(work, "search-index");
        var reuse = File.Exists(dbPath);
        try
        {
            var connection = DatabaseConnection.Resolve(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=" + dbPath }, null, work);
            var models = new ModelAssemblies([typeof(CoreModule).Assembly, typeof(LuceneSearchPlugin).Assembly]);
            var services = new ServiceCollection()
                .AddSingleton(connection)
                .AddSingleton(models)
                .AddDbContext<OcopDbContext>(connection.Configure)
                .BuildServiceProvider();
            var scopes = services.GetRequiredService<IServiceScopeFactory>();

            var total = Stopwatch.StartNew();
            if (!reuse)
            {
                log.WriteLine($"==> fresh SQLite database {dbPath}: migrations, admin units, OCOP groups");
                new SchemaMigrator(connection, NullLoggerFactory.Instance).MigrateUp(models.All);
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
                    var units = await new AdminUnitImporter(db).ImportAsync();
                    await SeedGroupsAsync(db);
                    log.WriteLine($"    {units} admin units");
                }
                log.WriteLine($"==> generating {options.Count:N0} products");
                var sw = Stopwatch.StartNew();
                var added = await new CatalogGenerator(new GeneratorOptions(DatabaseProvider.Sqlite, connection.ConnectionString, options.Count, options.Seed, 2000), TextWriter.Null).RunAsync();
                await using (var scope = scopes.CreateAsyncScope())
                {
                    // The save hook queued every product for an index that is about to be built from scratch.
                    await scope.ServiceProvider.GetRequiredService<OcopDbContext>().SearchIndexQueue.ExecuteDeleteAsync();
                }
                log.WriteLine($"    {added.Producers:N0} producers, {added.Products:N0} products in {sw.Elapsed.TotalSeconds:0.0} s");
            }
            else
            {
                log.WriteLine($"==> reusing {dbPath}");
            }

            int products, visible;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
                products = await db.Products.CountAsync();
                visible = await db.Products.CountAsync(p => p.IsPublished && p.Producer!.IsPublished);
            }

            if (Directory.Exists(indexPath)) Directory.Delete(indexPath, recursive: true);
            log.WriteLine($"==> building the Lucene index from scratch ({visible:N0} visible of {products:N0} products)");
            using var index = new LuceneSearchIndex(scopes, new LuceneSearchOptions { IndexPath = indexPath, SourceId = "bench" }, TimeProvider.System);
            var build = await MeasureBuildAsync(index);
            log.WriteLine($"    {build.Seconds:0.0} s, peak managed heap {build.PeakManagedMb:0} MB, peak working set {build.PeakWorkingSetMb:0} MB, index {build.IndexMb:0} MB, {index.DocumentCount:N0} documents");

            var provider = new LuceneSearchProvider(index);
            var queries = await QuerySet.CreateAsync(scopes, options.Seed, options.Iterations);

            log.WriteLine($"==> warm-up");
            foreach (var q in queries.Text.Take(300)) await provider.SearchAsync(q);
            foreach (var q in queries.Faceted.Take(300)) await provider.SearchAsync(q);
            foreach (var q in queries.Listing.Take(300)) await provider.SearchAsync(q);
            foreach (var p in queries.Prefixes.Take(300)) await provider.SuggestAsync(p, 8);

            log.WriteLine($"==> Lucene, single thread, {options.Iterations:N0} queries each");
            var textTimes = await MeasureAsync("lucene: text search (page: hits + facets)", queries.Text, q => provider.SearchAsync(q), 10);
            var hitsOnly = await MeasureAsync("lucene: text search (hits only)", queries.Text.Select(q => q with { WithFacets = false }).ToList(), q => provider.SearchAsync(q), 10);
            await MeasureAsync("lucene: faceted search (text + 2-3 filters)", queries.Faceted, q => provider.SearchAsync(q), 20);
            var listingTimes = await MeasureAsync("lucene: category listing + facets (no text)", queries.Listing, q => provider.SearchAsync(q), 20);
            Breakdown("lucene text search (page: hits + facets) by kind of query:       n    p50 ms    p95 ms    p99 ms    max ms   mean ms", textTimes, queries.TextKinds);
            Breakdown("lucene text search (hits only) by kind of query:                 n    p50 ms    p95 ms    p99 ms    max ms   mean ms", hitsOnly, queries.TextKinds);
            Breakdown("lucene category listing + facets by sort:                        n    p50 ms    p95 ms    p99 ms    max ms   mean ms", listingTimes, queries.Listing.Select(q => q.Sort).ToList());
            await MeasureAsync("lucene: autocomplete (2-6 letters)", queries.Prefixes, p => provider.SuggestAsync(p, 8), 5);
            await MeasureConcurrentAsync("lucene: text search, 2 threads", queries.Text, provider);

            log.WriteLine($"==> database provider, single thread (at most {options.DatabaseIterations} queries or 120 s per kind)");
            async Task<SearchResult> Database(SearchQuery q)
            {
                await using var scope = scopes.CreateAsyncScope();
                return await new DatabaseSearchProvider(scope.ServiceProvider.GetRequiredService<OcopDbContext>()).SearchAsync(q);
            }
            // Warm the EF model and the SQLite page cache.
            foreach (var q in queries.Text.Skip(5000 % queries.Text.Count).Take(3)) await Database(q);
            await MeasureAsync("database: text search (page: hits + facets)", queries.Text.Take(options.DatabaseIterations).ToList(), Database, 10, TimeSpan.FromSeconds(120));
            await MeasureAsync("database: faceted search (text + 2-3 filters)", queries.Faceted.Take(options.DatabaseIterations).ToList(), Database, 20, TimeSpan.FromSeconds(120));

            var hitsNote = await HitCountsAsync(provider, queries);
            var report = Report(products, visible, build, hitsNote, total.Elapsed);
            log.WriteLine();
            log.WriteLine(report);
            var file = WriteArtifact(report);
            log.WriteLine($"==> written {file}");
            return 0;
        }
        finally
        {
            SqliteClear();
            if (!options.Keep && options.WorkDir is null)
            {
                try { Directory.Delete(work, recursive: true); } catch (IOException) { }
            }
        }
    }

    private static void SqliteClear() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    // ---- setup ------------------------------------------------------------------------------------

    /// <summary>The six OCOP groups and the subgroups the generator knows (Decision 148 codes), as the demo seeds them.</summary>
    private static async Task SeedGroupsAsync(OcopDbContext db)
    {
        (string Code, string Name, string En, (string Code, string Name, string En)[] Subs)[] groups =
        [
            ("1", "Thực phẩm", "Food", [("1.1", "Nông sản tươi sống", "Fresh produce"), ("1.2", "Gạo và ngũ cốc", "Rice and grains"),
                ("1.3", "Mật ong và sản phẩm từ mật ong", "Honey"), ("1.4", "Chè và sản phẩm từ chè", "Tea"), ("1.5", "Cà phê, ca cao", "Coffee and cocoa"),
                ("1.6", "Thực phẩm chế biến", "Processed food"), ("1.7", "Thịt, trứng, sữa", "Meat, eggs and milk")]),
            ("2", "Đồ uống", "Beverages", [("2.1", "Đồ uống có cồn", "Alcoholic drinks"), ("2.2", "Đồ uống không cồn", "Non-alcoholic drinks")]),
            ("3", "Thảo dược", "Herbal products", [("3.1", "Thực phẩm chức năng", "Functional food"), ("3.2", "Thuốc từ dược liệu", "Herbal medicine"),
                ("3.3", "Mỹ phẩm từ thảo dược", "Herbal cosmetics"), ("3.4", "Tinh dầu", "Essential oils")]),
            ("4", "Thủ công mỹ nghệ", "Handicrafts", [("4.1", "Gỗ, mây tre đan", "Wood, rattan and bamboo"), ("4.2", "Gốm sứ", "Ceramics"),
                ("4.3", "Dệt may, thêu, thổ cẩm", "Textiles and embroidery")]),
            ("5", "Sinh vật cảnh", "Ornamental plants and animals", [("5.1", "Hoa, cây cảnh", "Flowers and ornamental plants")]),
            ("6", "Du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "Community and eco-tourism", [("6.1", "Du lịch cộng đồng", "Community tourism"), ("6.2", "Điểm du lịch", "Tourist sites")]),
        ];
        var order = 0;
        foreach (var g in groups)
        {
            var group = new Category { Code = g.Code, Name = g.Name, NameEn = g.En, Slug = SlugGenerator.Generate(g.Name), SortOrder = ++order };
            db.Categories.Add(group);
            var sub = 0;
            foreach (var s in g.Subs)
                db.Categories.Add(new Category { Code = s.Code, Name = s.Name, NameEn = s.En, Slug = SlugGenerator.Generate(s.Name), Parent = group, SortOrder = ++sub });
        }
        await db.SaveChangesAsync();
    }

    // ---- index build --------------------------------------------------------------------------------

    private sealed record Build(double Seconds, double PeakManagedMb, double PeakWorkingSetMb, double StartWorkingSetMb, double AllocatedMb, double IndexMb);

    private static async Task<Build> MeasureBuildAsync(LuceneSearchIndex index)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var startWs = process.WorkingSet64;
        long peakManaged = GC.GetTotalMemory(false), peakWs = startWs;
        var allocated = GC.GetTotalAllocatedBytes();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var p = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                p.Refresh();
                peakWs = Math.Max(peakWs, p.WorkingSet64);
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                try { await Task.Delay(20, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var sw = Stopwatch.StartNew();
        await index.RebuildAsync();
        sw.Stop();
        await stop.CancelAsync();
        await sampler;
        var size = new DirectoryInfo(index.IndexPath).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        const double mb = 1024 * 1024;
        return new Build(sw.Elapsed.TotalSeconds, peakManaged / mb, peakWs / mb, startWs / mb, (GC.GetTotalAllocatedBytes() - allocated) / mb, size / mb);
    }

    // ---- measuring ------------------------------------------------------------------------------------

    private async Task<List<double>> MeasureAsync<T, TResult>(string name, IReadOnlyList<T> inputs, Func<T, Task<TResult>> call, double? budget, TimeSpan? cap = null)
    {
        var times = new List<double>(inputs.Count);
        var started = Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            var t = Stopwatch.GetTimestamp();
            await call(input);
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            if (cap is { } c && started.Elapsed > c) break;
        }
        var stat = Summarise(name, times, budget);
        _stats.Add(stat);
        log.WriteLine($"    {name,-48} n={stat.N,5} p50 {stat.P50,8:0.00} ms  p95 {stat.P95,8:0.00} ms  p99 {stat.P99,8:0.00} ms");
        return times;
    }

    /// <summary>The same timings split by the kind of query (which ones make the tail).</summary>
    private void Breakdown(string title, List<double> times, IReadOnlyList<string> kinds)
    {
        _notes.Add("");
        _notes.Add(title);
        foreach (var g in times.Select((t, i) => (t, Kind: kinds[i])).GroupBy(x => x.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var s = Summarise(g.Key, g.Select(x => x.t).ToList(), null);
            _notes.Add(string.Create(CultureInfo.InvariantCulture, $"  {g.Key,-46} {s.N,6} {s.P50,9:0.00} {s.P95,9:0.00} {s.P99,9:0.00} {s.Max,9:0.00} {s.Mean,9:0.00}"));
        }
    }

    private async Task MeasureConcurrentAsync(string name, IReadOnlyList<SearchQuery> queries, ISearchProvider provider)
    {
        const int threads = 2;
        var per = queries.Count / threads;
        var times = new List<double>[threads];
        var wall = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
        {
            var list = new List<double>(per);
            // Each thread walks the set from a different place.
            for (var i = 0; i < per; i++)
            {
                var q = queries[(i + t * per) % queries.Count];
                var start = Stopwatch.GetTimestamp();
                provider.SearchAsync(q).GetAwaiter().GetResult();
                list.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            times[t] = list;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        await Task.WhenAll(tasks);
        wall.Stop();
        var all = times.SelectMany(x => x).ToList();
        var stat = Summarise(name, all, 10) with { Extra = $"{all.Count / wall.Elapsed.TotalSeconds:0} queries/s" };
        _stats.Add(stat);
        log.WriteLine($"    {name,-48} n={stat.N,5} p50 {stat.P50,8:0.00} ms  p95 {stat.P95,8:0.00} ms  p99 {stat.P99,8:0.00} ms  {stat.Extra}");
    }

    private static Stat Summarise(string name, List<double> times, double? budget)
    {
        var sorted = times.Order().ToArray();
        double P(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Stat(name, sorted.Length, P(0.50), P(0.95), P(0.99), sorted.Length == 0 ? double.NaN : sorted[^1], sorted.Length == 0 ? double.NaN : sorted.Average(), budget);
    }

    private static async Task<string> HitCountsAsync(ISearchProvider provider, QuerySet queries)
    {
        var text = new List<int>();
        foreach (var q in queries.Text.Take(500)) text.Add((await provider.SearchAsync(q with { WithFacets = false })).Total);
        var faceted = new List<int>();
        foreach (var q in queries.Faceted.Take(500)) faceted.Add((await provider.SearchAsync(q with { WithFacets = false })).Total);
        var suggest = new List<int>();
        foreach (var p in queries.Prefixes.Take(500)) suggest.Add((await provider.SuggestAsync(p, 8)).Count);
        static string D(List<int> v) => v.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture,
            $"median {v.Order().ElementAt(v.Count / 2):N0}, zero {v.Count(x => x == 0) * 100.0 / v.Count:0}%");
        return $"matches per query (first 500): text {D(text)}; faceted {D(faceted)}; suggestions {D(suggest)}";
    }

    // ---- report ---------------------------------------------------------------------------------------

    private string Report(int products, int visible, Build build, string hits, TimeSpan total)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"OcopMarket search benchmark, {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}");
        sb.AppendLine(inv, $"commit {Git("rev-parse --short HEAD")}");
        sb.AppendLine(inv, $"machine: {Environment.ProcessorCount} cores, {Cpu()}, {Memory()}; {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, server GC {System.Runtime.GCSettings.IsServerGC}");
        sb.AppendLine(inv, $"load average (1/5/15 min) at start {_loadAtStart}, at end {LoadAverage()} (other work on the machine inflates the figures)");
        sb.AppendLine(inv, $"dataset: SQLite, real migrations + admin units + OCOP groups, {products:N0} generated products ({visible:N0} visible), seed {options.Seed}; judged on {Today:yyyy-MM-dd}");
        sb.AppendLine(inv, $"queries: {options.Iterations:N0} per kind after a warm-up of 300, Stopwatch per call, single thread unless noted");
        sb.AppendLine(hits);
        sb.AppendLine();
        sb.AppendLine(inv, $"full index build from scratch: {build.Seconds:0.0} s (budget <= 60 s: {(build.Seconds <= 60 ? "met" : "NOT met")})");
        sb.AppendLine(inv, $"  peak managed heap {build.PeakManagedMb:0} MB, working set {build.StartWorkingSetMb:0} -> peak {build.PeakWorkingSetMb:0} MB, allocated {build.AllocatedMb:N0} MB, index on disk {build.IndexMb:0.0} MB");
        sb.AppendLine();
        sb.AppendLine(inv, $"{"measurement",-48} {"n",6} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"max ms",9} {"mean ms",9} {"p95 budget",11} {"",8}");
        foreach (var s in _stats)
            sb.AppendLine(inv, $"{s.Name,-48} {s.N,6} {s.P50,9:0.00} {s.P95,9:0.00} {s.P99,9:0.00} {s.Max,9:0.00} {s.Mean,9:0.00} {(s.Budget is { } b ? "<= " + b.ToString("0", inv) + " ms" : ""),11} {s.Verdict,8} {s.Extra}");
        foreach (var n in _notes) sb.AppendLine(n);
        sb.AppendLine(inv, $"total run {total.TotalMinutes:0.0} min");
        return sb.ToString();
    }

    private static string WriteArtifact(string report)
    {
        var root = FindRepositoryRoot() ?? Directory.GetCurrentDirectory();
        var dir = Path.Combine(root, "artifacts", "benchmarks");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, $"search-{DateTime.Now:yyyyMMdd}.txt");
        File.WriteAllText(file, report);
        return file;
    }

    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "OcopMarket.sln"))) return d.FullName;
        return null;
    }

    private static string Git(string args)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("git", args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = FindRepositoryRoot() ?? "." });
            var s = p!.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return s.Length > 0 ? s : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static string Cpu()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    private static string Memory() =>
        string.Create(CultureInfo.InvariantCulture, $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0.0} GB");
}

/// <summary>Deterministic query mixes drawn from the generator's word lists and the generated names.</summary>
internal sealed class QuerySet
{
    public List<SearchQuery> Text { get; } = [];
    public List<string> TextKinds { get; } = [];
    public List<SearchQuery> Faceted { get; } = [];
    public List<SearchQuery> Listing { get; } = [];
    public List<string> Prefixes { get; } = [];

    private static readonly DateOnly Today = new(2026, 11, 25);

    public static async Task<QuerySet> CreateAsync(IServiceScopeFactory scopes, int seed, int n)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Code, c.Slug, Parent = c.Parent != null ? c.Parent.Slug : null }).ToListAsync();
        var groupOf = categories.Where(c => c.Parent is not null).ToDictionary(c => c.Code, c => c.Parent!);
        var groups = categories.Where(c => c.Parent is null).Select(c => c.Slug).ToArray();
        var subgroups = categories.Where(c => c.Parent is not null).Select(c => c.Slug).ToArray();
        var provinces = await db.AdminUnits.AsNoTracking().Where(u => u.Level == AdminUnitLevel.Province && u.ValidTo == null).Select(u => u.Code).ToArrayAsync();
        // Place names as the generated products carry them (last words of the name).
        var sampleNames = await db.Products.AsNoTracking().OrderBy(p => p.Id).Where(p => p.Id % 97 == 0).Select(p => p.Name).Take(2000).ToListAsync();

        var r = new Randomizer(seed);
        var nouns = WordLists.ProductsBySubgroup.SelectMany(kv => kv.Value.Select(v => (Subgroup: kv.Key, Noun: v))).ToArray();
        var set = new QuerySet();
        string Lower(string s) => s.ToLowerInvariant();
        string Folded(string s) => VietnameseText.Fold(s).ToLowerInvariant();

        for (var i = 0; i < n; i++)
        {
            var (sub, noun) = r.ArrayElement(nouns);
            var words = noun.Split(' ');
            var kind = r.Int(0, 99);
            var (label, text) = kind switch
            {
                < 30 => ("product words, with diacritics", Lower(noun)),
                < 50 => ("product words, without diacritics", Folded(noun)),
                < 65 => ("product words with a typo", Typo(r, r.Bool() ? Lower(noun) : Folded(noun))),
                < 85 => ("two product words + a commune", Lower(string.Join(' ', words.Take(Math.Min(2, words.Length)))) + " " + Lower(Place(r.ListItem(sampleNames)))),
                _ => ("one broad word (gạo, mật, trà...)", r.Bool() ? Lower(words[0]) : Folded(words[0])),
            };
            set.Text.Add(new SearchQuery { Text = text, Today = Today, PageSize = 24 });
            set.TextKinds.Add(label);

            var filters = new Dictionary<string, IReadOnlyList<string>> { [FacetKeys.Group] = [groupOf[sub]] };
            var extra = r.Shuffle(new[] { FacetKeys.Stars, FacetKeys.InStock, FacetKeys.Price, FacetKeys.Province }).Take(r.Int(1, 2));
            foreach (var key in extra)
                filters[key] = key switch
                {
                    FacetKeys.Stars => [r.Bool(0.7f) ? "3" : "4"],
                    FacetKeys.InStock => ["1"],
                    FacetKeys.Price => [r.ArrayElement(PriceRanges.All).Key],
                    _ => [r.ArrayElement(provinces)],
                };
            set.Faceted.Add(new SearchQuery { Text = r.Bool() ? Lower(noun) : Folded(words[0] + (words.Length > 1 ? " " + words[1] : "")), Filters = filters, Today = Today, PageSize = 24 });

            var listing = new Dictionary<string, IReadOnlyList<string>>();
            if (r.Bool(0.3f)) listing[FacetKeys.Group] = [r.ArrayElement(groups)];
            else listing[FacetKeys.Subgroup] = [r.ArrayElement(subgroups)];
            if (r.Bool(0.2f)) listing[FacetKeys.Stars] = ["4"];
            set.Listing.Add(new SearchQuery
            {
                Filters = listing, Today = Today, PageSize = 24, Page = r.Bool(0.7f) ? 1 : r.Int(2, 5),
                Sort = r.ArrayElement(new[] { SearchSorts.Relevance, SearchSorts.Relevance, SearchSorts.PriceAsc, SearchSorts.Newest, SearchSorts.Stars }),
            });

            var source = r.Bool() ? Lower(noun) : Folded(noun);
            var prefix = source[..Math.Min(source.Length, r.Int(2, 6))].TrimEnd();
            set.Prefixes.Add(prefix.Length >= 2 ? prefix : source[..Math.Min(source.Length, 3)]);
        }
        return set;
    }

    /// <summary>"Bưởi da xanh hữu cơ Thọ Bình" → "Thọ Bình" (the generator puts the commune last, after the noun and qualifier).</summary>
    private static string Place(string name)
    {
        var words = name.Split(' ');
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - 2)));
    }

    /// <summary>One edit in the longest word (deletion, doubled letter or swapped neighbours).</summary>
    private static string Typo(Randomizer r, string text)
    {
        var words = text.Split(' ');
        var i = Array.IndexOf(words, words.MaxBy(w => w.Length));
        var w = words[i];
        if (w.Length < 4) return text;
        var at = r.Int(1, w.Length - 2);
        words[i] = r.Int(0, 2) switch
        {
            0 => w.Remove(at, 1),
            1 => w.Insert(at, w[at].ToString()),
            _ => w[..at] + w[at + 1] + w[at] + w[(at + 2)..],
        };
        return string.Join(' ', words);
    }
}
