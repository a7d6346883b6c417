using System.Globalization;
using BenchmarkDotNet.Running;
using OcopMarket.Benchmarks;

// OcopMarket.Benchmarks
//   generate --db PATH [--count 10000] [--seed 20261125]     add N products to an already seeded SQLite file
//   generate --provider PostgreSql --connection "..." [...]   same, on PostgreSQL
//   bench [BenchmarkDotNet args]                              micro-benchmarks (e.g. bench --filter '*')
//   search [--count 100000] [--iterations 2000] [--db-iterations 40] [--seed N] [--work DIR] [--keep]
//                                                             fresh database + N products, Lucene index build and
//                                                             search/facet/autocomplete latency; writes artifacts/benchmarks/search-YYYYMMDD.txt
//   checkout [--url http://127.0.0.1:5180] [--buyers 16] [--seconds 20] [--products slug,slug] [--payment SystemName]
//                                                             checkout throughput over HTTP against a running site (checkout.sh runs it)
//   restock --db PATH [--products slug,slug] [--quantity N]   gives the checkout benchmark's products stock
//   pageweight [--url URL] [--paths /a,/b] [--runs 5]          page weight and load time on an emulated phone on slow 4G
//                                                             (Debian's chromium; pageweight.sh runs it)
// The HTTP load tests are load.sh and checkout.sh beside this file.
if (args.Length > 0 && args[0] == "generate")
{
    var options = GeneratorOptions.Parse(args[1..]);
    if (options is null)
    {
        Console.Error.WriteLine("usage: generate --db PATH | --provider PostgreSql --connection CS  [--count N] [--seed N] [--batch N]");
        return 2;
    }
    var started = System.Diagnostics.Stopwatch.StartNew();
    var added = await new CatalogGenerator(options, Console.Out).RunAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Added {added.Producers} producers, {added.Products} products and certificates in {started.Elapsed.TotalSeconds:0.0} s."));
    return 0;
}
if (args.Length > 0 && args[0] == "search")
{
    var options = SearchBenchmarkOptions.Parse(args[1..]);
    if (options is null)
    {
        Console.Error.WriteLine("usage: search [--count N] [--iterations N] [--db-iterations N] [--seed N] [--work DIR] [--keep]");
        return 2;
    }
    return await new SearchBenchmark(options, Console.Out).RunAsync();
}
if (args.Length > 0 && args[0] == "checkout")
{
    var options = CheckoutLoadOptions.Parse(args[1..]);
    if (options is null)
    {
        Console.Error.WriteLine("usage: checkout [--url URL] [--buyers N] [--seconds N] [--products slug,slug] [--payment SystemName]");
        return 2;
    }
    return await new CheckoutLoad(options, Console.Out).RunAsync();
}
if (args.Length > 2 && args[0] == "restock" && args[1] == "--db")
{
    var slugs = args.SkipWhile(a => a != "--products").Skip(1).FirstOrDefault()?.Split(',') ?? ["mat-ong-binh-son", "ca-phe-robusta-kon-ray"];
    var quantity = int.Parse(args.SkipWhile(a => a != "--quantity").Skip(1).FirstOrDefault() ?? "1000000", CultureInfo.InvariantCulture);
    Console.WriteLine($"restocked {CheckoutLoad.Restock(args[2], slugs, quantity)} products");
    return 0;
}
if (args.Length > 0 && args[0] == "pageweight")
{
    var options = PageWeightOptions.Parse(args[1..]);
    if (options is null)
    {
        Console.Error.WriteLine("usage: pageweight [--url URL] [--paths /a,/b] [--runs N]");
        return 2;
    }
    return await new PageWeight(options, Console.Out).RunAsync();
}
if (args.Length > 0 && args[0] == "bench")
{
    BenchmarkSwitcher.FromAssembly(typeof(CatalogGenerator).Assembly).Run(args[1..]);
    return 0;
}
Console.WriteLine("OcopMarket benchmarks: 'generate --db PATH [--count N]' adds products; 'bench' runs micro-benchmarks; 'search [--count N]' benchmarks the Lucene search; load.sh runs the HTTP load test.");
return args.Length == 0 ? 0 : 2;
