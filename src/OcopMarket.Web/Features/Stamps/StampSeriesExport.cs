using System.Text;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Stamps;

/// <summary>
/// A series as a file for print shops that print the QR codes themselves: one row per stamp with its number, serial and
/// Digital Link (and the lot and GTIN, so a file is self-explanatory). CSV and XLSX both through MiniExcel (the CSV in
/// UTF-8 with a BOM, so Excel reads the Vietnamese headings).
/// </summary>
public sealed class StampSeriesExport(StampSeriesQueries queries, StampLinks links, IStringLocalizer<StampsResource> localizer)
{
    public async Task<(byte[] Content, string ContentType, string FileName)> BuildAsync(StampSeriesInfo series, string? format, CancellationToken ct)
    {
        var stamps = await queries.StampsAsync(series, ct);
        var headings = new[] { localizer["Number"].Value, localizer["Serial"].Value, localizer["Link"].Value, localizer["Lot"].Value, "GTIN" };
        var rows = stamps.Select(s => new object[]
        {
            s.Number, s.Serial, links.Url(series.Gtin, series.LotCode, s.Serial), series.LotCode, series.Gtin,
        }).ToList();
        var name = $"tem-{Safe(series.LotCode)}-{series.FirstNumber:000000}-{series.FirstNumber + series.Count - 1:000000}";
        return string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
            ? (Xlsx(headings, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : (Csv(headings, rows), "text/csv; charset=utf-8", name + ".csv");
    }

    /// <summary>UTF-8 with a BOM, so Excel opens the Vietnamese headings correctly.</summary>
    private byte[] Csv(string[] headings, List<object[]> rows)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetPreamble());
        MiniExcel.SaveAs(stream, Table(headings, rows), excelType: ExcelType.CSV);
        return stream.ToArray();
    }

    private byte[] Xlsx(string[] headings, List<object[]> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new Dictionary<string, object> { [localizer["Stamps"].Value] = Table(headings, rows) },
            configuration: new OpenXmlConfiguration { FastMode = true, EnableAutoWidth = true, MaxWidth = 90, FreezeRowCount = 1, AutoFilter = false });
        return stream.ToArray();
    }

    private static System.Data.DataTable Table(string[] headings, List<object[]> rows)
    {
        var table = new System.Data.DataTable("Stamps");
        table.Columns.Add(headings[0], typeof(int));
        foreach (var h in headings.Skip(1)) table.Columns.Add(h, typeof(string));
        foreach (var row in rows) table.Rows.Add(row);
        return table;
    }

    /// <summary>A lot code made safe for a file name (lot codes are A–Z, 0–9, '-', '.', '_' already; this is belt and braces).</summary>
    private static string Safe(string code) => new(code.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
}
