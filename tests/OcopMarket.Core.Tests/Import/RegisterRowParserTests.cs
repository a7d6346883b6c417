using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Import;
using OcopMarket.Core.Producers;
using static OcopMarket.Core.Tests.Import.RegisterTestData;

namespace OcopMarket.Core.Tests.Import;

public sealed class RegisterRowParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private readonly RegisterFileReader _reader = new();
    private readonly RegisterRowParser _parser = new(Reference());

    private ImportRow Parse(params (string Heading, string Value)[] overrides)
    {
        var sheet = _reader.Read(Csv([Headings, Row(1, overrides)])).Sheet!;
        return _parser.Parse(sheet.Rows[0], Today);
    }

    private static string[] Keys(ImportRow row) => row.Errors.Select(e => e.Key).ToArray();

    [Fact]
    public void A_complete_row_is_read_into_typed_values()
    {
        var row = Parse();

        Assert.True(row.IsValid, string.Join("; ", Keys(row)));
        Assert.Equal("Mật ong hoa nhãn 1", row.ProductName);
        Assert.Equal(ProducerType.Cooperative, row.ProducerType);
        // Signed before the 2025 reform: recorded as the old Thọ Bình, today's unit beside it.
        Assert.Equal("OC15670", row.Commune!.Recorded.Code);
        Assert.Equal("C15667", row.Commune.Today.Code);
        Assert.Equal(1, row.Commune.Province.Id);
        Assert.Equal("1.3", row.Category!.Code);
        Assert.Equal(4, row.Stars);
        Assert.Equal(81.5m, row.Score);
        Assert.Equal(CouncilLevel.Province, row.CouncilLevel);
        Assert.Equal(CriteriaSet.Decision148, row.CriteriaSet);
        Assert.Equal(new DateOnly(2024, 9, 3), row.IssuedOn);
        Assert.Equal(new DateOnly(2027, 9, 2), row.ExpiresOn);
        Assert.True(row.ExpiryDefaulted);
    }

    [Fact]
    public void An_impossible_date_is_an_error_quoting_the_value()
    {
        var row = Parse(("Ngày cấp", "31/02/2023"));

        var error = Assert.Single(row.Errors, e => e.Key == ImportMessages.BadDate);
        Assert.Equal(ImportMessages.ColumnIssuedOn, ((ImportText)error.Arguments[0]).Key);
        Assert.Equal("31/02/2023", error.Arguments[1]);
    }

    [Theory]
    [InlineData("3/9/2024")]
    [InlineData("03-09-2024")]
    [InlineData("2024-09-03")]
    [InlineData("03/09/2024 00:00:00")]
    [InlineData("45538")]
    public void Dates_are_read_in_the_forms_offices_use(string text) =>
        Assert.Equal(new DateOnly(2024, 9, 3), RegisterRowParser.DateOf(text == "45538" ? 45538d : text));

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("bốn")]
    [InlineData("3,5")]
    public void Stars_outside_one_to_five_are_refused(string stars) =>
        Assert.Contains(ImportMessages.BadStars, Keys(Parse(("Hạng sao", stars), ("Điểm", ""))));

    [Fact]
    public void One_and_two_stars_exist_only_under_decision_1048()
    {
        var under148 = Parse(("Hạng sao", "2"), ("Điểm", "40"), ("Cấp hội đồng", "Huyện"), ("Bộ tiêu chí", "148"), ("Ngày cấp", "10/03/2023"));
        Assert.Contains(ImportMessages.LowStarsNeed1048, Keys(under148));

        var under1048 = Parse(("Hạng sao", "2"), ("Điểm", "40"), ("Cấp hội đồng", "Huyện"), ("Bộ tiêu chí", "1048/QĐ-TTg"), ("Ngày cấp", "10/03/2021"));
        Assert.True(under1048.IsValid, string.Join("; ", Keys(under1048)));
        Assert.Equal(CriteriaSet.Decision1048, under1048.CriteriaSet);
    }

    [Fact]
    public void Without_a_criteria_set_the_decision_date_chooses_it()
    {
        var old = Parse(("Bộ tiêu chí", ""), ("Hạng sao", "3"), ("Điểm", "55"), ("Cấp hội đồng", "Huyện"), ("Ngày cấp", "10/03/2021"));
        Assert.Equal(CriteriaSet.Decision1048, old.CriteriaSet);
        Assert.True(old.CriteriaSetInferred);
        Assert.Equal(CriteriaSet.Decision148, Parse(("Bộ tiêu chí", "")).CriteriaSet);
    }

    [Fact]
    public void A_score_must_give_the_stars_written()
    {
        var row = Parse(("Hạng sao", "4"), ("Điểm", "65"));
        var error = Assert.Single(row.Errors);
        Assert.Equal(ImportMessages.ScoreMismatch, error.Key);
        Assert.Equal([3, 4], error.Arguments.Skip(1).Cast<int>());

        Assert.Contains(ImportMessages.BadScore, Keys(Parse(("Điểm", "120"))));
        Assert.Contains(ImportMessages.ScoreNotRanked, Keys(Parse(("Hạng sao", "3"), ("Điểm", "45"))));
        Assert.True(Parse(("Điểm", "")).IsValid);
    }

    [Theory]
    [InlineData("Huyện", "4", "78", "10/05/2023", false)] // Decision 148: a district grants 3★ only
    [InlineData("Huyện", "3", "60", "10/05/2023", true)]
    [InlineData("Tỉnh", "5", "92", "10/05/2023", false)]  // 5★ is the centre's
    [InlineData("Trung ương", "5", "92", "10/05/2023", true)]
    [InlineData("Huyện", "3", "60", "10/08/2025", false)] // Decision 1489: no district councils
    [InlineData("Tỉnh", "3", "60", "10/08/2025", true)]
    [InlineData("Cấp tỉnh", "4", "78", "10/08/2025", true)]
    public void The_council_must_have_been_allowed_to_grant_the_rank_on_that_date(string council, string stars, string score, string date, bool allowed)
    {
        var row = Parse(("Cấp hội đồng", council), ("Hạng sao", stars), ("Điểm", score), ("Ngày cấp", date));
        Assert.Equal(!allowed, Keys(row).Contains(ImportMessages.CouncilNotAllowed));
    }

    [Fact]
    public void Old_commune_names_are_read_in_the_era_of_the_decision()
    {
        // Before July 2025: "Bình Sơn" is the old commune, today part of Xã Thọ Bình.
        var old = Parse(("Xã/phường", "xa binh son"), ("Ngày cấp", "10/05/2023"));
        Assert.True(old.IsValid, string.Join("; ", Keys(old)));
        Assert.Equal("OC15769", old.Commune!.Recorded.Code);
        Assert.Equal("C15667", old.Commune.Today.Code);
        Assert.Equal(30, old.Commune.DistrictId);

        // A bare code that exists in both eras: the era of the decision wins.
        Assert.Equal("OC15667", Parse(("Xã/phường", "15667"), ("Ngày cấp", "10/05/2023")).Commune!.Recorded.Code);
        Assert.Equal("C15667", Parse(("Xã/phường", "15667"), ("Ngày cấp", "10/08/2025"), ("Hạng sao", "3"), ("Điểm", "60")).Commune!.Recorded.Code);
        Assert.Equal("OC15667", Parse(("Xã/phường", "OC15667"), ("Ngày cấp", "10/08/2025"), ("Hạng sao", "3"), ("Điểm", "60")).Commune!.Recorded.Code);
    }

    [Fact]
    public void A_merged_province_leads_to_todays()
    {
        var reference = Reference();
        Assert.Equal("P51", reference.Province("Kon Tum")!.Code);
        Assert.Equal("P38", reference.Province("TỈNH THANH HOÁ".Replace("HOÁ", "HÓA"))!.Code);
        Assert.Equal("P38", reference.Province("38")!.Code);
        Assert.Null(reference.Province("Atlantis"));
    }

    [Fact]
    public void Unknown_and_ambiguous_communes_are_errors()
    {
        Assert.Contains(ImportMessages.UnknownCommune, Keys(Parse(("Xã/phường", "Hòa Cư"))));
        Assert.Contains(ImportMessages.UnknownProvince, Keys(Parse(("Tỉnh", "Atlantis"))));
        Assert.Contains(ImportMessages.AmbiguousCommune, Keys(Parse(("Xã/phường", "Tân Lập"), ("Ngày cấp", "10/05/2023"))));
    }

    [Fact]
    public void Product_groups_by_code_or_name()
    {
        Assert.Equal("1.3", Parse(("Nhóm sản phẩm", "Mật ong và sản phẩm từ mật ong")).Category!.Code);
        Assert.Equal("4.1", Parse(("Nhóm sản phẩm", "4.1 - Gỗ, mây tre đan")).Category!.Code);
        Assert.Equal("1", Parse(("Nhóm sản phẩm", "thuc pham")).Category!.Code);
        Assert.Contains(ImportMessages.UnknownCategory, Keys(Parse(("Nhóm sản phẩm", "9.9"))));
    }

    [Theory]
    [InlineData("HTX", "x", ProducerType.Cooperative)]
    [InlineData("Doanh nghiệp", "x", ProducerType.Enterprise)]
    [InlineData("Hộ kinh doanh", "x", ProducerType.HouseholdBusiness)]
    [InlineData("Tổ hợp tác", "x", ProducerType.CooperativeGroup)]
    [InlineData("", "Công ty TNHH Đặc sản Mẫu Sơn", ProducerType.Enterprise)]
    [InlineData("", "Hộ kinh doanh Lê Thị Mai", ProducerType.HouseholdBusiness)]
    public void Producer_type_from_the_column_or_the_name(string type, string name, ProducerType expected) =>
        Assert.Equal(expected, Parse(("Loại hình chủ thể", type), ("Chủ thể", name)).ProducerType);

    [Fact]
    public void Missing_fields_are_each_reported()
    {
        var row = Parse(("Tên sản phẩm", ""), ("Số quyết định", " "), ("Cơ quan cấp", ""), ("Chủ thể", "Ông Nguyễn Văn A"), ("Loại hình chủ thể", ""));
        var missing = row.Errors.Where(e => e.Key == ImportMessages.Required).Select(e => ((ImportText)e.Arguments[0]).Key).ToList();
        Assert.Equal([ImportMessages.ColumnProductName, ImportMessages.ColumnProducerType, ImportMessages.ColumnDecision, ImportMessages.ColumnIssuingBody], missing);
    }

    [Fact]
    public void Expiry_must_follow_the_issue_date_and_the_issue_date_must_not_be_in_the_future()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), Parse(("Ngày hết hạn", "31/12/2026")).ExpiresOn);
        Assert.Contains(ImportMessages.ExpiryBeforeIssue, Keys(Parse(("Ngày hết hạn", "01/01/2024"))));
        Assert.Contains(ImportMessages.IssuedInFuture, Keys(Parse(("Ngày cấp", "01/12/2026"))));
    }
}
