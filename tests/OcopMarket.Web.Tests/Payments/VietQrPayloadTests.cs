using System.Globalization;
using OcopMarket.Plugin.Payments.VietQR;
using OcopMarket.Plugin.Payments.VietQR.Reconciliation;

namespace OcopMarket.Web.Tests.Payments;

/// <summary>Reads an EMVCo payload back: ID (2 digits), length (2 digits), value, repeated.</summary>
internal static class EmvTlv
{
    public static IReadOnlyDictionary<string, string> Parse(string payload)
    {
        var fields = new Dictionary<string, string>();
        var i = 0;
        while (i < payload.Length)
        {
            Assert.True(i + 4 <= payload.Length, $"truncated field at {i} in {payload}");
            var id = payload.Substring(i, 2);
            var length = int.Parse(payload.Substring(i + 2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            Assert.True(i + 4 + length <= payload.Length, $"field {id} runs past the end of {payload}");
            Assert.False(fields.ContainsKey(id), $"field {id} twice in {payload}");
            fields[id] = payload.Substring(i + 4, length);
            i += 4 + length;
        }
        return fields;
    }
}

/// <summary>The VietQR payload against published vectors (NAPAS' own example, a payment gateway's live code) and field by field.</summary>
public sealed class VietQrPayloadTests
{
    [Fact]
    public void Crc_is_CCITT_FALSE() =>
        // The standard check value of CRC-16/CCITT-FALSE.
        Assert.Equal("29B1", VietQrPayload.Crc16("123456789"));

    [Fact]
    public void Reproduces_the_NAPAS_specification_example_with_bill_number()
    {
        // NAPAS VietQR specification example (Sacombank 970403, 180.000 ₫, bill NPS6869), CRC 2E2E as published.
        var payload = VietQrPayload.Build("970403", "0011012345678", 180000, "thanh toan don hang", "NPS6869");
        Assert.Equal("00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E", payload);
    }

    [Fact]
    public void Reproduces_a_live_payment_gateway_code()
    {
        // A dynamic code issued by a Vietnamese payment gateway (MB 970422, 7.000 ₫, text "TL89 100"), CRC E346.
        var payload = VietQrPayload.Build("970422", "VQRQADAIJ5512", 7000, "TL89 100");
        Assert.Equal("00020101021238570010A000000727012700069704220113VQRQADAIJ55120208QRIBFTTA5303704540470005802VN62120808TL89 1006304E346", payload);
    }

    [Fact]
    public void Every_field_is_where_the_spec_puts_it()
    {
        var payload = VietQrPayload.Build("970436", "1023456789", 1_943_000, "OCP2611254ABCD");
        var root = EmvTlv.Parse(payload);
        Assert.Equal(["00", "01", "38", "53", "54", "58", "62", "63"], root.Keys);
        Assert.Equal("01", root["00"]);
        Assert.Equal("12", root["01"]);
        Assert.Equal("704", root["53"]);
        Assert.Equal("1943000", root["54"]);
        Assert.Equal("VN", root["58"]);

        var merchant = EmvTlv.Parse(root["38"]);
        Assert.Equal("A000000727", merchant["00"]);
        Assert.Equal("QRIBFTTA", merchant["02"]);
        var beneficiary = EmvTlv.Parse(merchant["01"]);
        Assert.Equal("970436", beneficiary["00"]);
        Assert.Equal("1023456789", beneficiary["01"]);

        var additional = EmvTlv.Parse(root["62"]);
        Assert.Equal("OCP2611254ABCD", additional["08"]);
        Assert.False(additional.ContainsKey("01"));

        // The CRC covers everything before it, "6304" included.
        Assert.Equal(VietQrPayload.Crc16(payload[..^4]), root["63"]);
        Assert.Matches("^[0-9A-F]{4}$", root["63"]);
    }

    [Fact]
    public void Vietnamese_text_is_folded_to_what_banking_apps_read()
    {
        var root = EmvTlv.Parse(VietQrPayload.Build("970415", "113366668888", 79000, "Ủng hộ quỹ vắc-xin"));
        Assert.Equal("Ung ho quy vac xin", EmvTlv.Parse(root["62"])["08"]);
    }

    [Theory]
    [InlineData("97043", "1023456789", 1000, "OCP1")]
    [InlineData("970436", "1023 456789", 1000, "OCP1")]
    [InlineData("970436", "12345678901234567890", 1000, "OCP1")]
    [InlineData("970436", "1023456789", 0, "OCP1")]
    [InlineData("970436", "1023456789", 1000, "")]
    [InlineData("970436", "1023456789", 1000, "a text far longer than twenty-five characters")]
    public void Refuses_what_a_bank_would_reject(string bin, string account, long amount, string text) =>
        Assert.ThrowsAny<ArgumentException>(() => VietQrPayload.Build(bin, account, amount, text));

    [Theory]
    [InlineData("CK OCP2611254ABCD", "OCP2611254ABCD")]
    [InlineData("ocp 261125-4abcd thanh toan", "OCP2611254ABCD")]
    [InlineData("MBVCB.123456.OCP-261125-4ABCD.CT tu 0123", "OCP2611254ABCD")]
    [InlineData("Nguyễn Văn A chuyển tiền OCP2611254ABCD", "OCP2611254ABCD")]
    public void Finds_the_order_number_however_it_was_typed(string description, string number) =>
        Assert.Contains(number, TransferMatcher.OrderNumbersIn(description));

    [Fact]
    public void No_order_number_in_an_ordinary_description() =>
        Assert.Empty(TransferMatcher.OrderNumbersIn("Chuyen tien an trua 26/11"));

    [Theory]
    [InlineData("1250000", 1250000)]
    [InlineData("1.250.000", 1250000)]
    [InlineData("1,250,000", 1250000)]
    [InlineData("1 250 000 ₫", 1250000)]
    [InlineData("1,250,000.00", 1250000)]
    [InlineData("1.250.000,00 VND", 1250000)]
    [InlineData("+500000", 500000)]
    public void Reads_statement_amounts(string text, long expected)
    {
        Assert.True(BankStatementReader.TryParseAmount(text, out var amount), text);
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("abc")]
    [InlineData("1.25.000")]
    [InlineData("")]
    public void Refuses_amounts_that_are_not_whole_dong(string text) =>
        Assert.False(BankStatementReader.TryParseAmount(text, out _), text);

    [Fact]
    public void Statement_with_bom_semicolons_and_vietnamese_headers_is_read_and_bad_rows_reported()
    {
        var csv = "\uFEFFNgày;Số tiền;Nội dung;Mã giao dịch\n"
                + "25/11/2026;1.250.000;CK OCP2611254ABCD;FT001\n"
                + "26/11/2026;abc;CK;FT002\n"
                + "32/11/2026;100000;CK;FT003\n"
                + "26/11/2026;100000;CK;\n";
        var result = new BankStatementReader().Read(System.Text.Encoding.UTF8.GetBytes(csv)); // the BOM character encodes as EF BB BF
        Assert.True(result.Readable);
        var row = Assert.Single(result.Rows);
        Assert.Equal(1250000, row.Amount);
        Assert.Equal("FT001", row.Reference);
        Assert.Equal(new DateTime(2026, 11, 25), row.Date);
        Assert.Equal([3, 4, 5], result.Problems.Select(p => p.Line ?? 0));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused()
    {
        var latin1 = new byte[] { (byte)'d', (byte)'a', (byte)'t', (byte)'e', (byte)',', 0xE9, 0xFF, (byte)'\n' };
        var result = new BankStatementReader().Read(latin1);
        Assert.False(result.Readable);
        Assert.Contains("UTF-8", Assert.Single(result.Problems).Error);
    }
}
