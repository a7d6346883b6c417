using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Traceability;

/// <summary>The scan log: exact counts under concurrency, what is not a scan, and the rules of a shared place.</summary>
public abstract class ScanLogTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    [Fact]
    public async Task Concurrent_scans_of_one_stamp_are_all_counted()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync());
        const int scans = 24;
        using var client = Site.CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, scans).Select(_ => client.GetAsync(new Uri(lot.StampPath(), UriKind.Relative))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var r in responses) r.Dispose();

        var stamp = await Site.StampAsync(lot.Stamps[0].Id);
        Assert.Equal(scans, stamp.ScanCount);
        Assert.Equal(scans, (await Site.ScansAsync(lot.Gtin14, lot.Code, lot.Stamps[0].Serial)).Count);
        Assert.Equal(Site.Time.GetUtcNow(), stamp.FirstScannedAt);
        Assert.Equal(Site.Time.GetUtcNow(), stamp.LastScannedAt);
        // 24 scans in a day is over the default limit of 20: concurrency still leaves exactly one open anomaly.
        var anomaly = Assert.Single(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial));
        Assert.Equal(AnomalyKind.TooManyScans, anomaly.Kind);
    }

    [Fact]
    public async Task Head_requests_and_crawlers_are_not_scans()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync());
        using var client = Site.CreateClient();
        using (var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, lot.StampPath())))
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        foreach (var agent in new[] { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Baiduspider", "SomeCrawler/1.0" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, lot.StampPath());
            request.Headers.TryAddWithoutValidation("User-Agent", agent);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // A crawler's page offers no place sharing: there is no scan to attach it to.
            Assert.DoesNotContain("trace-share", await response.Content.ReadAsStringAsync());
        }
        Assert.Empty(await Site.ScansAsync(lot.Gtin14, lot.Code, lot.Stamps[0].Serial));
        Assert.Equal(0, (await Site.StampAsync(lot.Stamps[0].Id)).ScanCount);
    }

    [Fact]
    public async Task A_place_is_accepted_once_rounded_to_about_a_kilometre()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync());
        using var client = Site.CreateClient();
        var (_, page, _) = await client.GetPageAsync(lot.StampPath());
        // The page never asks for a position by itself: the box is hidden until the script shows it, and only the button posts.
        Assert.NotNull(page.QuerySelector("#trace-share[hidden] button#trace-share-button"));

        using (var accepted = await client.SharePlaceAsync(page, new { latitude = 21.02851, longitude = 105.85423 }))
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        var scan = Assert.Single(await Site.ScansAsync(lot.Gtin14, lot.Code, lot.Stamps[0].Serial));
        Assert.Equal((21.03, 105.85), (scan.Latitude, scan.Longitude));
        Assert.Equal(Site.Time.GetUtcNow(), scan.PlaceReportedAt);

        using var twice = await client.SharePlaceAsync(page, new { latitude = 10.78, longitude = 106.7 });
        await AssertProblemAsync(twice, HttpStatusCode.Conflict, "already-reported");
        scan = Assert.Single(await Site.ScansAsync(lot.Gtin14, lot.Code, lot.Stamps[0].Serial));
        Assert.Equal((21.03, 105.85), (scan.Latitude, scan.Longitude));
    }

    [Fact]
    public async Task A_place_is_refused_after_fifteen_minutes()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync());
        using var client = Site.CreateClient();
        var (_, page, _) = await client.GetPageAsync(lot.StampPath());
        Site.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        try
        {
            using var late = await client.SharePlaceAsync(page, new { latitude = 21.03, longitude = 105.85 });
            await AssertProblemAsync(late, HttpStatusCode.Gone, "too-late");
            Assert.Null(Assert.Single(await Site.ScansAsync(lot.Gtin14, lot.Code, lot.Stamps[0].Serial)).Latitude);
        }
        finally
        {
            Site.Time.AdjustTime(OcopWebFactory.Now.ToUniversalTime());
        }
    }

    [Fact]
    public async Task Bad_places_tokens_and_missing_antiforgery_are_refused()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync());
        using var client = Site.CreateClient();
        var (_, page, _) = await client.GetPageAsync(lot.StampPath());

        foreach (var body in new object[] { new { latitude = 95.0, longitude = 105.0 }, new { latitude = 21.0, longitude = -181.0 }, new { latitude = 21.0 }, new { } })
        {
            using var bad = await client.SharePlaceAsync(page, body);
            var problem = await AssertProblemAsync(bad, HttpStatusCode.BadRequest, "invalid-place");
            Assert.True(problem.TryGetProperty("errors", out var errors), "a validation problem lists the fields");
            Assert.True(errors.TryGetProperty("latitude", out _) || errors.TryGetProperty("longitude", out _));
        }
        using (var notJson = new HttpRequestMessage(HttpMethod.Post, page.QuerySelector("#trace-share")!.GetAttribute("data-url")))
        {
            notJson.Content = new StringContent("{\"latitude\": \"north\"}", System.Text.Encoding.UTF8, "application/json");
            var token = await client.GetStringAsync("/antiforgery/token");
            notJson.Headers.Add("RequestVerificationToken", JsonDocument.Parse(token).RootElement.GetProperty("token").GetString());
            using var response = await client.SendAsync(notJson);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        // A token that is not ours (guessing scan ids gets nowhere).
        using (var forged = new HttpRequestMessage(HttpMethod.Post, "/api/truy-xuat/quet/12345/vi-tri") { Content = System.Net.Http.Json.JsonContent.Create(new { latitude = 21.0, longitude = 105.0 }) })
        {
            var token = await client.GetStringAsync("/antiforgery/token");
            forged.Headers.Add("RequestVerificationToken", JsonDocument.Parse(token).RootElement.GetProperty("token").GetString());
            using var response = await client.SendAsync(forged);
            await AssertProblemAsync(response, HttpStatusCode.NotFound, "unknown-scan");
        }

        // Without the antiforgery header the post never reaches the action.
        using (var noToken = await client.SharePlaceAsync(page, new { latitude = 21.0, longitude = 105.0 }, withToken: false))
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Null(Assert.Single(await Site.ScansAsync(lot.Gtin14, lot.Code, lot.Stamps[0].Serial)).Latitude);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.EndsWith("/" + type, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}

[Collection(Collections.Sqlite)]
public sealed class ScanLogSqliteTests(SqliteWebFactory site) : ScanLogTests(site);

[Collection(Collections.Postgres)]
public sealed class ScanLogPostgresTests(PostgresWebFactory site) : ScanLogTests(site);
