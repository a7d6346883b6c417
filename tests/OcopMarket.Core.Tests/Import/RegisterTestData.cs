using System.Text;
using MiniExcelLibs;
using OcopMarket.Core.Certification.Import;
using OcopMarket.Core.Places;

namespace OcopMarket.Core.Tests.Import;

/// <summary>A small slice of the real unit list (GSO codes) and the OCOP groups, and helpers that build register files.</summary>
internal static class RegisterTestData
{
    public static RegisterReferenceData Reference() => new(
    [
        new UnitRef(1, "P38", "Tỉnh Thanh Hóa", AdminUnitLevel.Province, null, null),
        new UnitRef(2, "P20", "Tỉnh Lạng Sơn", AdminUnitLevel.Province, null, null),
        new UnitRef(3, "OP62", "Tỉnh Kon Tum", AdminUnitLevel.Province, null, 4),
        new UnitRef(4, "P51", "Tỉnh Quảng Ngãi", AdminUnitLevel.Province, null, null),
        // Today's Xã Thọ Bình (C15667) took in old Thọ Sơn (same code, OC15667), old Thọ Bình and old Bình Sơn.
        new UnitRef(10, "C15667", "Xã Thọ Bình", AdminUnitLevel.Commune, 1, null),
        new UnitRef(11, "OC15667", "Xã Thọ Sơn", AdminUnitLevel.Commune, null, 10),
        new UnitRef(12, "OC15670", "Xã Thọ Bình", AdminUnitLevel.Commune, 30, 10),
        new UnitRef(13, "OC15769", "Xã Bình Sơn", AdminUnitLevel.Commune, 30, 10),
        new UnitRef(14, "C06223", "Xã Hòa Cư", AdminUnitLevel.Commune, 2, null),
        // Another Bình Sơn, in Lạng Sơn, and two old units of one name in one province (ambiguous).
        new UnitRef(15, "C06100", "Xã Bình Sơn", AdminUnitLevel.Commune, 2, null),
        new UnitRef(16, "OC15001", "Xã Tân Lập", AdminUnitLevel.Commune, null, 10),
        new UnitRef(17, "OC15002", "Xã Tân Lập", AdminUnitLevel.Commune, null, 18),
        new UnitRef(18, "C15700", "Xã Triệu Sơn", AdminUnitLevel.Commune, 1, null),
        new UnitRef(30, "OD-trieu-son", "Huyện Triệu Sơn", AdminUnitLevel.District, 1, null),
    ],
    [
        new CategoryRef(100, "1", "Thực phẩm", null),
        new CategoryRef(101, "1.3", "Mật ong và sản phẩm từ mật ong", 100),
        new CategoryRef(102, "4.1", "Gỗ, mây tre đan", 103),
        new CategoryRef(103, "4", "Thủ công mỹ nghệ", null),
    ]);

    public static readonly string[] Headings =
        ["STT", "Tên sản phẩm", "Chủ thể", "Loại hình chủ thể", "Xã/phường", "Tỉnh", "Nhóm sản phẩm", "Hạng sao", "Điểm", "Cấp hội đồng", "Bộ tiêu chí", "Số quyết định", "Cơ quan cấp", "Ngày cấp", "Ngày hết hạn"];

    /// <summary>A valid row in heading order, with overrides by heading.</summary>
    public static string[] Row(int no, params (string Heading, string Value)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            ["STT"] = no.ToString(),
            ["Tên sản phẩm"] = "Mật ong hoa nhãn " + no,
            ["Chủ thể"] = "HTX Ong mật Thọ Bình",
            ["Loại hình chủ thể"] = "HTX",
            ["Xã/phường"] = "Thọ Bình",
            ["Tỉnh"] = "Thanh Hóa",
            ["Nhóm sản phẩm"] = "1.3",
            ["Hạng sao"] = "4",
            ["Điểm"] = "81,5",
            ["Cấp hội đồng"] = "Tỉnh",
            ["Bộ tiêu chí"] = "148",
            ["Số quyết định"] = $"{2000 + no}/QĐ-UBND",
            ["Cơ quan cấp"] = "UBND tỉnh Thanh Hóa",
            ["Ngày cấp"] = "03/09/2024",
            ["Ngày hết hạn"] = "",
        };
        foreach (var (h, v) in overrides) values[h] = v;
        return Headings.Select(h => values[h]).ToArray();
    }

    public static byte[] Csv(IEnumerable<string[]> rows, char separator = ',', bool bom = true)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
            sb.Append(string.Join(separator, row.Select(v => v.Contains(separator) || v.Contains('"') ? "\"" + v.Replace("\"", "\"\"") + "\"" : v))).Append("\r\n");
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        return bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    /// <summary>An .xlsx whose first row is the headings; values may be strings, numbers or DateTime (a real Excel date).</summary>
    public static byte[] Xlsx(IReadOnlyList<string> headings, IEnumerable<object?[]> rows)
    {
        var sheet = rows.Select(r =>
        {
            var d = new Dictionary<string, object?>();
            for (var i = 0; i < headings.Count; i++) d[headings[i]] = i < r.Length ? r[i] : null;
            return d;
        }).ToList();
        using var ms = new MemoryStream();
        MiniExcel.SaveAs(ms, sheet, excelType: ExcelType.XLSX);
        return ms.ToArray();
    }
}
