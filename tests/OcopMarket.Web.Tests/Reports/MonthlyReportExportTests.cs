using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Tests.Infrastructure;
using static OcopMarket.Web.Tests.Reports.ReportTestKit;

namespace OcopMarket.Web.Tests.Reports;

/// <summary>The XLSX file read back with OpenXml, the A4 print view, the export log and the dashboard reminder it clears.</summary>
public abstract class MonthlyReportExportTests(OcopWebFactory site)
{
    protected OcopWebFactory Site { get; } = site;

    private Task ClearExportsAsync(int year, int month) =>
        Site.DbAsync(db => db.ReportExports.Where(e => e.Year == year && e.Month == month).ExecuteDeleteAsync());

    private Task<List<string>> FormatsAsync(int year, int month) =>
        Site.DbAsync(db => db.ReportExports.Where(e => e.Year == year && e.Month == month).OrderBy(e => e.Id).Select(e => e.Format).ToListAsync());

    [Fact]
    public async Task The_xlsx_file_has_one_valid_sheet_per_section_with_Vietnamese_headers_and_the_page_figures()
    {
        var (client, user) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        using var _c = client;
        await ClearExportsAsync(2026, 10);
        var page = await client.GetDocumentAsync("/admin/bao-cao-thang?thang=2026-10");

        var response = await client.GetAsync("/admin/bao-cao-thang/xlsx?thang=2026-10");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bao-cao-ocop-2026-10.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var names = sheets.Select(s => s.Name!.Value!).ToList();
        Assert.Equal(10, names.Count);
        Assert.All(names, n => Assert.True(n.Length <= 31 && n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, n));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("Chỉ tiêu", names);
        Assert.Contains("Sản phẩm theo hạng sao", names);
        Assert.Contains("Bán hàng trực tuyến", names);

        var stars = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == "Sản phẩm theo hạng sao").Id!);
        var rows = stars.Worksheet.Descendants<Row>().ToList();
        Assert.Contains("BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP THÁNG 10/2026", Text(rows[0].Elements<Cell>().First()));
        var header = rows.First(r => r.Elements<Cell>().Any(c => Text(c) == "Tháng 10/2026"));
        Assert.Equal(["Chỉ tiêu", "Tháng 10/2026", "Tháng 09/2026", "Thay đổi"], header.Elements<Cell>().Select(Text).ToArray());
        // The header row is bold; figures are numbers formatted #,##0.
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var headerFormat = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)header.Elements<Cell>().First().StyleIndex!.Value);
        Assert.NotNull(styles.Fonts!.Elements<Font>().ElementAt((int)headerFormat.FontId!.Value).Bold);
        var total = rows.First(r => r.Elements<Cell>().FirstOrDefault() is { } c && Text(c) == "Tổng số đạt 3 sao trở lên");
        var totalCell = total.Elements<Cell>().ElementAt(1);
        Assert.Equal(Cell(page, "certified-stars", 3, 1), decimal.Parse(totalCell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        var numberFormat = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)totalCell.StyleIndex!.Value).NumberFormatId!.Value;
        Assert.Equal("#,##0", styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == numberFormat).FormatCode!.Value);
        Assert.NotEmpty(stars.Worksheet.Elements<Columns>().Single().Elements<Column>());

        Assert.Equal(["xlsx"], await FormatsAsync(2026, 10));
        Assert.Equal(user.Id, await Site.DbAsync(db => db.ReportExports.Where(e => e.Year == 2026 && e.Month == 10).Select(e => e.UserId).SingleAsync()));
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    [Fact]
    public async Task The_print_view_is_an_A4_document_with_the_signature_block_and_printing_is_logged()
    {
        var (client, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _c = client;
        await ClearExportsAsync(2026, 9);
        var page = await client.GetDocumentAsync("/admin/bao-cao-thang/in?thang=2026-09");

        Assert.Equal("BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP THÁNG 09/2026", page.QuerySelector("h1.doc-title")!.TextContent.Trim());
        Assert.Matches(@"@page\s*\{\s*size:\s*A4 portrait;\s*margin:", page.QuerySelector("head style")!.TextContent);
        var signatures = page.QuerySelector("#signatures")!.TextContent;
        Assert.Contains("Người lập biểu", signatures);
        Assert.Contains("Trưởng phòng Kinh tế và Hạ tầng", signatures);
        Assert.Contains("(Ký, ghi rõ họ tên, đóng dấu)", signatures);
        Assert.Null(page.QuerySelector("#bo-sidebar"));
        Assert.NotNull(page.QuerySelector("#certified-stars"));
        Assert.Null(page.QuerySelector("#scans-days")); // the day-by-day table stays on screen only
        Assert.Empty(await FormatsAsync(2026, 9)); // previewing is not exporting

        // The client follows the redirect, as a browser does: the print view comes back asking to print.
        var printed = await client.SubmitFormAsync(page, "form#print-form");
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("/admin/bao-cao-thang/in?thang=2026-09&in=1", printed.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(["print"], await FormatsAsync(2026, 9));
        Assert.Contains("window.print()", await printed.Content.ReadAsStringAsync());

        // Without the antiforgery token, nothing is logged.
        var forged = await client.PostAsync("/admin/bao-cao-thang/in?thang=2026-09", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Single(await FormatsAsync(2026, 9));
    }

    [Fact]
    public async Task The_dashboard_reminds_the_office_from_the_15th_until_the_month_is_exported()
    {
        var (office, _) = await Site.CreateSignedInClientAsync(Roles.OfficeStaff);
        var (promotion, _) = await Site.CreateSignedInClientAsync(Roles.TradePromotion);
        using var _o = office;
        using var _p = promotion;
        try
        {
            await ClearExportsAsync(2026, 11);
            Site.Time.AdjustTime(new DateTimeOffset(2026, 11, 14, 23, 30, 0, Vn).ToUniversalTime());
            Assert.Null((await office.GetDocumentAsync("/admin")).QuerySelector("#report-reminder"));

            Site.Time.AdjustTime(new DateTimeOffset(2026, 11, 15, 0, 30, 0, Vn).ToUniversalTime()); // 14/11 17:30 UTC: the 15th in Việt Nam
            var due = (await office.GetDocumentAsync("/admin")).QuerySelector("#report-reminder");
            Assert.NotNull(due);
            Assert.Equal("Due", due!.GetAttribute("data-state"));
            Assert.Contains("Báo cáo tháng 11/2026 chưa được xuất — hạn trước ngày 20", due.TextContent);
            Assert.Equal("/admin/bao-cao-thang?thang=2026-11", due.QuerySelector("a")!.GetAttribute("href"));
            Assert.Null((await promotion.GetDocumentAsync("/admin")).QuerySelector("#report-reminder")); // office users only

            Site.Time.AdjustTime(new DateTimeOffset(2026, 11, 20, 8, 0, 0, Vn).ToUniversalTime());
            var overdue = (await office.GetDocumentAsync("/admin")).QuerySelector("#report-reminder");
            Assert.Equal("Overdue", overdue!.GetAttribute("data-state"));
            Assert.Contains("quá hạn", overdue.TextContent);

            // An export of another month does not count; November's does.
            Site.Time.AdjustTime(new DateTimeOffset(2026, 11, 18, 8, 0, 0, Vn).ToUniversalTime());
            Assert.True((await office.GetAsync("/admin/bao-cao-thang/xlsx?thang=2026-10")).IsSuccessStatusCode);
            Assert.NotNull((await office.GetDocumentAsync("/admin")).QuerySelector("#report-reminder"));
            Assert.True((await office.GetAsync("/admin/bao-cao-thang/xlsx?thang=2026-11")).IsSuccessStatusCode);
            Assert.Null((await office.GetDocumentAsync("/admin")).QuerySelector("#report-reminder"));
        }
        finally
        {
            Site.Time.AdjustTime(OcopWebFactory.Now.ToUniversalTime());
        }
    }

    [Theory]
    [InlineData(Roles.Customer)]
    [InlineData(Roles.Producer)]
    [InlineData(Roles.Inspector)]
    public async Task People_outside_promotion_and_the_office_cannot_open_or_export_the_report(string role)
    {
        int? producer = role == Roles.Producer ? await Site.DbAsync(db => db.Producers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()) : null;
        var (client, _) = await Site.CreateSignedInClientAsync(role, producer);
        using var _c = client;
        var before = await Site.DbAsync(db => db.ReportExports.CountAsync());
        foreach (var url in new[] { "/admin/bao-cao-thang", "/admin/bao-cao-thang/in?thang=2026-11", "/admin/bao-cao-thang/xlsx?thang=2026-11", "/admin/bao-cao-thang/chi-tieu" })
        {
            var response = await client.GetAsync(url);
            Assert.True(SystemAdmin.SystemAdminTestHelpers.IsDenied(response), $"{role} {url}: {(int)response.StatusCode}");
        }
        Assert.Equal(before, await Site.DbAsync(db => db.ReportExports.CountAsync()));
    }
}

[Collection(Collections.Sqlite)]
public sealed class MonthlyReportExportSqliteTests(SqliteWebFactory site) : MonthlyReportExportTests(site);

[Collection(Collections.Postgres)]
public sealed class MonthlyReportExportPostgresTests(PostgresWebFactory site) : MonthlyReportExportTests(site);
