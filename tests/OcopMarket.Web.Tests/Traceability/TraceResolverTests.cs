using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Traceability;

/// <summary>GS1 Digital Link resolution: each form of code, the ?17 expiry, "not ours" pages and the lookup form.</summary>
public abstract class TraceResolverTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    [Fact]
    public async Task A_stamp_opens_the_lot_page_with_product_certificate_journey_and_scan_count()
    {
        var product = await Site.ProductAsync();
        var lot = await Site.CreateLotAsync(product, stamps: 2, journey: true);
        using var client = Site.CreateClient();

        var (status, page, response) = await client.GetPageAsync(lot.StampPath());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("Stamp", page.QuerySelector("[data-trace-kind]")?.GetAttribute("data-trace-kind"));
        Assert.Contains(product.Name, page.QuerySelector("#trace-product-name")!.TextContent);
        Assert.Contains("Tem chính hãng", page.QuerySelector("#trace-verdict")!.TextContent);
        Assert.Equal("Valid", page.QuerySelector("[data-testid='trace-certificate']")!.GetAttribute("data-status"));
        Assert.Contains(lot.Code, page.QuerySelector("#trace-lot")!.TextContent);
        Assert.Contains("31/05/2027", page.QuerySelector("#trace-lot")!.TextContent);
        // The journey, oldest first, in Việt Nam time, with the office's inspection marked.
        var steps = page.QuerySelectorAll("#trace-timeline > li").Select(li => li.GetAttribute("data-step")).ToList();
        Assert.Equal(["Harvesting", "Processing", "Inspecting", "Shipping", "RetailSelling"], steps);
        Assert.Contains("01/11/2026 06:30", page.QuerySelector("#trace-timeline")!.TextContent);
        Assert.Contains("Do Văn phòng OCOP ghi nhận", page.QuerySelector("#trace-timeline")!.TextContent);
        // The map numbers the places in order; the workshop's two consecutive steps share one pin.
        var map = page.QuerySelector(".trace-map")!.GetAttribute("data-map")!;
        Assert.Contains("\"line\":true", map);
        Assert.Contains("\"label\":\"2,3,4\"", map); // the workshop: processing, inspection, shipping
        Assert.Contains("Đây là lần đầu tiên tem này được quét.", page.QuerySelector("#trace-scan-count")!.TextContent);

        // Not cached: the second visit counts again.
        var (_, again, _) = await client.GetPageAsync(lot.StampPath());
        Assert.Equal("2", again.QuerySelector("#trace-scan-count")!.GetAttribute("data-scan-count"));
        Assert.Contains("25/11/2026 10:00", again.QuerySelector("#trace-scan-count")!.TextContent);
        var stamp = await Site.StampAsync(lot.Stamps[0].Id);
        Assert.Equal(2, stamp.ScanCount);
        var scans = await Site.ScansAsync(lot.Gtin14, lot.Code, lot.Stamps[0].Serial);
        Assert.Equal(2, scans.Count);
        Assert.All(scans, s => Assert.Equal((ScanOutcome.Genuine, lot.Stamps[0].Id, lot.Id), (s.Outcome, s.StampId, s.LotId)));
        Assert.Equal(0, (await Site.StampAsync(lot.Stamps[1].Id)).ScanCount);
    }

    [Fact]
    public async Task The_thirteen_digit_and_serial_only_forms_resolve_the_same_stamp()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync());
        using var client = Site.CreateClient();
        var serial = lot.Stamps[0].Serial;

        var (s1, p1, _) = await client.GetPageAsync($"/01/{lot.Gtin13}/10/{lot.Code}/21/{serial}");
        var (s2, p2, _) = await client.GetPageAsync($"/01/{lot.Gtin14}/21/{serial}");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (s1, s2));
        Assert.Equal("Stamp", p1.QuerySelector("[data-trace-kind]")!.GetAttribute("data-trace-kind"));
        Assert.Equal("Stamp", p2.QuerySelector("[data-trace-kind]")!.GetAttribute("data-trace-kind"));
        Assert.Contains(lot.Code, p2.QuerySelector("#trace-lot")!.TextContent);
        // The canonical link is the 14-digit form.
        Assert.EndsWith(lot.StampPath(), p1.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(2, (await Site.StampAsync(lot.Stamps[0].Id)).ScanCount);
    }

    [Fact]
    public async Task A_lot_code_opens_the_lot_page_without_stamp_information()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync(), journey: true);
        using var client = Site.CreateClient();
        var (status, page, _) = await client.GetPageAsync(lot.LotPath);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Lot", page.QuerySelector("[data-trace-kind]")!.GetAttribute("data-trace-kind"));
        Assert.NotNull(page.QuerySelector("#trace-journey"));
        Assert.Null(page.QuerySelector("#trace-stamp"));
        var scan = Assert.Single(await Site.ScansAsync(lot.Gtin14, lot.Code, null));
        Assert.Equal((ScanOutcome.LotOrProduct, (int?)lot.Id, (int?)null), (scan.Outcome, scan.LotId, scan.StampId));
    }

    [Fact]
    public async Task A_gtin_alone_opens_a_product_summary_with_its_lot_count()
    {
        var product = await Site.ProductAsync();
        await Site.CreateLotAsync(product, stamps: 0);
        var lots = await Site.DbAsync(db => db.Lots.CountAsync(l => l.ProductId == product.Id));
        using var client = Site.CreateClient();
        var (status, page, _) = await client.GetPageAsync("/01/" + Gtin.ToGtin14(product.Gtin));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Product", page.QuerySelector("[data-trace-kind]")!.GetAttribute("data-trace-kind"));
        Assert.Contains($"hiện có {lots} lô hàng", page.QuerySelector("#trace-verdict")!.TextContent);
        Assert.Equal($"/san-pham/{product.Slug}", page.QuerySelector("#trace-product-name a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#trace-lot"));
    }

    [Fact]
    public async Task The_expiry_in_the_code_is_checked_against_the_lot()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync(), expiresOn: new DateOnly(2027, 5, 31));
        using var client = Site.CreateClient();

        var (_, same, _) = await client.GetPageAsync(lot.StampPath() + "?17=270531");
        Assert.Null(same.QuerySelector("[data-warning='ExpiryMismatch']"));
        // DD = 00 is the last day of the month: the same date.
        var (_, endOfMonth, _) = await client.GetPageAsync(lot.LotPath + "?17=270500");
        Assert.Null(endOfMonth.QuerySelector("[data-warning='ExpiryMismatch']"));

        var (status, other, _) = await client.GetPageAsync(lot.StampPath() + "?17=271231");
        Assert.Equal(HttpStatusCode.OK, status);
        var warning = other.QuerySelector("[data-warning='ExpiryMismatch']")!.TextContent;
        Assert.Contains("31/12/2027", warning);
        Assert.Contains("31/05/2027", warning);
        Assert.Contains("Genuine stamp, but please read the warning below".Length > 0 ? "xin đọc cảnh báo" : "", other.QuerySelector("#trace-verdict")!.TextContent);

        var (bad, notOurs, _) = await client.GetPageAsync(lot.StampPath() + "?17=271301");
        Assert.Equal(HttpStatusCode.NotFound, bad);
        Assert.Equal("BadExpiry", notOurs.QuerySelector("#trace-not-ours")!.GetAttribute("data-error"));
    }

    [Theory]
    [InlineData("/01/08938888999999", "UnknownGtin")]   // a valid GTIN, not one of our products
    [InlineData("/01/4006381333931/10/A1", "UnknownGtin")]
    [InlineData("/01/08938888000014", "BadCheckDigit")]
    [InlineData("/01/893888800001", "BadCheckDigit")]
    [InlineData("/01/1234567", "BadGtinLength")]
    [InlineData("/01/ABCDEFGHIJKLMN", "BadGtin")]
    [InlineData("/01/08938888000015/99/X", "UnknownAi")]
    [InlineData("/01/08938888000015/21/S1/10/L1", "WrongOrder")]
    [InlineData("/01/08938888000015/10/ABCDEFGHIJKLMNOPQRSTUVWXYZ", "BadLot")]
    [InlineData("/01/08938888000015/10", "MissingValue")]
    [InlineData("/01", "MissingValue")]
    public async Task Codes_that_are_not_ours_get_a_friendly_404(string path, string error)
    {
        using var client = Site.CreateClient();
        var before = await Site.DbAsync(db => db.StampScans.CountAsync());
        var (status, page, response) = await client.GetPageAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(error, page.QuerySelector("#trace-not-ours")!.GetAttribute("data-error"));
        Assert.Equal("Mã này không thuộc hệ thống của chúng tôi", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/truy-xuat", page.QuerySelector("#trace-not-ours a.btn-brand")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#trace-not-ours-reason")!.TextContent));
        Assert.Equal(before, await Site.DbAsync(db => db.StampScans.CountAsync()));
    }

    [Fact]
    public async Task Random_paths_never_give_a_server_error()
    {
        var random = new Random(7_2026);
        const string chars = "0123456789/%AZaz-._~!*'()+,;=:@&?#[]éô ";
        var paths = new List<string> { "/01/", "/01//", "/01/%", "/01/%%", "/01/0/10/%ZZ", "/01/08938888000015/10/%01", "/01/08938888000015/21/%E2%80%AE", "/01/08938888000015?17=%", "/01/08938888000015?17=999999&17=1" };
        for (var i = 0; i < 40; i++)
        {
            var length = random.Next(1, 60);
            var tail = new string(Enumerable.Range(0, length).Select(_ => chars[random.Next(chars.Length)]).ToArray());
            paths.Add("/01/" + (random.Next(3) == 0 ? "08938888000015/" : "") + Uri.EscapeDataString(tail).Replace("%2F", "/"));
        }
        using var client = Site.CreateClient();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_page_speaks_english_after_the_language_switch()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync(), journey: true);
        using var client = Site.CreateClient();
        await client.GetAsync(new Uri("/ngon-ngu/en?returnUrl=" + Uri.EscapeDataString(lot.StampPath()), UriKind.Relative));
        var (_, page, _) = await client.GetPageAsync(lot.StampPath());
        Assert.Contains("Genuine stamp", page.QuerySelector("#trace-verdict")!.TextContent);
        Assert.Contains("Harvesting", page.QuerySelector("#trace-timeline")!.TextContent);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task An_expired_certificate_is_said_plainly()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync("hong-khong-hat-bao-lam"));
        using var client = Site.CreateClient();
        var (_, page, _) = await client.GetPageAsync(lot.StampPath());
        var cert = page.QuerySelector("[data-testid='trace-certificate']")!;
        Assert.Equal("Expired", cert.GetAttribute("data-status"));
        Assert.Contains("không còn giá trị", cert.TextContent);
    }

    [Fact]
    public async Task The_lookup_form_redirects_to_the_canonical_link_or_explains_the_error()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync());
        var serial = lot.Stamps[0].Serial;
        var (client, _) = Site.CreateClientWithCookies();
        using var _c = client;

        // Both forms are GET forms (shareable, no token): the browser puts their fields in the query string.
        var page = await client.GetDocumentAsync("/truy-xuat");
        Assert.Equal("get", page.QuerySelector("form#trace-lookup-link")!.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector("form#trace-lookup-numbers input[name=gtin]"));
        var pasted = $"https://tem.ocop.example/01/{lot.Gtin13}/10/{lot.Code}/21/{serial}?17=270531";
        using (var response = await client.GetAsync(new Uri("/truy-xuat?code=" + Uri.EscapeDataString(pasted), UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(lot.StampPath() + "?17=270531", response.RequestMessage!.RequestUri!.PathAndQuery);
        }
        using (var typed = await client.GetAsync(new Uri($"/truy-xuat?gtin={lot.Gtin13}&lot={lot.Code.ToLowerInvariant()}&serial={serial}", UriKind.Relative)))
            Assert.Equal(lot.StampPath(), typed.RequestMessage!.RequestUri!.AbsolutePath);
        using (var bare = await client.GetAsync(new Uri("/truy-xuat?code=" + lot.Gtin13, UriKind.Relative)))
            Assert.Equal("/01/" + lot.Gtin14, bare.RequestMessage!.RequestUri!.AbsolutePath);

        var wrong = await client.GetDocumentAsync("/truy-xuat?gtin=8938888000014&lot=&serial=");
        Assert.Contains("Chữ số kiểm tra", wrong.QuerySelector("#trace-gtin ~ .invalid-feedback")!.TextContent);
        var empty = await client.GetDocumentAsync("/truy-xuat?code=");
        Assert.Contains("dán đường dẫn", empty.QuerySelector("#trace-code-error")!.TextContent);
        var nonsense = await client.GetDocumentAsync("/truy-xuat?code=" + Uri.EscapeDataString("https://example.com/san-pham/abc"));
        Assert.Contains("GS1 Digital Link", nonsense.QuerySelector("#trace-code-error")!.TextContent);
        var badLot = await client.GetDocumentAsync("/truy-xuat?gtin=" + lot.Gtin13 + "&lot=" + Uri.EscapeDataString("lô 1"));
        Assert.NotNull(badLot.QuerySelector("#trace-lot.is-invalid"));
    }

    [Fact]
    public async Task Documents_are_public_only_while_attached_to_an_event()
    {
        var product = await Site.ProductAsync();
        var attached = await Site.CreateDocumentAsync(product.ProducerId, "Phiếu kiểm nghiệm thử");
        var loose = await Site.CreateDocumentAsync(product.ProducerId, "Tài liệu riêng");
        var lot = await Site.CreateLotAsync(product, journey: true, documentId: attached);
        using var client = Site.CreateClient();

        var (_, page, _) = await client.GetPageAsync(lot.StampPath());
        var link = page.QuerySelector("#trace-timeline .trace-docs a")!;
        Assert.Equal($"/truy-xuat/tai-lieu/{attached}", link.GetAttribute("href"));
        Assert.Contains("Phiếu kiểm nghiệm thử", link.TextContent);

        using var ok = await client.GetAsync(new Uri($"/truy-xuat/tai-lieu/{attached}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("application/pdf", ok.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", ok.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await ok.Content.ReadAsByteArrayAsync())[..5]);
        Assert.Equal("nosniff", ok.Headers.GetValues("X-Content-Type-Options").Single());

        using var refused = await client.GetAsync(new Uri($"/truy-xuat/tai-lieu/{loose}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using var missing = await client.GetAsync(new Uri("/truy-xuat/tai-lieu/987654321", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

[Collection(Collections.Sqlite)]
public sealed class TraceResolverSqliteTests(SqliteWebFactory site) : TraceResolverTests(site);

[Collection(Collections.Postgres)]
public sealed class TraceResolverPostgresTests(PostgresWebFactory site) : TraceResolverTests(site);
