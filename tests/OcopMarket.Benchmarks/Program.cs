Console.WriteLine("OcopMarket benchmarks: see docs/benchmarks.md");
