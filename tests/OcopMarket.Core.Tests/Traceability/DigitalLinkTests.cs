using OcopMarket.Core.Traceability;

namespace OcopMarket.Core.Tests.Traceability;

public sealed class DigitalLinkTests
{
    // 893 + 8888 + 000001 with its check digit: a seeded-style Vietnamese GTIN-13.
    private const string Gtin13 = "8938888000015";
    private const string Gtin14 = "0" + Gtin13;

    [Fact]
    public void The_test_gtin_is_valid() => Assert.True(Catalog.Gtin.IsValid(Gtin13));

    [Theory]
    [InlineData("/01/08938888000015", null, null)]
    [InlineData("/01/08938888000015/10/LOT-2026.01", "LOT-2026.01", null)]
    [InlineData("/01/08938888000015/10/L1/21/AB12cd", "L1", "AB12cd")]
    [InlineData("/01/08938888000015/21/SER_9", null, "SER_9")]
    [InlineData("01/08938888000015/10/L1/", "L1", null)]
    public void Valid_forms_are_read(string path, string? lot, string? serial)
    {
        var r = DigitalLink.Parse(path, null);
        Assert.True(r.IsValid, r.Error.ToString());
        Assert.Equal(Gtin14, r.Gtin14);
        Assert.Equal(lot, r.Lot);
        Assert.Equal(serial, r.Serial);
        Assert.Null(r.Expiry);
    }

    [Theory]
    [InlineData("96385074", "00000096385074")]      // GTIN-8
    [InlineData("036000291452", "00036000291452")]  // GTIN-12 (UPC-A)
    [InlineData(Gtin13, Gtin14)]                    // GTIN-13
    [InlineData("00012345600012", "00012345600012")] // GTIN-14
    public void Short_gtins_are_normalised_to_14_digits(string gtin, string expected)
    {
        var r = DigitalLink.Parse($"/01/{gtin}/10/A1", null);
        Assert.True(r.IsValid);
        Assert.Equal(expected, r.Gtin14);
        Assert.Equal($"/01/{expected}/10/A1", r.CanonicalPath);
    }

    [Theory]
    [InlineData("", DigitalLinkError.Empty)]
    [InlineData(null, DigitalLinkError.Empty)]
    [InlineData("/", DigitalLinkError.Empty)]
    [InlineData("/02/08938888000015", DigitalLinkError.UnknownAi)]
    [InlineData("/san-pham/abc", DigitalLinkError.UnknownAi)]
    [InlineData("/01/08938888000015/22/X", DigitalLinkError.UnknownAi)]
    [InlineData("/01/08938888000015/10/L1/17/261231", DigitalLinkError.UnknownAi)]
    [InlineData("/01/08938888000015/10/L1/235/X", DigitalLinkError.UnknownAi)]
    [InlineData("/10/L1/01/08938888000015", DigitalLinkError.WrongOrder)]
    [InlineData("/21/S1", DigitalLinkError.WrongOrder)]
    [InlineData("/01/08938888000015/21/S1/10/L1", DigitalLinkError.WrongOrder)]
    [InlineData("/01/08938888000015/10/L1/10/L2", DigitalLinkError.WrongOrder)]
    [InlineData("/01/08938888000015/21/S1/21/S2", DigitalLinkError.WrongOrder)]
    [InlineData("/01/08938888000015/01/08938888000015", DigitalLinkError.WrongOrder)]
    [InlineData("/01", DigitalLinkError.MissingValue)]
    [InlineData("/01/08938888000015/10", DigitalLinkError.MissingValue)]
    [InlineData("/01/08938888000014", DigitalLinkError.BadCheckDigit)]
    [InlineData("/01/8938888000014", DigitalLinkError.BadCheckDigit)]
    [InlineData("/01/96385075", DigitalLinkError.BadCheckDigit)]
    [InlineData("/01/1234567", DigitalLinkError.BadGtinLength)]
    [InlineData("/01/12345678901", DigitalLinkError.BadGtinLength)]
    [InlineData("/01/123456789012345", DigitalLinkError.BadGtinLength)]
    [InlineData("/01/89388880000AB", DigitalLinkError.BadGtin)]
    [InlineData("/01/%38938888000015", DigitalLinkError.BadGtin)]
    [InlineData("/01/08938888000015/10/ABCDEFGHIJKLMNOPQRSTU", DigitalLinkError.BadLot)]  // 21 characters
    [InlineData("/01/08938888000015/10/%", DigitalLinkError.BadLot)]
    [InlineData("/01/08938888000015/10/A%2", DigitalLinkError.BadLot)]
    [InlineData("/01/08938888000015/10/A%ZZ", DigitalLinkError.BadLot)]
    [InlineData("/01/08938888000015/10/A%20B", DigitalLinkError.BadLot)]   // space is not in CSET 82
    [InlineData("/01/08938888000015/10/L%C3%B4", DigitalLinkError.BadLot)] // "Lô"
    [InlineData("/01/08938888000015/10/Lô", DigitalLinkError.BadLot)]
    [InlineData("/01/08938888000015/10//21/S1", DigitalLinkError.BadLot)]
    [InlineData("/01/08938888000015/21/S~1", DigitalLinkError.BadSerial)]
    [InlineData("/01/08938888000015/10/L1/21/123456789012345678901", DigitalLinkError.BadSerial)]
    [InlineData("/01/08938888000015/21/%3", DigitalLinkError.BadSerial)]
    public void Invalid_paths_give_a_precise_error(string? path, DigitalLinkError expected)
    {
        var r = DigitalLink.Parse(path, null);
        Assert.False(r.IsValid);
        Assert.Equal(expected, r.Error);
        Assert.Null(r.Gtin14);
        Assert.Null(r.CanonicalPath);
    }

    [Fact]
    public void Twelve_digits_with_a_wrong_check_digit_is_a_check_digit_error()
    {
        // 12 digits is a GTIN-12 length: the error is the check digit, length is only reported for lengths GS1 never uses.
        Assert.Equal(DigitalLinkError.BadCheckDigit, DigitalLink.Parse("/01/893888800001").Error);
    }

    [Theory]
    [InlineData("A/B", "/01/08938888000015/10/A%2FB")]
    [InlineData("50%", "/01/08938888000015/10/50%25")]
    [InlineData("x&y=z?", "/01/08938888000015/10/x%26y%3Dz%3F")]
    [InlineData("!\"'()*+,:;<>", "/01/08938888000015/10/%21%22%27%28%29%2A%2B%2C%3A%3B%3C%3E")]
    [InlineData("Lot-1.2_3", "/01/08938888000015/10/Lot-1.2_3")]
    public void Percent_encoding_round_trips(string lot, string expectedPath)
    {
        var path = DigitalLink.Format(Gtin13, lot, "S/1");
        Assert.Equal(expectedPath + "/21/S%2F1", path);
        var r = DigitalLink.Parse(path, null);
        Assert.True(r.IsValid, r.Error.ToString());
        Assert.Equal(lot, r.Lot);
        Assert.Equal("S/1", r.Serial);
    }

    [Fact]
    public void Lowercase_percent_escapes_are_accepted()
    {
        var r = DigitalLink.Parse("/01/08938888000015/10/a%2fb", null);
        Assert.Equal("a/b", r.Lot);
    }

    [Fact]
    public void Format_produces_each_canonical_form()
    {
        Assert.Equal("/01/08938888000015", DigitalLink.Format(Gtin13));
        Assert.Equal("/01/08938888000015/10/L1", DigitalLink.Format(Gtin14, "L1"));
        Assert.Equal("/01/08938888000015/21/S1", DigitalLink.Format(Gtin14, serial: "S1"));
        Assert.Equal("/01/08938888000015/10/L1/21/S1?17=261231", DigitalLink.Format(Gtin14, "L1", "S1", new DateOnly(2026, 12, 31)));
    }

    [Theory]
    [InlineData("8938888000014", null, null)]
    [InlineData(Gtin13, "", null)]
    [InlineData(Gtin13, "ABCDEFGHIJKLMNOPQRSTU", null)]
    [InlineData(Gtin13, null, "a b")]
    public void Format_refuses_what_it_cannot_encode(string gtin, string? lot, string? serial) =>
        Assert.Throws<ArgumentException>(() => DigitalLink.Format(gtin, lot, serial));

    [Theory]
    [InlineData("?17=261231", 2026, 12, 31)]
    [InlineData("17=270115", 2027, 1, 15)]
    [InlineData("?17=270200", 2027, 2, 28)]   // DD = 00: last day of the month
    [InlineData("?17=280200", 2028, 2, 29)]   // leap year
    [InlineData("?17=261100", 2026, 11, 30)]
    [InlineData("?utm_source=qr&17=260131&x=1", 2026, 1, 31)]
    public void Expiry_is_read_from_ai_17(string query, int y, int m, int d)
    {
        var r = DigitalLink.Parse("/01/08938888000015/10/L1", query);
        Assert.True(r.IsValid, r.Error.ToString());
        Assert.Equal(new DateOnly(y, m, d), r.Expiry);
    }

    [Theory]
    [InlineData("?17=")]
    [InlineData("?17")]
    [InlineData("?17=26123")]
    [InlineData("?17=2612311")]
    [InlineData("?17=261301")]
    [InlineData("?17=260001")]
    [InlineData("?17=260230")]
    [InlineData("?17=270229")]
    [InlineData("?17=26-1-1")]
    public void A_bad_expiry_is_an_error(string query) =>
        Assert.Equal(DigitalLinkError.BadExpiry, DigitalLink.Parse("/01/08938888000015/10/L1", query).Error);

    [Fact]
    public void Other_query_parameters_are_ignored()
    {
        var r = DigitalLink.Parse("/01/08938888000015", "?linkType=gs1:pip&lang=vi");
        Assert.True(r.IsValid);
        Assert.Null(r.Expiry);
    }

    [Theory]
    [InlineData("https://ocop.example.vn/01/08938888000015/10/L1/21/S1?17=261231")]
    [InlineData("http://localhost:5000/01/8938888000015/10/L1/21/S1?17=261231#top")]
    [InlineData("https://id.gs1.org/some/prefix/01/08938888000015/10/L1/21/S1?17=261231")]
    [InlineData("  /01/08938888000015/10/L1/21/S1?17=261231 ")]
    [InlineData("01/08938888000015/10/L1/21/S1?17=261231")]
    public void Pasted_urls_are_read(string text)
    {
        var r = DigitalLink.ParseUrl(text);
        Assert.True(r.IsValid, r.Error.ToString());
        Assert.Equal((Gtin14, "L1", "S1", new DateOnly(2026, 12, 31)), (r.Gtin14, r.Lot, r.Serial, r.Expiry));
    }

    [Theory]
    [InlineData("", DigitalLinkError.Empty)]
    [InlineData("https://ocop.example.vn", DigitalLinkError.Empty)]
    [InlineData("https://ocop.example.vn/san-pham/mat-ong", DigitalLinkError.UnknownAi)]
    [InlineData("hello world", DigitalLinkError.UnknownAi)]
    public void Pasted_nonsense_gives_an_error(string text, DigitalLinkError expected) =>
        Assert.Equal(expected, DigitalLink.ParseUrl(text).Error);
}
