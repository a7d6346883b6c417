using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Traceability;
using OcopMarket.Core.Traceability.Scanning;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Traceability;

/// <summary>Counterfeit signals (never issued, too many scans, impossible travel), the public warnings and the office's alerts.</summary>
public abstract class AnomalyTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    private async Task<IDocument> ScanAsync(HttpClient client, string path)
    {
        var (status, page, _) = await client.GetPageAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }

    private async Task ScanTimesAsync(HttpClient client, string path, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_serial_we_never_issued_warns_the_scanner_and_opens_one_alert()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync());
        var fake = TraceTestData.RandomCode("F", 11);
        var path = DigitalLink.Format(lot.Gtin14, lot.Code, fake);
        using var client = Site.CreateClient();

        var page = await ScanAsync(client, path);
        Assert.Equal("NeverIssued", page.QuerySelector("[data-trace-kind]")!.GetAttribute("data-trace-kind"));
        Assert.Equal("Không tìm thấy tem này", page.QuerySelector("#trace-verdict h1")!.TextContent.Trim());
        Assert.Contains(fake, page.QuerySelector("#trace-verdict")!.TextContent);
        Assert.Contains("không phải hàng thật", page.QuerySelector("#trace-verdict")!.TextContent);
        Assert.Contains(lot.ProductName, page.QuerySelector("#trace-product-name")!.TextContent);
        Assert.Null(page.QuerySelector("#trace-lot"));

        await ScanAsync(client, path);
        var scans = await Site.ScansAsync(lot.Gtin14, lot.Code, fake);
        Assert.Equal(2, scans.Count);
        Assert.All(scans, s => Assert.Equal((ScanOutcome.NeverIssued, (int?)null, (int?)lot.Id), (s.Outcome, s.StampId, s.LotId)));
        var anomaly = Assert.Single(await Site.AnomaliesAsync(lot.Gtin14, fake));
        Assert.Equal(AnomalyKind.NeverIssued, anomaly.Kind);
        Assert.Equal(lot.Code, anomaly.LotCode);
        Assert.Equal(scans[^1].Id, anomaly.ScanId);
        var facts = AnomalyFacts.Parse(anomaly.Detail);
        Assert.Equal(("2", "serial"), (facts[AnomalyFacts.Scans], facts[AnomalyFacts.Reason]));
    }

    [Fact]
    public async Task A_lot_we_never_issued_and_a_serial_of_another_lot_are_never_issued_too()
    {
        var product = await Site.ProductAsync();
        var lot = await Site.CreateLotAsync(product);
        var other = await Site.CreateLotAsync(product);
        using var client = Site.CreateClient();

        var unknownLot = TraceTestData.RandomCode("X");
        var page = await ScanAsync(client, DigitalLink.Format(lot.Gtin14, unknownLot));
        Assert.Contains(unknownLot, page.QuerySelector("#trace-verdict")!.TextContent);
        var lotAnomaly = await Site.DbAsync(db => db.StampAnomalies.AsNoTracking().SingleAsync(a => a.LotCode == unknownLot));
        Assert.Equal((AnomalyKind.NeverIssued, "lot"), (lotAnomaly.Kind, AnomalyFacts.Parse(lotAnomaly.Detail)[AnomalyFacts.Reason]));

        // A genuine serial printed with the wrong lot: someone copied it onto another label.
        var mixed = DigitalLink.Format(lot.Gtin14, other.Code, lot.Stamps[0].Serial);
        Assert.Equal("NeverIssued", (await ScanAsync(client, mixed)).QuerySelector("[data-trace-kind]")!.GetAttribute("data-trace-kind"));
        var mixedAnomaly = await Site.DbAsync(db => db.StampAnomalies.AsNoTracking().SingleAsync(a => a.LotCode == other.Code && a.Serial == lot.Stamps[0].Serial));
        Assert.Equal("mismatch", AnomalyFacts.Parse(mixedAnomaly.Detail)[AnomalyFacts.Reason]);
        Assert.Equal(0, (await Site.StampAsync(lot.Stamps[0].Id)).ScanCount);
    }

    [Fact]
    public async Task More_than_twenty_scans_in_a_day_is_too_many()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync(), stamps: 2);
        using var client = Site.CreateClient();
        await ScanTimesAsync(client, lot.StampPath(), 20);
        Assert.Empty(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial));
        Assert.Null((await ScanAsync(client, DigitalLink.Format(lot.Gtin14, lot.Code, lot.Stamps[1].Serial))).QuerySelector("[data-warning]"));

        var page = await ScanAsync(client, lot.StampPath());
        var anomaly = Assert.Single(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial));
        Assert.Equal((AnomalyKind.TooManyScans, (int?)lot.Stamps[0].Id, lot.Code), (anomaly.Kind, anomaly.StampId, anomaly.LotCode));
        Assert.Equal("21", AnomalyFacts.Parse(anomaly.Detail)[AnomalyFacts.ScansInDay]);
        Assert.NotNull(page.QuerySelector("[data-warning='TooManyScans']"));
        Assert.Contains("xin đọc cảnh báo", page.QuerySelector("#trace-verdict")!.TextContent);

        // Later scans update the same open alert; a serial-only link files it under the same stamp.
        await ScanAsync(client, $"/01/{lot.Gtin14}/21/{lot.Stamps[0].Serial}");
        anomaly = Assert.Single(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial));
        Assert.Equal("22", AnomalyFacts.Parse(anomaly.Detail)[AnomalyFacts.ScansInDay]);
    }

    [Fact]
    public async Task Scans_spread_over_days_count_against_the_lifetime_limit_only()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync());
        using var client = Site.CreateClient();
        try
        {
            // 4 × 15 = 60 scans, never more than 15 within 24 hours: plausible for a stamp on a shop's display jar.
            for (var day = 0; day < 4; day++)
            {
                if (day > 0) Site.Time.Advance(TimeSpan.FromHours(25));
                await ScanTimesAsync(client, lot.StampPath(), 15);
            }
            Assert.Empty(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial));

            await ScanAsync(client, lot.StampPath());
            var anomaly = Assert.Single(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial));
            var facts = AnomalyFacts.Parse(anomaly.Detail);
            Assert.Equal((AnomalyKind.TooManyScans, "16", "61"), (anomaly.Kind, facts[AnomalyFacts.ScansInDay], facts[AnomalyFacts.ScansTotal]));
            Assert.Equal(61, (await Site.StampAsync(lot.Stamps[0].Id)).ScanCount);
        }
        finally
        {
            Site.Time.AdjustTime(OcopWebFactory.Now.ToUniversalTime());
        }
    }

    [Fact]
    public async Task Two_places_too_far_apart_too_fast_are_impossible_travel()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync(), stamps: 2);
        var fast = lot.StampPath(0);
        var slow = lot.StampPath(1);
        using var hanoi = Site.CreateClient();
        using var saigon = Site.CreateClient();
        try
        {
            using (var r = await hanoi.SharePlaceAsync(await ScanAsync(hanoi, fast), new { latitude = 21.03, longitude = 105.85 })) Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
            using (var r = await hanoi.SharePlaceAsync(await ScanAsync(hanoi, slow), new { latitude = 21.03, longitude = 105.85 })) Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
            Site.Time.Advance(TimeSpan.FromHours(1));
            // ~1,140 km in an hour: no parcel travels like that.
            using (var r = await saigon.SharePlaceAsync(await ScanAsync(saigon, fast), new { latitude = 10.78, longitude = 106.70 })) Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
            // Nearby (under 100 km) is never travel, however fast.
            using (var r = await saigon.SharePlaceAsync(await ScanAsync(saigon, slow), new { latitude = 21.30, longitude = 105.60 })) Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
            Site.Time.Advance(TimeSpan.FromHours(4));
            // Hà Nội → TP HCM in five hours is a flight: plausible.
            using (var r = await saigon.SharePlaceAsync(await ScanAsync(saigon, slow), new { latitude = 10.78, longitude = 106.70 })) Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);

            var anomaly = Assert.Single(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial));
            Assert.Equal(AnomalyKind.ImpossibleTravel, anomaly.Kind);
            var facts = AnomalyFacts.Parse(anomaly.Detail);
            Assert.InRange(facts.Number(AnomalyFacts.Kilometres)!.Value, 1100, 1200);
            Assert.Equal(60, facts.Number(AnomalyFacts.Minutes));
            Assert.Empty(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[1].Serial));

            var warned = await ScanAsync(hanoi, fast);
            Assert.NotNull(warned.QuerySelector("[data-warning='ImpossibleTravel']"));
        }
        finally
        {
            Site.Time.AdjustTime(OcopWebFactory.Now.ToUniversalTime());
        }
    }

    [Fact]
    public async Task The_office_lists_filters_reviews_alerts_and_the_public_warning_stops()
    {
        var product = await Site.ProductAsync();
        var lot = await Site.CreateLotAsync(product);
        using var visitor = Site.CreateClient();
        await ScanTimesAsync(visitor, lot.StampPath(), 21);
        var anomalyId = Assert.Single(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial)).Id;

        var (inspector, _) = await Site.CreateSignedInClientAsync(Roles.Inspector);
        using var _i = inspector;
        var list = await inspector.GetDocumentAsync($"/admin/truy-xuat/canh-bao?q={lot.Stamps[0].Serial}");
        var row = list.QuerySelector($"tr[data-anomaly-id='{anomalyId}']")!;
        Assert.Equal("TooManyScans", row.GetAttribute("data-kind"));
        Assert.Contains(product.Name, row.TextContent);
        Assert.Contains("21 lượt quét trong 24 giờ qua", row.TextContent);
        var byKind = await inspector.GetDocumentAsync($"/admin/truy-xuat/canh-bao?kind=NeverIssued&q={lot.Stamps[0].Serial}");
        Assert.Null(byKind.QuerySelector($"tr[data-anomaly-id='{anomalyId}']"));
        var byProducer = await inspector.GetDocumentAsync($"/admin/truy-xuat/canh-bao?producerId={product.ProducerId}&pageSize=100");
        Assert.NotNull(byProducer.QuerySelector($"tr[data-anomaly-id='{anomalyId}']"));
        Assert.NotNull(byProducer.QuerySelector($"#f-producer option[value='{product.ProducerId}'][selected]"));

        var detail = await inspector.GetDocumentAsync($"/admin/truy-xuat/canh-bao/{anomalyId}");
        Assert.Equal("21", detail.QuerySelector("[data-stat='scan-count']")!.TextContent.Trim());
        Assert.Equal(21, detail.QuerySelectorAll("#anomaly-scan-rows tbody tr").Length);
        using (var tooLong = await inspector.SubmitFormAsync(detail, "#anomaly-review-form", new Dictionary<string, string?> { ["Note"] = new string('x', 1001) }))
            Assert.NotNull((await SiteTestHelpers.ParseAsync(await tooLong.Content.ReadAsStringAsync(), new Uri("http://localhost/"))).QuerySelector("#Note.is-invalid"));
        using (var reviewed = await inspector.SubmitFormAsync(detail, "#anomaly-review-form", new Dictionary<string, string?> { ["Note"] = "Cửa hàng trưng bày cho khách quét thử." }))
        {
            var after = await SiteTestHelpers.ParseAsync(await reviewed.Content.ReadAsStringAsync(), reviewed.RequestMessage!.RequestUri!);
            Assert.Equal("Đã xem xét", after.QuerySelector("#anomaly-status")!.TextContent.Trim());
            Assert.Equal("Cửa hàng trưng bày cho khách quét thử.", after.QuerySelector("#anomaly-review-note")!.TextContent.Trim());
        }
        var stored = Assert.Single(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial));
        Assert.NotNull(stored.ReviewedAt);
        Assert.NotNull(stored.ReviewedByUserId);
        Assert.Null((await inspector.GetDocumentAsync($"/admin/truy-xuat/canh-bao?q={lot.Stamps[0].Serial}")).QuerySelector($"tr[data-anomaly-id='{anomalyId}']"));
        Assert.NotNull((await inspector.GetDocumentAsync($"/admin/truy-xuat/canh-bao?status=reviewed&q={lot.Stamps[0].Serial}")).QuerySelector($"tr[data-anomaly-id='{anomalyId}']"));

        // Reviewed: the public page stops warning, and only scans after the review count towards a new alert.
        Site.Time.Advance(TimeSpan.FromMinutes(1));
        try
        {
            var (_, quiet, _) = await visitor.GetPageAsync(DigitalLink.Format(lot.Gtin14, serial: lot.Stamps[0].Serial));
            Assert.Null(quiet.QuerySelector("[data-warning]"));
            Assert.Single(await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial));
            await ScanTimesAsync(visitor, lot.StampPath(), 20);
            var all = await Site.AnomaliesAsync(lot.Gtin14, lot.Stamps[0].Serial);
            Assert.Equal(2, all.Count);
            Assert.Equal("21", AnomalyFacts.Parse(Assert.Single(all, a => a.ReviewedAt is null).Detail)[AnomalyFacts.ScansInDay]);
        }
        finally
        {
            Site.Time.AdjustTime(OcopWebFactory.Now.ToUniversalTime());
        }
    }

    [Fact]
    public async Task Only_the_office_and_inspectors_see_the_alerts()
    {
        var (trade, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _t = trade;
        using (var list = await trade.GetAsync(new Uri("/admin/truy-xuat/canh-bao", UriKind.Relative)))
            Assert.Contains("/tai-khoan/tu-choi", list.RequestMessage!.RequestUri!.AbsolutePath);
        var dashboard = await trade.GetDocumentAsync("/admin");
        Assert.Null(dashboard.QuerySelector("#counterfeit-alerts"));

        using var anonymous = Site.CreateClient();
        using (var list = await anonymous.GetAsync(new Uri("/admin/truy-xuat/canh-bao", UriKind.Relative)))
            Assert.Contains("/tai-khoan/dang-nhap", list.RequestMessage!.RequestUri!.AbsolutePath);

        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _o = office;
        using (var missing = await office.GetAsync(new Uri("/admin/truy-xuat/canh-bao/987654321", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_card_counts_open_alerts_and_recent_scans()
    {
        var lot = await Site.CreateLotAsync(await Site.ProductAsync());
        using var visitor = Site.CreateClient();
        await ScanAsync(visitor, DigitalLink.Format(lot.Gtin14, lot.Code, TraceTestData.RandomCode("F", 11)));
        var newest = await Site.DbAsync(db => db.StampAnomalies.AsNoTracking().Where(a => a.LotCode == lot.Code).SingleAsync());

        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _o = office;
        var page = await office.GetDocumentAsync("/admin");
        var card = page.QuerySelector("#counterfeit-alerts")!;
        var since = Site.Time.GetUtcNow().AddDays(-30);
        var (open, scans) = await Site.DbAsync(async db => (
            await db.StampAnomalies.CountAsync(a => a.ReviewedAt == null),
            await db.StampScans.CountAsync(s => s.ScannedAt >= since)));
        Assert.Equal(open.ToString(), card.QuerySelector("[data-stat='counterfeit-open']")!.TextContent.Trim());
        Assert.Equal(scans.ToString(), card.QuerySelector("[data-stat='scans-30d']")!.GetAttribute("data-scans"));
        Assert.True(card.QuerySelectorAll("[data-anomaly-id]").Length is > 0 and <= 3);
        Assert.Equal("/admin/truy-xuat/canh-bao", card.QuerySelector("a.link-danger")!.GetAttribute("href"));
        // The latest alerts first (other tests move the clock, so "latest" is by detection time, then id).
        var latest = await Site.DbAsync(db => db.StampAnomalies.AsNoTracking().Where(a => a.ReviewedAt == null)
            .OrderByDescending(a => a.DetectedAt).ThenByDescending(a => a.Id).Select(a => a.Id).Take(3).ToListAsync());
        Assert.Equal(latest.Select(id => id.ToString()), card.QuerySelectorAll("[data-anomaly-id]").Select(e => e.GetAttribute("data-anomaly-id")!));
        Assert.Contains(newest.Id, latest.Count < 3 ? latest : [newest.Id]);
    }
}

[Collection(Collections.Sqlite)]
public sealed class AnomalySqliteTests(SqliteWebFactory site) : AnomalyTests(site);

[Collection(Collections.Postgres)]
public sealed class AnomalyPostgresTests(PostgresWebFactory site) : AnomalyTests(site);
