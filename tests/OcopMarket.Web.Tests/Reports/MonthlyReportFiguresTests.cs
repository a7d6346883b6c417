using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Register;
using static OcopMarket.Web.Tests.Reports.ReportTestKit;

namespace OcopMarket.Web.Tests.Reports;

/// <summary>
/// /admin/bao-cao-thang: figures checked against independent counts over the tables (plain LINQ in memory, not the
/// report's queries), and rows added by the test move them by exactly what they should, in the right month.
/// The factory's today is 25/11/2026, so November is read up to the 25th and October is the previous month.
/// </summary>
public abstract class MonthlyReportFiguresTests(OcopWebFactory site) : IAsyncLifetime
{
    private const string November = "/admin/bao-cao-thang?thang=2026-11";
    private static readonly DateOnly NovemberAsOf = new(2026, 11, 25);
    private static readonly DateOnly OctoberEnd = new(2026, 10, 31);
    private static readonly DateTimeOffset NovemberStart = new(2026, 11, 1, 0, 0, 0, Vn);
    private static readonly DateTimeOffset DecemberStart = new(2026, 12, 1, 0, 0, 0, Vn);
    private static readonly DateTimeOffset OctoberStart = new(2026, 10, 1, 0, 0, 0, Vn);

    private readonly ReportTestKit _kit = new(site);
    private readonly List<RegisterArrange.TestProduct> _products = [];

    protected OcopWebFactory Site { get; } = site;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _kit.RemoveAsync();
        foreach (var p in _products) await p.DisposeAsync();
    }

    private async Task<RegisterArrange.TestProduct> ProductAsync(string what)
    {
        var p = await Site.NewProductAsync(what);
        _products.Add(p);
        return p;
    }

    /// <summary>Products by best valid rank on a day: stars ≥ 3, issued by then, not expired, not revoked by then.</summary>
    private Task<(int Three, int Four, int Five)> CertifiedOnAsync(DateOnly day) => Site.DbAsync(async db =>
    {
        var all = await db.Certificates.AsNoTracking().ToListAsync();
        var best = all.Where(c => c.Stars >= 3 && c.IssuedOn <= day && c.ExpiresOn >= day && (c.RevokedOn == null || c.RevokedOn > day))
            .GroupBy(c => c.ProductId).Select(g => g.Max(c => c.Stars)).ToList();
        return (best.Count(s => s == 3), best.Count(s => s == 4), best.Count(s => s >= 5));
    });

    [Fact]
    public async Task Certified_products_and_watch_lists_match_an_independent_count_for_both_months()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var page = await client.GetDocumentAsync(November);

        var now = await CertifiedOnAsync(NovemberAsOf);
        var before = await CertifiedOnAsync(OctoberEnd);
        Assert.Equal(now.Three, Cell(page, "certified-stars", 0, 1));
        Assert.Equal(now.Four, Cell(page, "certified-stars", 1, 1));
        Assert.Equal(now.Five, Cell(page, "certified-stars", 2, 1));
        Assert.Equal(now.Three + now.Four + now.Five, Cell(page, "certified-stars", 3, 1));
        Assert.Equal(before.Three + before.Four + before.Five, Cell(page, "certified-stars", 3, 2));
        Assert.Equal(now.Three + now.Four + now.Five - before.Three - before.Four - before.Five, Cell(page, "certified-stars", 3, 3));

        // The group table's total row says the same; each group counts products of its subgroups.
        var groups = page.QuerySelectorAll("#certified-groups tbody tr");
        Assert.Equal(now.Three + now.Four + now.Five, Value(groups[^1], 4));

        // Expiring (by the certificate rule) and expired awaiting (latest certificate by then expired, not revoked).
        var (expiring, awaiting) = await Site.DbAsync(async db =>
        {
            var all = await db.Certificates.AsNoTracking().ToListAsync();
            var exp = all.Count(c => CertificateStatusPolicy.StatusOn(c, NovemberAsOf) == CertificateStatus.Expiring);
            var wait = all.Where(c => c.IssuedOn <= NovemberAsOf).GroupBy(c => c.ProductId)
                .Select(g => g.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id).First())
                .Count(c => c.ExpiresOn < NovemberAsOf && (c.RevokedOn == null || c.RevokedOn > NovemberAsOf));
            return (exp, wait);
        });
        Assert.Equal(expiring, Cell(page, "watch-counts", 0, 1));
        Assert.Equal(awaiting, Cell(page, "watch-counts", 1, 1));
        // The seeded expired "Hồng không hạt Bảo Lâm" is on the awaiting list.
        Assert.Contains(page.QuerySelectorAll("#watch-expired tbody tr"), r => r.TextContent.Contains("Hồng không hạt Bảo Lâm"));
    }

    [Fact]
    public async Task A_certificate_issued_and_one_revoked_in_the_month_move_the_figures_exactly()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var before = await client.GetDocumentAsync(November);

        var fresh = await ProductAsync("bao-cao-moi");
        await Site.AddCertificateAsync(fresh.Id, 4, new DateOnly(2026, 11, 10));
        var old = await ProductAsync("bao-cao-thu-hoi");
        var revoked = await Site.AddCertificateAsync(old.Id, 3, new DateOnly(2025, 1, 15));
        await Site.DbAsync(async db =>
        {
            var c = await db.Certificates.SingleAsync(x => x.Id == revoked.Id);
            c.RevokedOn = new DateOnly(2026, 11, 12);
            c.RevocationReason = "Kiểm thử báo cáo";
            c.RevocationDecisionNumber = "99/QĐ-TH";
            await db.SaveChangesAsync();
        });

        var after = await client.GetDocumentAsync(November);
        decimal Delta(string table, int row, int col) => Cell(after, table, row, col) - Cell(before, table, row, col);

        Assert.Equal(0, Delta("certified-stars", 0, 1));   // 3★ now: the revoked one no longer counts
        Assert.Equal(1, Delta("certified-stars", 0, 2));   // 3★ in October: it was valid then
        Assert.Equal(1, Delta("certified-stars", 1, 1));   // 4★ now: the new one
        Assert.Equal(0, Delta("certified-stars", 1, 2));   // not yet issued in October
        Assert.Equal(1, Delta("certificates-counts", 0, 1)); // newly recognised in November
        Assert.Equal(0, Delta("certificates-counts", 0, 2));
        Assert.Equal(1, Delta("certificates-counts", 3, 1)); // revocations in November
        Assert.Equal(0, Delta("certificates-counts", 3, 2));
        var events = after.QuerySelectorAll("#certificates-events tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(events, e => e.Contains(fresh.Name) && e.Contains("Công nhận mới"));
        Assert.Contains(events, e => e.Contains(old.Name) && e.Contains("Thu hồi") && e.Contains("99/QĐ-TH"));

        // October's own report shows the revoked product as valid and nothing issued.
        var october = await client.GetDocumentAsync("/admin/bao-cao-thang?thang=2026-10");
        Assert.Equal(Cell(after, "certified-stars", 3, 2), Cell(october, "certified-stars", 3, 1));
        Assert.Equal(Cell(after, "certificates-counts", 3, 2), Cell(october, "certificates-counts", 3, 1));
    }

    [Fact]
    public async Task Orders_with_a_campaign_line_and_coupons_move_campaign_and_sales_figures_exactly()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _c = client;
        var product = await ProductAsync("bao-cao-ban");
        var name = "Chiến dịch kiểm thử báo cáo " + Guid.NewGuid().ToString("N")[..6];
        var campaign = await _kit.CampaignAsync(name, NovemberStart, DecemberStart);
        var before = await client.GetDocumentAsync(November);

        var placed = new DateTimeOffset(2026, 11, 20, 10, 0, 0, Vn);
        var order = await _kit.OrderAsync(product.Id, placed, 3, 120_000, 100_000, campaign);
        var cancelled = await _kit.OrderAsync(product.Id, placed, 5, 120_000, 100_000, campaign, OrderStatus.Cancelled, ShipmentStatus.Cancelled); // never counts
        await _kit.OrderAsync(product.Id, new DateTimeOffset(2026, 10, 31, 23, 30, 0, Vn), 2, 120_000, 120_000, null); // October, by Việt Nam date
        await _kit.CouponUseAsync(campaign, order, 20_000, placed);
        await _kit.CouponUseAsync(campaign, cancelled, 15_000, placed, released: true); // released with the cancellation: not a use

        var after = await client.GetDocumentAsync(November);
        decimal Delta(string table, int row, int col) => Cell(after, table, row, col) - Cell(before, table, row, col);

        var row = Row(after, "campaigns-list", name);
        Assert.NotNull(row);
        Assert.Equal(1, Value(row!, 2));          // orders
        Assert.Equal(3, Value(row!, 3));          // units
        Assert.Equal(300_000, Value(row!, 4));    // revenue at the campaign price
        Assert.Equal(60_000, Value(row!, 5));     // (120 000 − 100 000) × 3
        Assert.Equal(1, Value(row!, 6));          // coupon uses tied to the campaign
        Assert.Equal(20_000, Value(row!, 7));
        Assert.Equal(60_000, Delta("campaigns-counts", 3, 1));
        Assert.Equal(1, Delta("campaigns-counts", 4, 1));
        Assert.Equal(20_000, Delta("campaigns-counts", 5, 1));

        Assert.Equal(1, Delta("sales-counts", 0, 1));        // orders in November
        Assert.Equal(300_000, Delta("sales-counts", 2, 1));  // goods revenue in November
        Assert.Equal(1, Delta("sales-counts", 0, 2));        // the 31/10 23:30 order is October's
        Assert.Equal(240_000, Delta("sales-counts", 2, 2));

        // Independent: November's non-cancelled parcels of non-cancelled orders, summed in memory.
        var expected = await Site.DbAsync(async db =>
        {
            var orders = await db.Orders.AsNoTracking().Include(o => o.Shipments).ToListAsync();
            return orders.Where(o => o.Status != OrderStatus.Cancelled && o.PlacedAt >= NovemberStart && o.PlacedAt < DecemberStart)
                .SelectMany(o => o.Shipments).Where(s => s.Status != ShipmentStatus.Cancelled).Sum(s => s.Subtotal);
        });
        Assert.Equal(expected, Cell(after, "sales-counts", 2, 1));
        var producer = Row(after, "sales-producers", product.ProducerName);
        Assert.NotNull(producer);
    }

    [Fact]
    public async Task Scans_and_anomalies_count_in_their_Viet_Nam_month()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var before = await client.GetDocumentAsync(November);

        await _kit.ScanAsync(ScanOutcome.Genuine, new DateTimeOffset(2026, 11, 5, 10, 0, 0, Vn));
        await _kit.ScanAsync(ScanOutcome.Genuine, new DateTimeOffset(2026, 11, 1, 0, 10, 0, Vn));   // 31/10 17:10 UTC: still November here
        await _kit.ScanAsync(ScanOutcome.NeverIssued, new DateTimeOffset(2026, 11, 6, 9, 0, 0, Vn));
        await _kit.ScanAsync(ScanOutcome.Genuine, new DateTimeOffset(2026, 10, 31, 23, 50, 0, Vn)); // October
        await _kit.AnomalyAsync(AnomalyKind.TooManyScans, new DateTimeOffset(2026, 11, 6, 9, 5, 0, Vn), new DateTimeOffset(2026, 11, 7, 8, 0, 0, Vn));
        await _kit.AnomalyAsync(AnomalyKind.ImpossibleTravel, new DateTimeOffset(2026, 10, 20, 9, 5, 0, Vn), null);

        var after = await client.GetDocumentAsync(November);
        decimal Delta(string table, int row, int col) => Cell(after, table, row, col) - Cell(before, table, row, col);
        Assert.Equal(3, Delta("scans-counts", 0, 1));
        Assert.Equal(2, Delta("scans-counts", 1, 1));
        Assert.Equal(1, Delta("scans-counts", 3, 1));
        Assert.Equal(1, Delta("scans-counts", 0, 2));   // October
        Assert.Equal(1, Delta("anomalies-counts", 1, 1)); // too many scans, November
        Assert.Equal(0, Delta("anomalies-counts", 2, 1));
        Assert.Equal(1, Delta("anomalies-counts", 2, 2)); // impossible travel, October
        Assert.Equal(1, Delta("anomalies-counts", 4, 1)); // reviewed in November

        // Independent count of November's scans (instants compared in memory).
        var scans = await Site.DbAsync(async db => (await db.StampScans.AsNoTracking().Select(s => s.ScannedAt).ToListAsync())
            .Count(t => t >= NovemberStart && t < DecemberStart));
        Assert.Equal(scans, Cell(after, "scans-counts", 0, 1));
        // The day table carries the chart's numbers: 1 November has the 00:10 scan.
        Assert.True(Cell(after, "scans-days", 0, 1) >= 1);
        Assert.Equal(25, after.QuerySelectorAll("#scans-days tbody tr").Length); // 1..25 November (the month so far)
    }

    [Fact]
    public async Task Months_are_chosen_by_query_string_and_bad_months_are_refused()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        var page = await client.GetDocumentAsync("/admin/bao-cao-thang");
        Assert.Contains("11/2026", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("#partial-note"));
        Assert.Equal("/admin/bao-cao-thang?thang=2026-10", page.QuerySelector("#month-prev")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#month-next"));
        Assert.NotNull(page.QuerySelector("canvas#chart-stars"));
        Assert.NotNull(page.QuerySelector("script[src*='lib/chartjs/chart.umd.min.js']"));

        var october = await client.GetDocumentAsync("/admin/bao-cao-thang?thang=2026-10");
        Assert.Null(october.QuerySelector("#partial-note"));
        Assert.Equal("/admin/bao-cao-thang?thang=2026-11", october.QuerySelector("#month-next")!.GetAttribute("href"));

        foreach (var bad in new[] { "2026-12", "2026-13", "26-11", "abc", "2026-1" })
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.GetAsync("/admin/bao-cao-thang?thang=" + bad)).StatusCode);
        var chart = await client.GetAsync("/lib/chartjs/chart.umd.min.js");
        Assert.True(chart.IsSuccessStatusCode);
    }
}

[Collection(Collections.Sqlite)]
public sealed class MonthlyReportFiguresSqliteTests(SqliteWebFactory site) : MonthlyReportFiguresTests(site);

[Collection(Collections.Postgres)]
public sealed class MonthlyReportFiguresPostgresTests(PostgresWebFactory site) : MonthlyReportFiguresTests(site);
