using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Producers.Documents;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Traceability;

/// <summary>A lot created for a test, with its stamps' serials.</summary>
public sealed record TestLot(int Id, int ProductId, string ProductName, string Gtin13, string Gtin14, string Code, DateOnly? ExpiresOn, IReadOnlyList<TestStamp> Stamps)
{
    public string LotPath => DigitalLink.Format(Gtin14, Code);
    public string StampPath(int i = 0) => DigitalLink.Format(Gtin14, Code, Stamps[i].Serial);
}

public sealed record TestStamp(int Id, string Serial);

/// <summary>
/// Lots, events and stamps straight in the tables (the lot and stamp screens are other features): each test makes its
/// own with unique codes, so tests sharing a database never see each other's scans.
/// </summary>
internal static class TraceTestData
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string RandomCode(string prefix, int length = 10) =>
        prefix + new string(Enumerable.Range(0, length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());

    /// <summary>A seeded, published product with a GTIN and a valid OCOP certificate today (or the one with <paramref name="slug"/>).</summary>
    public static Task<Product> ProductAsync(this OcopWebFactory site, string? slug = null) => site.DbAsync(async db =>
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(site.Time.GetUtcNow(), site.Time.LocalTimeZone).DateTime);
        var query = db.Products.AsNoTracking().Where(p => p.Gtin != null && p.IsPublished && p.Producer!.IsPublished);
        query = slug is null
            ? query.Where(p => p.Certificates.Any(c => c.Stars >= 3 && c.IssuedOn <= today && c.ExpiresOn > today.AddDays(100) && c.RevokedOn == null))
            : query.Where(p => p.Slug == slug);
        return await query.OrderBy(p => p.Id).FirstAsync();
    });

    /// <summary>A lot of <paramref name="product"/> with <paramref name="stamps"/> stamps and, when asked, a three-step journey.</summary>
    public static async Task<TestLot> CreateLotAsync(this OcopWebFactory site, Product product, int stamps = 1, bool journey = false,
        DateOnly? expiresOn = null, int? documentId = null)
    {
        var now = site.Time.GetUtcNow();
        var code = RandomCode("T");
        var gtin14 = Gtin.ToGtin14(product.Gtin)!;
        var exp = expiresOn ?? new DateOnly(2027, 5, 31);
        return await site.DbAsync(async db =>
        {
            var lot = new Lot
            {
                ProductId = product.Id, Code = code, Gtin = gtin14, ProducedOn = new DateOnly(2026, 11, 2), ExpiresOn = exp,
                Quantity = 1200, StampsIssued = stamps, CreatedAt = now,
            };
            db.Lots.Add(lot);
            await db.SaveChangesAsync();
            if (journey)
            {
                var farm = new TraceLocation { ProducerId = product.ProducerId, Name = "Vườn thử " + code, Kind = TraceLocationKind.Farm, Address = "Thôn Đồi", Latitude = 21.86, Longitude = 106.80 };
                var workshop = new TraceLocation { ProducerId = product.ProducerId, Name = "Xưởng thử " + code, Kind = TraceLocationKind.Workshop, Latitude = 21.84, Longitude = 106.76 };
                var shop = new TraceLocation { Name = "Điểm bán thử " + code, Kind = TraceLocationKind.DisplayPoint, Latitude = 21.03, Longitude = 105.85 };
                db.TraceLocations.AddRange(farm, workshop, shop);
                var harvest = new TraceEvent { LotId = lot.Id, Step = TraceStep.Harvesting, OccurredAt = new DateTimeOffset(2026, 11, 1, 6, 30, 0, TimeSpan.FromHours(7)).ToUniversalTime(), Location = farm, Quantity = 350.5m, QuantityUnit = "KGM", Note = "Hái buổi sáng", RecordedAt = now };
                var process = new TraceEvent { LotId = lot.Id, Step = TraceStep.Processing, OccurredAt = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime(), Location = workshop, RecordedAt = now };
                var inspect = new TraceEvent { LotId = lot.Id, Step = TraceStep.Inspecting, OccurredAt = new DateTimeOffset(2026, 11, 3, 9, 15, 0, TimeSpan.FromHours(7)).ToUniversalTime(), Location = workshop, RecordedByOffice = true, RecordedAt = now };
                var ship = new TraceEvent { LotId = lot.Id, Step = TraceStep.Shipping, OccurredAt = new DateTimeOffset(2026, 11, 5, 14, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime(), Location = workshop, DestinationLocation = shop, RecordedAt = now };
                var sell = new TraceEvent { LotId = lot.Id, Step = TraceStep.RetailSelling, OccurredAt = new DateTimeOffset(2026, 11, 6, 8, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime(), Location = shop, RecordedAt = now };
                if (documentId is int doc) inspect.Documents.Add(new TraceEventDocument { ProducerDocumentId = doc });
                db.TraceEvents.AddRange(harvest, process, inspect, ship, sell);
                await db.SaveChangesAsync();
            }
            var made = new List<TestStamp>();
            if (stamps > 0)
            {
                var series = new StampSeries { LotId = lot.Id, FirstNumber = 1, Count = stamps, IssuedAt = now, IssuedByOffice = true };
                db.StampSeries.Add(series);
                await db.SaveChangesAsync();
                var rows = Enumerable.Range(1, stamps).Select(n => new Stamp { LotId = lot.Id, SeriesId = series.Id, Number = n, Serial = RandomCode("", 12) }).ToList();
                db.Stamps.AddRange(rows);
                await db.SaveChangesAsync();
                made.AddRange(rows.Select(s => new TestStamp(s.Id, s.Serial)));
            }
            return new TestLot(lot.Id, product.Id, product.Name, product.Gtin!, gtin14, code, exp, made);
        });
    }

    /// <summary>Stores a real PDF as one of the producer's documents (through the portal's store, so the file exists).</summary>
    public static async Task<int> CreateDocumentAsync(this OcopWebFactory site, int producerId, string title)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ProducerDocumentStore>();
        using var content = new MemoryStream(PortalSamples.Pdf(title));
        var saved = await store.SaveAsync(producerId, new DocumentUpload(DocumentKind.TestResult, title, new DateOnly(2027, 11, 1), "ket-qua.pdf"), content);
        return saved.Document?.Id ?? throw new InvalidOperationException("The test PDF was refused: " + saved.Rejection);
    }

    public static Task<Stamp> StampAsync(this OcopWebFactory site, int stampId) =>
        site.DbAsync(db => db.Stamps.AsNoTracking().SingleAsync(s => s.Id == stampId));

    public static Task<List<StampScan>> ScansAsync(this OcopWebFactory site, string gtin14, string? lotCode, string? serial) =>
        site.DbAsync(db => db.StampScans.AsNoTracking().Where(s => s.Gtin == gtin14 && s.LotCode == lotCode && s.Serial == serial).OrderBy(s => s.Id).ToListAsync());

    public static Task<List<StampAnomaly>> AnomaliesAsync(this OcopWebFactory site, string gtin14, string? serial) =>
        site.DbAsync(db => db.StampAnomalies.AsNoTracking().Where(a => a.Gtin == gtin14 && a.Serial == serial).OrderBy(a => a.Id).ToListAsync());

    /// <summary>GETs a page whatever its status, parsed.</summary>
    public static async Task<(HttpStatusCode Status, IDocument Page, HttpResponseMessage Response)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, await SiteTestHelpers.ParseAsync(html, new Uri(client.BaseAddress!, url)), response);
    }

    /// <summary>
    /// Posts a place for the scan the page made, the way the page's script does: a token from /antiforgery/token, then
    /// JSON with the token in the RequestVerificationToken header (<paramref name="withToken"/> false leaves it out).
    /// </summary>
    public static async Task<HttpResponseMessage> SharePlaceAsync(this HttpClient client, IDocument page, object body, bool withToken = true)
    {
        var box = page.QuerySelector("#trace-share") ?? throw new InvalidOperationException("The page has no place-sharing box.");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(box.GetAttribute("data-url")!, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (withToken)
        {
            var token = await client.GetFromJsonAsync<TokenAnswer>("/antiforgery/token");
            request.Headers.Add("RequestVerificationToken", token!.Token);
        }
        return await client.SendAsync(request);
    }

    private sealed record TokenAnswer(string Field, string Token);
}
