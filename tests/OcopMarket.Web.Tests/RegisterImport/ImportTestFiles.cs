using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MiniExcelLibs;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.RegisterImport;

/// <summary>Register files built in the test (CSV as text, XLSX with MiniExcel) and the upload as a browser sends it.</summary>
internal static class ImportTestFiles
{
    public static readonly string[] Headings =
        ["STT", "Tên sản phẩm", "Chủ thể", "Loại hình chủ thể", "Xã/phường", "Tỉnh", "Nhóm sản phẩm", "Hạng sao", "Điểm", "Cấp hội đồng", "Bộ tiêu chí", "Số quyết định", "Cơ quan cấp", "Ngày cấp", "Ngày hết hạn"];

    /// <summary>A valid row for a producer of today's Xã Thọ Bình (Thanh Hóa), 4★ from the province in 2024.</summary>
    public static Dictionary<string, object?> Row(int no, string tag, params (string Heading, object? Value)[] overrides)
    {
        var row = new Dictionary<string, object?>
        {
            ["STT"] = no.ToString(),
            ["Tên sản phẩm"] = $"Mật ong thử nghiệm {tag} {no}",
            ["Chủ thể"] = $"HTX Ong mật thử nghiệm {tag}",
            ["Loại hình chủ thể"] = "HTX",
            ["Xã/phường"] = "Thọ Bình",
            ["Tỉnh"] = "Thanh Hóa",
            ["Nhóm sản phẩm"] = "1.3",
            ["Hạng sao"] = "4",
            ["Điểm"] = "81,5",
            ["Cấp hội đồng"] = "Tỉnh",
            ["Bộ tiêu chí"] = "148",
            ["Số quyết định"] = $"{tag}-{no}/QĐ-UBND",
            ["Cơ quan cấp"] = "UBND tỉnh Thanh Hóa",
            ["Ngày cấp"] = "03/09/2024",
            ["Ngày hết hạn"] = "",
        };
        foreach (var (h, v) in overrides) row[h] = v;
        return row;
    }

    public static byte[] Csv(IEnumerable<Dictionary<string, object?>> rows, char separator = ';')
    {
        var sb = new StringBuilder(string.Join(separator, Headings)).Append("\r\n");
        foreach (var row in rows)
            sb.Append(string.Join(separator, Headings.Select(h => Quote(Convert.ToString(row[h], System.Globalization.CultureInfo.InvariantCulture) ?? "", separator)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var ms = new MemoryStream();
        MiniExcel.SaveAs(ms, rows.ToList(), excelType: ExcelType.XLSX);
        return ms.ToArray();
    }

    private static string Quote(string value, char separator) =>
        value.Contains(separator) || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    /// <summary>Posts the upload form of /admin/nhap-so with <paramref name="content"/> as the file, as a browser would (token included).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] content, string fileName)
    {
        var page = await client.GetDocumentAsync("/admin/nhap-so");
        var form = page.QuerySelector<IHtmlFormElement>("form#upload-form") ?? throw new InvalidOperationException("No upload form.");
        var token = form.QuerySelector<IHtmlInputElement>($"input[name='{SiteTestHelpers.AntiforgeryField}']")?.Value
            ?? throw new InvalidOperationException("The upload form carries no antiforgery token.");
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(token), SiteTestHelpers.AntiforgeryField);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        body.Add(file, "file", fileName);
        return await client.PostAsync(new Uri(form.Action, UriKind.RelativeOrAbsolute), body);
    }

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response) =>
        await SiteTestHelpers.ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage?.RequestUri ?? new Uri("http://localhost/"));
}
