using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace OcopMarket.Benchmarks;

public sealed record PageWeightOptions(string Url, IReadOnlyList<string> Paths, int Runs)
{
    public static PageWeightOptions? Parse(string[] args)
    {
        string url = "http://127.0.0.1:5180", paths = "/diem-ban";
        var runs = 5;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--url": url = args[i + 1].TrimEnd('/'); break;
                case "--paths": paths = args[i + 1]; break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }
        return new PageWeightOptions(url, paths.Split(',', StringSplitOptions.RemoveEmptyEntries), Math.Max(1, runs));
    }
}

/// <summary>
/// What a page costs a tourist's phone: Debian's chromium as a mid-range Android phone (390 × 844 CSS px at 3×, touch),
/// Lighthouse's "slow 4G" network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and a 4× slower CPU. For each path:
/// bytes over the wire and requests on a cold load (empty cache), then on a repeat visit (warm cache), with the
/// DOMContentLoaded, load and largest-contentful-paint times; medians of N runs.
/// </summary>
public sealed class PageWeight(PageWeightOptions options, TextWriter log)
{
    private const string PhoneAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";

    private sealed record Sample(long Bytes, int Requests, double DomContentLoaded, double Load, double Lcp);

    public async Task<int> RunAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking"],
        });
        log.WriteLine("path | cold: KB transferred, requests, DOMContentLoaded, load, LCP | warm: KB, requests, load, LCP (medians of {0} runs)", options.Runs);
        foreach (var path in options.Paths)
        {
            var cold = new List<Sample>();
            var warm = new List<Sample>();
            for (var run = 0; run < options.Runs; run++)
            {
                await using var context = await browser.NewContextAsync(new()
                {
                    ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 3, IsMobile = true, HasTouch = true,
                    UserAgent = PhoneAgent, Locale = "vi-VN",
                });
                var page = await context.NewPageAsync();
                var cdp = await context.NewCDPSessionAsync(page);
                await cdp.SendAsync("Network.enable");
                await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
                {
                    ["offline"] = false, ["latency"] = 150, ["downloadThroughput"] = 1_600_000 / 8, ["uploadThroughput"] = 750_000 / 8,
                });
                await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
                // Browser contexts can share chromium's HTTP cache, so "cold" switches the cache off explicitly.
                await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
                cold.Add(await LoadAsync(page, cdp, path));
                await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = false });
                await LoadAsync(page, cdp, path); // fills the cache
                warm.Add(await LoadAsync(page, cdp, path));
            }
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path} | cold {Median(cold, s => s.Bytes) / 1024:0.0} KB, {Median(cold, s => s.Requests):0} req, DCL {Median(cold, s => s.DomContentLoaded):0} ms, load {Median(cold, s => s.Load):0} ms, LCP {Median(cold, s => s.Lcp):0} ms" +
                $" | warm {Median(warm, s => s.Bytes) / 1024:0.0} KB, {Median(warm, s => s.Requests):0} req, load {Median(warm, s => s.Load):0} ms, LCP {Median(warm, s => s.Lcp):0} ms"));
        }
        return 0;
    }

    private async Task<Sample> LoadAsync(IPage page, ICDPSession cdp, string path)
    {
        long bytes = 0;
        var requests = 0;
        void Finished(object? sender, JsonElement? e)
        {
            if (e is { } ev && ev.TryGetProperty("encodedDataLength", out var length)) Interlocked.Add(ref bytes, (long)length.GetDouble());
        }
        void Sent(object? sender, JsonElement? e) => Interlocked.Increment(ref requests);
        cdp.Event("Network.loadingFinished").OnEvent += Finished;
        cdp.Event("Network.requestWillBeSent").OnEvent += Sent;
        try
        {
            var response = await page.GotoAsync(options.Url + path, new() { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            if (response is null || !response.Ok) throw new InvalidOperationException($"{path} answered {response?.Status}");
            await page.WaitForTimeoutAsync(1500); // late requests (scripts, map images) and the LCP entry
            var timing = await page.EvaluateAsync<JsonElement>(@"() => new Promise(resolve => {
                const nav = performance.getEntriesByType('navigation')[0];
                let lcp = 0;
                new PerformanceObserver(list => { for (const e of list.getEntries()) lcp = Math.max(lcp, e.startTime); })
                    .observe({ type: 'largest-contentful-paint', buffered: true });
                setTimeout(() => resolve({ dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, lcp }), 50);
            })");
            return new Sample(Interlocked.Read(ref bytes), requests, timing.GetProperty("dcl").GetDouble(),
                timing.GetProperty("load").GetDouble(), timing.GetProperty("lcp").GetDouble());
        }
        finally
        {
            cdp.Event("Network.loadingFinished").OnEvent -= Finished;
            cdp.Event("Network.requestWillBeSent").OnEvent -= Sent;
        }
    }

    private static double Median<T>(List<T> samples, Func<T, double> value)
    {
        var sorted = samples.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
