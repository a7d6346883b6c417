using System.Globalization;

namespace OcopMarket.Web.Tests.Search.Relevance;

/// <summary>How a case judges the results.</summary>
public enum Expectation
{
    /// <summary>The first slug is hit #1 and every listed slug is in the top N.</summary>
    First,
    /// <summary>Every listed slug is in the top N, in any order.</summary>
    Top,
    /// <summary>No hit at all.</summary>
    None,
    /// <summary>SuggestAsync: every listed product (/san-pham/slug) is among the first N product suggestions.</summary>
    Suggest,
}

/// <param name="Id">Row number in the table (stable test name).</param>
/// <param name="Database">True where the database provider supports the case: its hits must contain the listed products (or be empty for "none"), in any order (it has no text ranking).</param>
public sealed record RelevanceCase(int Id, string Query, Expectation Expect, IReadOnlyList<string> Slugs, int TopN, bool Database, string Note)
{
    public override string ToString() => $"{Id:00} \"{Query}\"";
}

/// <summary>
/// The relevance set: Vietnamese queries against the seeded demo catalogue (21 products, see
/// src/OcopMarket.Core/Seeding/DemoCatalog.cs), judged on 25 November 2026.
///
/// Columns: query | expectation (first: / top: / none / suggest:) with product slugs | N | db | note.
///   first: a, b   a is the first hit, a and b are in the top N
///   top: a, b     a and b are in the top N, any order
///   none          no hit at all
///   suggest: a    SuggestAsync(query, 8): /san-pham/a is among the first N product suggestions
///   db = yes      the database fallback must find the products too (membership only: it has no
///                 relevance order, no fuzzy matching, and matches only product name, English name and
///                 short description); db = no: measured and reported, not asserted.
/// Places: Minh Sơn lies in today's Xã Triệu Sơn; Bình Sơn in today's Xã Thọ Bình; Bảo Lâm (Mẫu Sơn's
/// producer) in Xã Đồng Đăng; Hòa Cư in Xã Công Sơn; Tân Lập and Đắk Ruồng in Xã Kon Braih.
/// </summary>
public static class RelevanceCases
{
    private const string Table = """
        # --- the same words with and without diacritics, any case --------------------------------------------------------------------------------
        mật ong                  | top: mat-ong-binh-son, mat-ong-rung-kon-ray                                  | 2 | yes | the two honeys before the pollen (same subgroup)
        mat ong                  | top: mat-ong-binh-son, mat-ong-rung-kon-ray                                  | 2 | yes | without diacritics
        MẬT ONG                  | top: mat-ong-binh-son, mat-ong-rung-kon-ray                                  | 2 | yes | upper case
        Mat Ong                  | top: mat-ong-binh-son, mat-ong-rung-kon-ray                                  | 2 | yes | title case, no diacritics
        hồng không hạt           | first: hong-khong-hat-bao-lam                                                | 1 | yes |
        hong khong hat           | first: hong-khong-hat-bao-lam                                                | 1 | yes |
        trà xanh                 | first: tra-xanh-tay-son                                                      | 1 | yes |
        tra xanh                 | first: tra-xanh-tay-son                                                      | 1 | yes |
        cà phê                   | first: ca-phe-robusta-kon-ray                                                | 1 | yes |
        ca phe                   | first: ca-phe-robusta-kon-ray                                                | 1 | yes |
        rượu                     | top: ruou-mau-son-men-la, ruou-nep-tho-binh                                  | 2 | yes |
        ruou                     | top: ruou-mau-son-men-la, ruou-nep-tho-binh                                  | 2 | yes |
        thổ cẩm                  | top: khan-tho-cam-xo-dang, trai-nghiem-det-tho-cam-kon-rlong                 | 2 | yes |
        tho cam                  | top: khan-tho-cam-xo-dang, trai-nghiem-det-tho-cam-kon-rlong                 | 2 | yes |
        lan                      | first: lan-kim-diep-kon-ray                                                  | 1 | no  | a whole word: not lạnh, Lạng, làng (the database matches substrings)
        thổ cẫm                  | top: khan-tho-cam-xo-dang, trai-nghiem-det-tho-cam-kon-rlong                 | 2 | yes | wrong tone mark on cẩm: folds to the same word
        # --- units of meaning ------------------------------------------------------------------------------------------------------------------------
        sâm dây                  | first: sam-day-kon-ray                                                       | 1 | yes |
        bánh gai                 | first: banh-gai-minh-son                                                     | 1 | yes |
        banh trang               | first: banh-trang-nuoc-dua-tay-son                                           | 1 | yes | its certificate was revoked: still found, just no badge
        gạo nếp                  | first: gao-nep-cai-hoa-vang-tho-binh                                         | 2 | yes | the rice before the rice wine (nếp in its description)
        nếp cái hoa vàng         | first: gao-nep-cai-hoa-vang-tho-binh, ruou-nep-tho-binh                      | 2 | yes | the wine's short description is "Rượu nếp cái hoa vàng"
        tinh dầu                 | first: tinh-dau-hoi-mau-son                                                  | 1 | yes |
        hoa hồi                  | first: hoa-hoi-kho-cao-loc                                                   | 1 | yes | every word must match: Tinh dầu hồi has no "hoa" anywhere (expectation corrected)
        giỏ mây                  | first: gio-may-dan-tho-tan                                                   | 1 | yes |
        đèn tre                  | first: den-tre-tho-tan                                                       | 1 | yes |
        phấn hoa                 | first: phan-hoa-binh-son                                                     | 1 | yes |
        honey                    | top: mat-ong-binh-son, mat-ong-rung-kon-ray                                  | 2 | yes | English names; the pollen only has the English subgroup name "Honey"
        # --- typos (the database has no fuzzy matching) --------------------------------------------------------------------------------------------
        mat ongg                 | top: mat-ong-binh-son, mat-ong-rung-kon-ray                                  | 2 | no  | one letter too many
        hong khng hat            | first: hong-khong-hat-bao-lam                                                | 1 | no  | a missing letter
        tinh dau hoy             | first: tinh-dau-hoi-mau-son                                                  | 1 | no  | y for i in a 3-letter word
        ca phee                  | first: ca-phe-robusta-kon-ray                                                | 1 | no  |
        bnah gai                 | first: banh-gai-minh-son                                                     | 1 | no  | swapped letters
        tra xanhh                | first: tra-xanh-tay-son                                                      | 1 | no  |
        mât ong rung             | first: mat-ong-rung-kon-ray                                                  | 2 | no  | wrong diacritic (â for ậ), rừng without diacritics
        # --- producers ---------------------------------------------------------------------------------------------------------------------------------
        hòa cư                   | first: hong-khong-hat-bao-lam                                                | 1 | no  | HTX ... Quả sạch Hòa Cư (and the old commune)
        mẫu sơn                  | top: tinh-dau-hoi-mau-son, ruou-mau-son-men-la, hoa-hoi-kho-cao-loc          | 3 | no  | Công ty TNHH Đặc sản Mẫu Sơn: the dried anise has Mẫu Sơn only as producer
        htx nong nghiep binh son | top: mat-ong-binh-son, phan-hoa-binh-son                                     | 2 | no  | not the other "Nông nghiệp" cooperatives (Tân Lập, Thọ Bình)
        lê thị mai               | first: banh-gai-minh-son                                                     | 1 | no  | Hộ kinh doanh Bánh gai Lê Thị Mai
        hầm hô                   | first: tour-sinh-thai-ham-ho                                                 | 1 | yes | in the product name too
        kon rlong                | top: trai-nghiem-det-tho-cam-kon-rlong, khan-tho-cam-xo-dang                 | 2 | no  | Tổ hợp tác Dệt thổ cẩm Kon Rlong
        # --- communes, districts, provinces -----------------------------------------------------------------------------------------------------------
        triệu sơn                | top: mat-ong-binh-son, phan-hoa-binh-son, gio-may-dan-tho-tan, den-tre-tho-tan, gao-nep-cai-hoa-vang-tho-binh, ruou-nep-tho-binh, banh-gai-minh-son | 7 | no | the 7 products of Huyện Triệu Sơn
        trieu son                | top: mat-ong-binh-son, phan-hoa-binh-son, gio-may-dan-tho-tan, den-tre-tho-tan, gao-nep-cai-hoa-vang-tho-binh, ruou-nep-tho-binh, banh-gai-minh-son | 7 | no |
        kon ray                  | top: mat-ong-rung-kon-ray, sam-day-kon-ray, ca-phe-robusta-kon-ray, lan-kim-diep-kon-ray, khan-tho-cam-xo-dang, trai-nghiem-det-tho-cam-kon-rlong | 6 | no | Huyện Kon Rẫy
        tay son                  | top: tra-xanh-tay-son, tre-tay-son, banh-trang-nuoc-dua-tay-son, tour-sinh-thai-ham-ho | 4 | no | Huyện Tây Sơn
        bao lam                  | first: hong-khong-hat-bao-lam, tinh-dau-hoi-mau-son, hoa-hoi-kho-cao-loc, ruou-mau-son-men-la | 4 | no | name first, then Mẫu Sơn's products (Xã Bảo Lâm)
        cao lộc                  | top: hong-khong-hat-bao-lam, tinh-dau-hoi-mau-son, hoa-hoi-kho-cao-loc, ruou-mau-son-men-la | 4 | no | Huyện Cao Lộc
        thọ tân                  | top: gio-may-dan-tho-tan, den-tre-tho-tan                                    | 2 | yes |
        thọ bình                 | top: gao-nep-cai-hoa-vang-tho-binh, ruou-nep-tho-binh                        | 2 | yes | name matches before the honey of Bình Sơn (whose commune is today's Xã Thọ Bình)
        tân lập                  | top: mat-ong-rung-kon-ray, sam-day-kon-ray, ca-phe-robusta-kon-ray, lan-kim-diep-kon-ray | 4 | no | HTX ... Tân Lập in Xã Tân Lập
        đắk ruồng                | top: khan-tho-cam-xo-dang, trai-nghiem-det-tho-cam-kon-rlong                 | 2 | no  | old commune of the weavers
        tây phú                  | first: tour-sinh-thai-ham-ho                                                 | 1 | no  | old commune of Hầm Hô
        # --- OCOP groups -------------------------------------------------------------------------------------------------------------------------------
        thủ công mỹ nghệ         | top: gio-may-dan-tho-tan, den-tre-tho-tan, khan-tho-cam-xo-dang              | 3 | no  | group 4
        do uong                  | top: ruou-mau-son-men-la, ruou-nep-tho-binh                                  | 2 | no  | group 2 (Đồ uống) without diacritics
        sinh vật cảnh            | first: lan-kim-diep-kon-ray                                                  | 1 | no  | group 5
        du lịch                  | top: tour-sinh-thai-ham-ho, trai-nghiem-det-tho-cam-kon-rlong                | 2 | no  | group 6
        # --- several words -------------------------------------------------------------------------------------------------------------------------------
        mật ong rừng             | first: mat-ong-rung-kon-ray                                                  | 1 | yes | Bình Sơn's short description says "hoa rừng" too: the name match wins
        mật ong rừng kon rẫy     | first: mat-ong-rung-kon-ray                                                  | 1 | yes |
        rượu nếp thọ bình        | first: ruou-nep-tho-binh                                                     | 1 | yes |
        trà xanh sao chảo        | first: tra-xanh-tay-son                                                      | 1 | yes | short description
        khăn thổ cẩm xơ đăng     | first: khan-tho-cam-xo-dang                                                  | 1 | yes |
        ruou men la              | first: ruou-mau-son-men-la                                                   | 1 | yes |
        # --- exact diacritics outrank folded-only matches ----------------------------------------------------------------------------------------------
        tré                      | first: tre-tay-son                                                           | 1 | no  | Tré (cured pork) before Đèn tre (bamboo)
        tre                      | first: den-tre-tho-tan                                                       | 1 | no  | and the other way round
        hồi                      | top: tinh-dau-hoi-mau-son, hoa-hoi-kho-cao-loc                               | 2 | no  |
        # --- prefixes (autocomplete) -----------------------------------------------------------------------------------------------------------------------
        mat o                    | suggest: mat-ong-binh-son, mat-ong-rung-kon-ray                              | 2 | no  |
        hong kh                  | suggest: hong-khong-hat-bao-lam                                              | 1 | no  |
        tra x                    | suggest: tra-xanh-tay-son                                                    | 1 | no  |
        thổ c                    | suggest: khan-tho-cam-xo-dang, trai-nghiem-det-tho-cam-kon-rlong             | 2 | no  |
        ca p                     | suggest: ca-phe-robusta-kon-ray                                              | 1 | no  |
        sâm                      | suggest: sam-day-kon-ray                                                     | 1 | no  |
        # --- nothing to find -----------------------------------------------------------------------------------------------------------------------------
        iphone 15 pro max        | none                                                                         | 0 | yes |
        xyzzyq                   | none                                                                         | 0 | yes |
        điện thoại samsung       | none                                                                         | 0 | yes |
        máy giặt                 | none                                                                         | 0 | no  | "may" is also mây (rattan): a washing machine must not find baskets
        """;

    public static readonly IReadOnlyList<RelevanceCase> All = Parse(Table);

    public static IEnumerable<object[]> Ids() => All.Select(c => new object[] { c.Id });

    public static RelevanceCase Get(int id) => All.Single(c => c.Id == id);

    private static List<RelevanceCase> Parse(string table)
    {
        var cases = new List<RelevanceCase>();
        foreach (var raw in table.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cols.Length != 5) throw new FormatException("Relevance case needs 5 columns: " + line);
            var (expect, slugs) = cols[1] switch
            {
                "none" => (Expectation.None, Array.Empty<string>()),
                var s when s.StartsWith("first:", StringComparison.Ordinal) => (Expectation.First, List(s["first:".Length..])),
                var s when s.StartsWith("top:", StringComparison.Ordinal) => (Expectation.Top, List(s["top:".Length..])),
                var s when s.StartsWith("suggest:", StringComparison.Ordinal) => (Expectation.Suggest, List(s["suggest:".Length..])),
                _ => throw new FormatException("Unknown expectation: " + line),
            };
            var db = cols[3] switch { "yes" => true, "no" => false, _ => throw new FormatException("db must be yes or no: " + line) };
            cases.Add(new RelevanceCase(cases.Count + 1, cols[0], expect, slugs, int.Parse(cols[2], CultureInfo.InvariantCulture), db, cols[4]));
        }
        return cases;
    }

    private static string[] List(string s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Judges ranked slugs (search hits or suggested products) against a case; the text says why it failed.</summary>
    public static (bool Pass, string Why) Judge(RelevanceCase c, IReadOnlyList<string> ranked)
    {
        var top = ranked.Take(c.TopN).ToList();
        var missing = c.Slugs.Where(s => !top.Contains(s)).ToList();
        return c.Expect switch
        {
            Expectation.None => ranked.Count == 0 ? (true, "") : (false, $"expected no hit, got {ranked.Count}"),
            Expectation.First when ranked.Count == 0 => (false, "no hit"),
            Expectation.First when ranked[0] != c.Slugs[0] => (false, $"first is {ranked[0]}, expected {c.Slugs[0]}"),
            _ when missing.Count > 0 => (false, $"not in top {c.TopN}: {string.Join(", ", missing)}"),
            _ => (true, ""),
        };
    }
}
