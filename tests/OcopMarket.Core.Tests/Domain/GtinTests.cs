using OcopMarket.Core.Catalog;

namespace OcopMarket.Core.Tests.Domain;

public sealed class GtinTests
{
    /// <summary>
    /// Independent reference: every digit of the full code, check digit included, weighted 1, 3, 1, 3… from
    /// the right; the code is valid when the sum is a multiple of 10.
    /// </summary>
    private static bool ReferenceIsValid(string code)
    {
        var sum = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var positionFromRight = code.Length - 1 - i;
            sum += (code[i] - '0') * (positionFromRight % 2 == 1 ? 3 : 1);
        }
        return sum % 10 == 0;
    }

    [Theory]
    [InlineData("4006381333931")]  // EAN-13, Wikipedia example
    [InlineData("5901234123457")]  // EAN-13, GS1 example
    [InlineData("9780306406157")]  // ISBN-13
    [InlineData("8938505974194")]  // EAN-13, Vietnamese prefix 893
    [InlineData("8934588012228")]  // EAN-13, Vietnamese prefix 893
    [InlineData("036000291452")]   // UPC-A, Wikipedia example
    [InlineData("96385074")]       // EAN-8, Wikipedia example
    [InlineData("73513537")]       // EAN-8
    [InlineData("00012345600012")] // GTIN-14
    public void Published_codes_are_valid(string gtin)
    {
        Assert.True(ReferenceIsValid(gtin), "the reference algorithm should accept the published example");
        Assert.True(Gtin.IsValid(gtin));
        Assert.Equal(gtin[^1] - '0', Gtin.CheckDigit(gtin[..^1]));
        Assert.Equal(gtin, Gtin.WithCheckDigit(gtin[..^1]));
    }

    [Theory]
    [InlineData("400638133393", 1)]
    [InlineData("03600029145", 2)]
    [InlineData("9638507", 4)]
    [InlineData("0001234560001", 2)]
    [InlineData("978030640615", 7)]
    public void Check_digit_of_known_prefixes(string prefix, int check) =>
        Assert.Equal(check, Gtin.CheckDigit(prefix));

    [Fact]
    public void Check_digit_can_be_zero()
    {
        // 3*1 + 1*7 = 10 → 0
        Assert.Equal(0, Gtin.CheckDigit("0000000000071"));
        Assert.True(Gtin.IsValid("00000000000710"));
        Assert.True(ReferenceIsValid("00000000000710"));
    }

    [Theory]
    [InlineData("036000291452")]
    [InlineData("0036000291452")]
    [InlineData("00036000291452")]
    [InlineData("96385074")]
    [InlineData("000096385074")]
    [InlineData("0000096385074")]
    [InlineData("00000096385074")]
    public void Leading_zero_padding_to_GTIN_12_13_14_keeps_the_code_valid(string gtin) =>
        Assert.True(Gtin.IsValid(gtin));

    [Theory]
    [InlineData("4006381333932")]
    [InlineData("4006381333930")]
    [InlineData("036000291453")]
    [InlineData("96385075")]
    [InlineData("00012345600013")]
    [InlineData("4006381333913")] // last two digits swapped
    public void Wrong_check_digits_are_rejected(string gtin) =>
        Assert.False(Gtin.IsValid(gtin));

    [Theory]
    [InlineData("40063813339A1")]
    [InlineData("ABCDEFGHIJKLM")]
    [InlineData("4006381333 31")]
    [InlineData(" 4006381333931")]
    [InlineData("4006381333931 ")]
    [InlineData("400-6381333931")]
    [InlineData("+4006381333931")]
    [InlineData("٤٠٠٦٣٨١٣٣٣٩٣١")]  // Arabic-Indic digits
    [InlineData("４００６３８１３３３９３１")] // full-width digits
    public void Non_digits_are_rejected(string gtin) =>
        Assert.False(Gtin.IsValid(gtin));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("0000000")]          // 7
    [InlineData("000000000")]        // 9
    [InlineData("0000000000")]       // 10
    [InlineData("00000000000")]      // 11
    [InlineData("000000000000000")]  // 15
    [InlineData("0000000000000000")] // 16
    public void Lengths_other_than_8_12_13_14_are_rejected_even_with_a_correct_check_digit(string? gtin) =>
        Assert.False(Gtin.IsValid(gtin));

    [Fact]
    public void Correctly_checked_codes_of_unsupported_lengths_are_rejected()
    {
        foreach (var length in new[] { 2, 7, 9, 10, 11, 15, 18 })
        {
            var code = Gtin.WithCheckDigit(string.Concat(Enumerable.Range(1, length - 1).Select(i => (char)('0' + i % 10))));
            Assert.Equal(length, code.Length);
            Assert.True(ReferenceIsValid(code));
            Assert.False(Gtin.IsValid(code), code);
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Random_codes_agree_with_the_reference_and_catch_single_digit_errors(int length)
    {
        var random = new Random(893 + length);
        for (var n = 0; n < 300; n++)
        {
            var prefix = string.Concat(Enumerable.Range(0, length - 1).Select(_ => (char)('0' + random.Next(10))));
            var code = Gtin.WithCheckDigit(prefix);
            Assert.Equal(length, code.Length);
            Assert.True(ReferenceIsValid(code), code);
            Assert.True(Gtin.IsValid(code), code);

            // Exactly one check digit fits.
            Assert.Single(Enumerable.Range(0, 10), d => Gtin.IsValid(prefix + (char)('0' + d)));

            // Any single changed digit is caught.
            var position = random.Next(length);
            var replacement = (char)('0' + (code[position] - '0' + 1 + random.Next(9)) % 10);
            var broken = code[..position] + replacement + code[(position + 1)..];
            Assert.False(Gtin.IsValid(broken), $"{code} → {broken}");
            Assert.Equal(ReferenceIsValid(broken), Gtin.IsValid(broken));

            // Adjacent transpositions are caught unless the digits differ by 0 or 5.
            var i = random.Next(length - 1);
            var a = code[i] - '0';
            var b = code[i + 1] - '0';
            var swapped = code[..i] + code[i + 1] + code[i] + code[(i + 2)..];
            Assert.Equal(Math.Abs(a - b) is 0 or 5, Gtin.IsValid(swapped));
        }
    }

    [Fact]
    public void Vietnamese_prefix_893_codes_round_trip()
    {
        var code = Gtin.WithCheckDigit("893" + "4588" + "01222");
        Assert.Equal("8934588012228", code);
        Assert.True(Gtin.IsValid(code));
        Assert.True(Gtin.IsValid("0" + code)); // as GTIN-14 in a GS1 Digital Link
    }
}
