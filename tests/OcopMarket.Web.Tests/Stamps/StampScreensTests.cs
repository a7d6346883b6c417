using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.SystemAdmin;

namespace OcopMarket.Web.Tests.Stamps;

/// <summary>The portal's and the office's stamp screens: issuing through the form, the print sheets, downloads, and scoping.</summary>
public abstract class StampScreensTests(OcopWebFactory site)
{
    private const string HoaCu = "htx-san-xuat-va-kinh-doanh-qua-sach-hoa-cu";
    private const string BinhSon = "htx-nong-nghiep-binh-son";

    private async Task<StampSeries> IssueAsync(int lotId, int count)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StampIssuance>().IssueAsync(lotId, count, null, byOffice: true);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }

    private Task<List<Stamp>> StampsAsync(int lotId) =>
        site.DbAsync(db => db.Stamps.Where(s => s.LotId == lotId).OrderBy(s => s.Number).ToListAsync());

    [Fact]
    public async Task A_producer_issues_stamps_for_its_lot_from_the_portal_and_sees_the_series()
    {
        var producer = await site.ProducerIdAsync(HoaCu);
        var lot = await site.CreateLotAsync(producer, quantity: 200);
        var (client, user) = await site.CreateSignedInClientAsync(Roles.Producer, producer);
        try
        {
            var page = await client.GetDocumentAsync($"/portal/tem?lot={lot.Id}");
            var option = page.QuerySelector($"#issue-stamps-form select[name=LotId] option[value='{lot.Id}']");
            Assert.NotNull(option);
            Assert.True(option!.HasAttribute("selected"));
            Assert.Null(page.QuerySelector("#LotId optgroup")); // one producer: no grouping

            using var response = await client.SubmitFormAsync(page, "#issue-stamps-form", new Dictionary<string, string?> { ["Count"] = "45" });
            var list = await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!);
            Assert.Equal("/portal/tem", response.RequestMessage.RequestUri!.AbsolutePath);
            var series = await site.DbAsync(db => db.StampSeries.SingleAsync(s => s.LotId == lot.Id));
            Assert.Equal((1, 45, user.Id, false), (series.FirstNumber, series.Count, series.IssuedByUserId, series.IssuedByOffice));
            Assert.Contains("45", list.QuerySelector(".alert")?.TextContent ?? "");
            var row = list.QuerySelector($"#stamp-series tr[data-series='{series.Id}']");
            Assert.NotNull(row);
            Assert.Contains(lot.Code, row!.TextContent);
            Assert.Contains("000001 – 000045", row.TextContent);

            // Beyond the lot's cap (200 + 10 %): refused with the rule, nothing written.
            page = await client.GetDocumentAsync($"/portal/tem?lot={lot.Id}");
            using var refused = await client.SubmitFormAsync(page, "#issue-stamps-form", new Dictionary<string, string?> { ["Count"] = "200" });
            var again = await SiteTestHelpers.ParseAsync(await refused.Content.ReadAsStringAsync(), refused.RequestMessage!.RequestUri!);
            Assert.Contains("175", again.QuerySelector(".alert")?.TextContent ?? "");
            Assert.Equal(45, (await StampsAsync(lot.Id)).Count);
        }
        finally
        {
            client.Dispose();
            await site.DeleteLotsAsync(lot.Id);
        }
    }

    [Fact]
    public async Task The_print_page_has_one_QR_label_per_stamp_with_its_digital_link()
    {
        var producer = await site.ProducerIdAsync(HoaCu);
        var lot = await site.CreateLotAsync(producer, quantity: 100);
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Producer, producer);
        try
        {
            var series = await IssueAsync(lot.Id, 45);
            var stamps = await StampsAsync(lot.Id);
            var page = await client.GetDocumentAsync($"/portal/tem/{series.Id}/in");

            var sheets = page.QuerySelectorAll("#stamp-sheets .sheet");
            Assert.Equal(2, sheets.Length); // 40 + 5 on the default 4 × 10 stock
            Assert.Equal(40, sheets[0].QuerySelectorAll(".label").Length);
            var labels = page.QuerySelectorAll("#stamp-sheets .label");
            Assert.Equal(45, labels.Length);
            for (var i = 0; i < labels.Length; i++)
            {
                var label = labels[i];
                var stamp = stamps[i];
                Assert.Equal(stamp.Number.ToString(), label.GetAttribute("data-number"));
                var path = label.QuerySelector(".qr svg path")?.GetAttribute("d");
                Assert.False(string.IsNullOrEmpty(path));
                Assert.Equal($"localhost/01/{lot.Gtin14}/10/{lot.Code}/21/{stamp.Serial}", label.QuerySelector(".url")!.TextContent.Trim());
                Assert.EndsWith(stamp.Number.ToString("000000"), label.QuerySelector(".no")!.TextContent.Trim());
                Assert.Contains(lot.Code, label.QuerySelector(".lot")!.TextContent);
            }
            Assert.Contains("size: A4 portrait", page.QuerySelector("style")!.TextContent);
            Assert.NotNull(page.QuerySelector("#print-button"));

            // Another stock: 24 per sheet.
            page = await client.GetDocumentAsync($"/portal/tem/{series.Id}/in?layout=a4-24");
            Assert.Equal(2, page.QuerySelectorAll("#stamp-sheets .sheet").Length);
            Assert.Equal(24, page.QuerySelectorAll("#stamp-sheets .sheet")[0].QuerySelectorAll(".label").Length);
            Assert.Equal("a4-24", page.QuerySelector("#layout option[selected]")?.GetAttribute("value"));
        }
        finally
        {
            client.Dispose();
            await site.DeleteLotsAsync(lot.Id);
        }
    }

    [Fact]
    public async Task Downloads_list_every_stamp_with_number_serial_and_link()
    {
        var lot = await site.CreateLotAsync(await site.ProducerIdAsync(HoaCu), quantity: 100);
        var (client, _) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        try
        {
            await IssueAsync(lot.Id, 3);
            var series = await IssueAsync(lot.Id, 12);
            var stamps = (await StampsAsync(lot.Id)).Where(s => s.SeriesId == series.Id).ToList();

            using var csv = await client.GetAsync($"/admin/truy-xuat/tem/{series.Id}/tai-ve?format=csv");
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var csvBytes = await csv.Content.ReadAsByteArrayAsync();
            Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes[..3]);
            AssertRows(MiniExcel.Query(new MemoryStream(csvBytes), useHeaderRow: false, excelType: ExcelType.CSV).Cast<IDictionary<string, object?>>().ToList());

            using var xlsx = await client.GetAsync($"/admin/truy-xuat/tem/{series.Id}/tai-ve?format=xlsx");
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            Assert.EndsWith(".xlsx", xlsx.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            AssertRows(MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>().ToList());

            void AssertRows(List<IDictionary<string, object?>> rows)
            {
                Assert.Equal(13, rows.Count); // heading + 12
                Assert.Equal("Số sê-ri", rows[0]["B"]?.ToString());
                for (var i = 0; i < stamps.Count; i++)
                {
                    var row = rows[i + 1];
                    Assert.Equal(stamps[i].Number.ToString(), row["A"]?.ToString());
                    Assert.Equal(4 + i, stamps[i].Number);
                    Assert.Equal(stamps[i].Serial, row["B"]?.ToString());
                    Assert.Equal($"http://localhost/01/{lot.Gtin14}/10/{lot.Code}/21/{stamps[i].Serial}", row["C"]?.ToString());
                    Assert.Equal(lot.Code, row["D"]?.ToString());
                }
            }
        }
        finally
        {
            client.Dispose();
            await site.DeleteLotsAsync(lot.Id);
        }
    }

    [Fact]
    public async Task Another_producers_series_and_lots_answer_404_in_the_portal()
    {
        var lot = await site.CreateLotAsync(await site.ProducerIdAsync(HoaCu), quantity: 100);
        var (client, _) = await site.CreateSignedInClientAsync(Roles.Producer, await site.ProducerIdAsync(BinhSon));
        try
        {
            var series = await IssueAsync(lot.Id, 5);
            foreach (var url in new[] { $"/portal/tem/{series.Id}/in", $"/portal/tem/{series.Id}/tai-ve?format=csv", $"/portal/tem/{series.Id}/tai-ve?format=xlsx", $"/portal/tem?lot={lot.Id}" })
            {
                using var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            }
            var page = await client.GetDocumentAsync("/portal/tem");
            Assert.Null(page.QuerySelector($"#stamp-series tr[data-series='{series.Id}']"));
            Assert.Null(page.QuerySelector($"#LotId option[value='{lot.Id}']"));

            // Posting someone else's lot id (a forged form) is a 404 and issues nothing.
            var token = await client.GetAntiforgeryTokenAsync("/portal/tem");
            using var post = await client.PostAsync("/portal/tem", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [SiteTestHelpers.AntiforgeryField] = token, ["LotId"] = lot.Id.ToString(), ["Count"] = "10",
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            Assert.Equal(5, (await StampsAsync(lot.Id)).Count);
        }
        finally
        {
            client.Dispose();
            await site.DeleteLotsAsync(lot.Id);
        }
    }

    [Fact]
    public async Task The_office_issues_for_any_lot_and_sees_how_many_stamps_were_scanned()
    {
        var binhSon = await site.ProducerIdAsync(BinhSon);
        var lot = await site.CreateLotAsync(binhSon, quantity: 60);
        var (client, user) = await site.CreateSignedInClientAsync(Roles.OfficeStaff);
        try
        {
            var page = await client.GetDocumentAsync($"/admin/truy-xuat/tem?lot={lot.Id}");
            Assert.True(page.QuerySelector($"#LotId option[value='{lot.Id}']")!.HasAttribute("selected"));
            using var response = await client.SubmitFormAsync(page, "#issue-stamps-form", new Dictionary<string, string?> { ["Count"] = "20" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var series = await site.DbAsync(db => db.StampSeries.SingleAsync(s => s.LotId == lot.Id));
            Assert.Equal((20, user.Id, true), (series.Count, series.IssuedByUserId, series.IssuedByOffice));

            // Two stamps scanned (one of them twice): the list counts stamps, not scans.
            await site.DbAsync(db => db.Stamps.Where(s => s.LotId == lot.Id && s.Number <= 2)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ScanCount, t => t.Number)));
            var list = await client.GetDocumentAsync($"/admin/truy-xuat/tem?producer={binhSon}&scanned=true");
            var row = list.QuerySelector($"#stamp-series tr[data-series='{series.Id}']");
            Assert.NotNull(row);
            Assert.Equal("2", row!.QuerySelector("[data-scanned]")!.GetAttribute("data-scanned"));
            Assert.All(list.QuerySelectorAll("#stamp-series tr[data-series]"), r => Assert.NotEqual("0", r.QuerySelector("[data-scanned]")!.GetAttribute("data-scanned")));

            // Filtered to another producer: not there.
            var hoaCu = await site.ProducerIdAsync(HoaCu);
            list = await client.GetDocumentAsync($"/admin/truy-xuat/tem?producer={hoaCu}");
            Assert.Null(list.QuerySelector($"#stamp-series tr[data-series='{series.Id}']"));
            // Searched by lot code.
            list = await client.GetDocumentAsync($"/admin/truy-xuat/tem?q={lot.Code.ToLowerInvariant()}");
            Assert.Single(list.QuerySelectorAll("#stamp-series tr[data-series]"));

            using var print = await client.GetAsync($"/admin/truy-xuat/tem/{series.Id}/in");
            Assert.Equal(HttpStatusCode.OK, print.StatusCode);
            using var missing = await client.GetAsync("/admin/truy-xuat/tem/999999/in");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            client.Dispose();
            await site.DeleteLotsAsync(lot.Id);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class StampScreensSqliteTests(SqliteWebFactory site) : StampScreensTests(site);

[Collection(Collections.Postgres)]
public sealed class StampScreensPostgresTests(PostgresWebFactory site) : StampScreensTests(site);
