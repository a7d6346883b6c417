using System.Text;
using System.Text.RegularExpressions;
using OcopMarket.Core.Common;

namespace OcopMarket.Core.Certification.Import;

/// <summary>The columns of an office's OCOP register, whatever their heading in the spreadsheet.</summary>
public enum RegisterColumn
{
    RowNo,
    ProductName,
    ProducerName,
    ProducerType,
    Commune,
    Province,
    Category,
    Stars,
    Score,
    CouncilLevel,
    CriteriaSet,
    DecisionNumber,
    IssuingBody,
    IssuedOn,
    ExpiresOn,
}

/// <summary>
/// Headings as offices write them. A heading is matched folded (no diacritics), case-insensitive,
/// without punctuation and without a bracketed note, so "Xã/phường", "XA PHUONG" and
/// "Ngày cấp (dd/mm/yyyy)" all match.
/// </summary>
public static partial class RegisterColumns
{
    public sealed record ColumnInfo(RegisterColumn Column, string Heading, string MessageName, bool Required, string Example, string[] Aliases);

    /// <summary>In template order. <see cref="ColumnInfo.Heading"/> is what the template writes.</summary>
    public static readonly IReadOnlyList<ColumnInfo> All =
    [
        new(RegisterColumn.RowNo, "STT", ImportMessages.ColumnRowNo, false, "1", ["stt", "tt", "sothutu", "so", "no", "number"]),
        new(RegisterColumn.ProductName, "Tên sản phẩm", ImportMessages.ColumnProductName, true, "Mật ong hoa rừng Bình Sơn",
            ["tensanpham", "sanpham", "tensp", "tensanphamocop", "sanphamocop", "productname", "product"]),
        new(RegisterColumn.ProducerName, "Chủ thể", ImportMessages.ColumnProducer, true, "HTX Nông nghiệp Bình Sơn",
            ["chuthe", "tenchuthe", "chutheocop", "chuthesanxuat", "tenchuthesanxuat", "chuthesohuu", "tenhtxdoanhnghiep", "producer", "producername"]),
        new(RegisterColumn.ProducerType, "Loại hình chủ thể", ImportMessages.ColumnProducerType, false, "HTX",
            ["loaihinhchuthe", "loaihinh", "loaichuthe", "loaihinhtochuc", "producertype"]),
        new(RegisterColumn.Commune, "Xã/phường", ImportMessages.ColumnCommune, true, "Bình Sơn",
            ["xaphuong", "xa", "phuong", "xaphuongthitran", "xaphuongdackhu", "maxa", "tenxa", "donvihanhchinh", "commune", "ward", "communeward"]),
        new(RegisterColumn.Province, "Tỉnh", ImportMessages.ColumnProvince, true, "Thanh Hóa",
            ["tinh", "tinhthanhpho", "tinhthanh", "tinhtp", "tentinh", "province"]),
        new(RegisterColumn.Category, "Nhóm sản phẩm", ImportMessages.ColumnCategory, true, "1.3",
            ["nhomsanpham", "phannhom", "nhom", "manhom", "phannhomsanpham", "bonhomsanpham", "nhomphannhom", "productgroup", "group", "category"]),
        new(RegisterColumn.Stars, "Hạng sao", ImportMessages.ColumnStars, true, "4",
            ["hangsao", "sosao", "hang", "xephang", "saoocop", "ketquaxephang", "hangsaoocop", "stars", "starrank", "rank"]),
        new(RegisterColumn.Score, "Điểm", ImportMessages.ColumnScore, false, "81,5",
            ["diem", "diemdanhgia", "tongdiem", "diemso", "score"]),
        new(RegisterColumn.CouncilLevel, "Cấp hội đồng", ImportMessages.ColumnCouncil, true, "Tỉnh",
            ["caphoidong", "hoidong", "caphoidongdanhgia", "capdanhgia", "hoidongdanhgia", "capcongnhan", "councillevel", "council"]),
        new(RegisterColumn.CriteriaSet, "Bộ tiêu chí", ImportMessages.ColumnCriteria, false, "148",
            ["botieuchi", "botieuchidanhgia", "quyetdinhbotieuchi", "tieuchi", "criteriaset", "criteria"]),
        new(RegisterColumn.DecisionNumber, "Số quyết định", ImportMessages.ColumnDecision, true, "2156/QĐ-UBND",
            ["soquyetdinh", "quyetdinh", "soqd", "qd", "soquyetdinhcongnhan", "quyetdinhcongnhan", "quyetdinhso", "soqdcongnhan", "decisionnumber", "decision", "decisionno"]),
        new(RegisterColumn.IssuingBody, "Cơ quan cấp", ImportMessages.ColumnIssuingBody, true, "UBND tỉnh Thanh Hóa",
            ["coquancap", "coquanbanhanh", "coquancongnhan", "donvicap", "noicap", "coquanquyetdinh", "issuingbody", "issuedby"]),
        new(RegisterColumn.IssuedOn, "Ngày cấp", ImportMessages.ColumnIssuedOn, true, "03/09/2024",
            ["ngaycap", "ngayquyetdinh", "ngaycongnhan", "ngaybanhanh", "ngaycapgiaychungnhan", "issuedate", "issuedon", "dateofissue"]),
        new(RegisterColumn.ExpiresOn, "Ngày hết hạn", ImportMessages.ColumnExpiresOn, false, "",
            ["ngayhethan", "hethan", "hieulucden", "thoihan", "ngayhethieuluc", "thoihanhieuluc", "expirydate", "expireson", "validuntil"]),
    ];

    private static readonly Dictionary<string, RegisterColumn> ByAlias =
        All.SelectMany(c => c.Aliases.Select(a => (a, c.Column))).ToDictionary(x => x.a, x => x.Column);

    public static ColumnInfo Info(RegisterColumn column) => All[(int)column];

    /// <summary>The column a heading names, or null for a column the import does not use.</summary>
    public static RegisterColumn? Match(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading)) return null;
        return ByAlias.TryGetValue(Key(heading), out var column) ? column : null;
    }

    /// <summary>Folded, lower-case letters and digits only, without a bracketed note.</summary>
    public static string Key(string text)
    {
        var withoutNote = Bracketed().Replace(text, " ");
        var folded = VietnameseText.Fold(withoutNote).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
        return sb.ToString();
    }

    [GeneratedRegex(@"[\(\[][^\)\]]*[\)\]]")]
    private static partial Regex Bracketed();
}
