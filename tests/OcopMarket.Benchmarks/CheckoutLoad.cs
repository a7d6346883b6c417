using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace OcopMarket.Benchmarks;

public sealed record CheckoutLoadOptions(string BaseUrl, int Buyers, TimeSpan Duration, IReadOnlyList<string> ProductSlugs, string Payment)
{
    public static CheckoutLoadOptions? Parse(string[] args)
    {
        string url = "http://127.0.0.1:5180", payment = "Payments.CashOnDelivery";
        int buyers = 16, seconds = 20;
        var slugs = new List<string> { "mat-ong-binh-son", "ca-phe-robusta-kon-ray" };
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--url": url = args[i + 1].TrimEnd('/'); break;
                case "--buyers": buyers = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--products": slugs = [.. args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries)]; break;
                case "--payment": payment = args[i + 1]; break;
                default: return null;
            }
        }
        return new CheckoutLoadOptions(url, buyers, TimeSpan.FromSeconds(seconds), slugs, payment);
    }
}

/// <summary>
/// Checkout throughput over real HTTP against a running site: each virtual buyer is a guest with its own cookies who,
/// in a loop, opens every product page, adds it to the cart (form post with the page's antiforgery token), opens the
/// checkout, places the order (cash on delivery, first delivery option) and opens the order page it is sent to. One
/// "checkout" is that whole round (2 products from 2 producers → an order with 2 shipments). Reports orders/s and
/// per-checkout latency percentiles; any non-success answer counts as a failure.
/// </summary>
public sealed partial class CheckoutLoad(CheckoutLoadOptions options, TextWriter log)
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
    [GeneratedRegex("<input[^>]*name=\"productId\"[^>]*value=\"([0-9]+)\"")]
    private static partial Regex ProductIdInput();
    [GeneratedRegex("<input[^>]*name=\"Shipping\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex ShippingRadio();
    [GeneratedRegex("<select[^>]*name=\"ProvinceId\"[\\s\\S]*?</select>")]
    private static partial Regex ProvinceSelect();
    [GeneratedRegex("<select[^>]*name=\"CommuneId\"[\\s\\S]*?</select>")]
    private static partial Regex CommuneSelect();
    [GeneratedRegex("<option[^>]*value=\"([0-9]+)\"")]
    private static partial Regex OptionValue();

    public async Task<int> RunAsync()
    {
        // One address and delivery option for everybody, read once the way a browser without JS would find them.
        using (var probe = NewClient())
        {
            await AddProductsAsync(probe);
            _address = await ChooseAddressAsync(probe);
        }
        log.WriteLine($"address: province {_address.Province}, commune {_address.Commune}, delivery {_address.Shipping}");

        var latencies = new List<double>();
        var failures = 0;
        var stopAt = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Buyers).Select(async buyer =>
        {
            using var client = NewClient();
            var mine = new List<double>();
            var failed = 0;
            while (stopAt.Elapsed < options.Duration)
            {
                var sw = Stopwatch.StartNew();
                try
                {
                    await CheckoutOnceAsync(client, buyer);
                    mine.Add(sw.Elapsed.TotalMilliseconds);
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
                {
                    if (Interlocked.Increment(ref failures) <= 5) log.WriteLine($"  failure: {e.Message}");
                    failed++;
                }
            }
            lock (latencies) latencies.AddRange(mine);
        }).ToList();
        await Task.WhenAll(workers);
        var elapsed = stopAt.Elapsed.TotalSeconds;

        latencies.Sort();
        double P(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"buyers {options.Buyers}, {elapsed:0.0} s: {latencies.Count} orders ({latencies.Count / elapsed:0.0} orders/s), {failures} failed; " +
            $"checkout round (9 requests) p50 {P(0.50):0.0} ms, p90 {P(0.90):0.0} ms, p99 {P(0.99):0.0} ms, max {(latencies.Count == 0 ? 0 : latencies[^1]):0.0} ms"));
        return failures == 0 && latencies.Count > 0 ? 0 : 1;
    }

    private (string Province, string Commune, string Shipping) _address;

    private HttpClient NewClient() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = new Uri(options.BaseUrl),
        Timeout = TimeSpan.FromSeconds(60),
    };

    private async Task CheckoutOnceAsync(HttpClient client, int buyer)
    {
        await AddProductsAsync(client);
        var page = await GetAsync(client, "/thanh-toan");
        var placed = await PostAsync(client, "/thanh-toan", new()
        {
            ["__RequestVerificationToken"] = Token(page),
            ["FullName"] = $"Khách thử {buyer}", ["Phone"] = "0912345678", ["Email"] = $"khach{buyer}@example.vn",
            ["ProvinceId"] = _address.Province, ["CommuneId"] = _address.Commune, ["AddressLine"] = "12 Trần Phú",
            ["Shipping"] = _address.Shipping, ["Payment"] = options.Payment, ["step"] = "place",
        });
        if (placed.StatusCode != HttpStatusCode.Redirect || placed.Headers.Location?.OriginalString is not { } orderUrl || !orderUrl.Contains("/don-hang/", StringComparison.Ordinal))
            throw new InvalidOperationException($"placing answered {(int)placed.StatusCode} {placed.Headers.Location}");
        await GetAsync(client, orderUrl);
    }

    private async Task AddProductsAsync(HttpClient client)
    {
        foreach (var slug in options.ProductSlugs)
        {
            var page = await GetAsync(client, "/san-pham/" + slug);
            var id = ProductIdInput().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"no add-to-cart form on {slug}");
            // As the page's script does: the cached product page has no token, so fetch one just before posting.
            var token = System.Text.Json.JsonDocument.Parse(await GetAsync(client, "/antiforgery/token")).RootElement.GetProperty("token").GetString()!;
            var added = await PostAsync(client, "/gio-hang/them", new() { ["__RequestVerificationToken"] = token, ["productId"] = id, ["quantity"] = "1" });
            if ((int)added.StatusCode >= 400) throw new InvalidOperationException($"adding {slug} answered {(int)added.StatusCode}");
        }
    }

    /// <summary>The first province, then its first commune (each choice reloads the form, as without JavaScript), then the first delivery option.</summary>
    private async Task<(string, string, string)> ChooseAddressAsync(HttpClient client)
    {
        var page = await GetAsync(client, "/thanh-toan");
        var province = OptionValue().Match(ProvinceSelect().Match(page).Value).Groups[1].Value;
        page = await FollowAsync(client, await PostAsync(client, "/thanh-toan", new() { ["__RequestVerificationToken"] = Token(page), ["ProvinceId"] = province, ["step"] = "update" }));
        var commune = OptionValue().Match(CommuneSelect().Match(page).Value).Groups[1].Value;
        page = await FollowAsync(client, await PostAsync(client, "/thanh-toan", new() { ["__RequestVerificationToken"] = Token(page), ["ProvinceId"] = province, ["CommuneId"] = commune, ["step"] = "update" }));
        var shipping = ShippingRadio().Match(page) is { Success: true } s ? WebUtility.HtmlDecode(s.Groups[1].Value) : throw new InvalidOperationException("no delivery option offered");
        return (province, commune, shipping);
    }

    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect ? await GetAsync(client, response.Headers.Location!.OriginalString) : await response.Content.ReadAsStringAsync();

    private static string Token(string html) =>
        TokenInput().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery token on the page");

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields));

    /// <summary>Gives the benchmark's products enough stock for any run (a plain UPDATE on the site's SQLite file, site stopped).</summary>
    public static int Restock(string dbPath, IEnumerable<string> slugs, int quantity)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath}");
        connection.Open();
        var updated = 0;
        foreach (var slug in slugs)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE Products SET StockQuantity = $q WHERE Slug = $s";
            command.Parameters.AddWithValue("$q", quantity);
            command.Parameters.AddWithValue("$s", slug);
            updated += command.ExecuteNonQuery();
        }
        return updated;
    }
}
