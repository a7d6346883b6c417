using BenchmarkDotNet.Attributes;
using OcopMarket.Core.Common;

namespace OcopMarket.Benchmarks;

/// <summary>Slug and folding cost per product name (run: dotnet run -c Release -- bench --filter '*Text*').</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private const string Name = "Gạo nếp cái hoa vàng hữu cơ Thọ Bình, Triệu Sơn, Thanh Hóa";

    [Benchmark]
    public string Slug() => SlugGenerator.Generate(Name);

    [Benchmark]
    public string Fold() => VietnameseText.Fold(Name);
}
