using System.Globalization;
using OcopMarket.Core.Common;

namespace OcopMarket.Core.Tests.Domain;

public sealed class VndTests
{
    public static TheoryData<long, string> Amounts => new()
    {
        { 125_000, "125.000 ₫" },
        { 1_470_000, "1.470.000 ₫" },
        { 0, "0 ₫" },
        { 1, "1 ₫" },
        { 999, "999 ₫" },
        { 1_000, "1.000 ₫" },
        { 85_000, "85.000 ₫" },
        { 1_000_000_000, "1.000.000.000 ₫" },
        { -125_000, "-125.000 ₫" },
        { -1, "-1 ₫" },
        { -999, "-999 ₫" },
        { -1_000, "-1.000 ₫" },
        { long.MaxValue, "9.223.372.036.854.775.807 ₫" },
        { long.MinValue, "-9.223.372.036.854.775.808 ₫" },
        { 999_999_999_999_999_999, "999.999.999.999.999.999 ₫" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Formats_integer_dong_with_dot_groups_and_the_dong_sign(long amount, string expected) =>
        Assert.Equal(expected, Vnd.Format(amount));

    [Fact]
    public void Uses_a_plain_space_and_the_dong_sign_U20AB()
    {
        var text = Vnd.Format(1_470_000);
        Assert.EndsWith("\u0020\u20AB", text, StringComparison.Ordinal);
        Assert.DoesNotContain(',', text);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("vi-VN")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("hi-IN")]
    [InlineData("")]
    public void Does_not_depend_on_the_current_culture(string culture)
    {
        var savedCulture = CultureInfo.CurrentCulture;
        var savedUiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal("125.000 ₫", Vnd.Format(125_000));
            Assert.Equal("1.470.000 ₫", Vnd.Format(1_470_000));
            Assert.Equal("0 ₫", Vnd.Format(0));
            Assert.Equal("-125.000 ₫", Vnd.Format(-125_000));
            Assert.Equal("12.345.678 ₫", Vnd.Format(12_345_678)); // hi-IN would group as 1,23,45,678
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }

    [Fact]
    public void Changing_the_culture_in_a_test_does_not_leak()
    {
        var before = CultureInfo.CurrentCulture.Name;
        Does_not_depend_on_the_current_culture("de-DE");
        Assert.Equal(before, CultureInfo.CurrentCulture.Name);
    }

    [Fact]
    public void Every_power_of_ten_groups_by_three()
    {
        long amount = 1;
        for (var digits = 1; digits <= 18; digits++, amount *= 10)
        {
            var number = Vnd.Format(amount)[..^2];
            var groups = number.Split('.');
            Assert.Equal((digits + 2) / 3, groups.Length);
            Assert.All(groups.Skip(1), g => Assert.Equal(3, g.Length));
            Assert.Equal(amount.ToString(CultureInfo.InvariantCulture), number.Replace(".", "", StringComparison.Ordinal));
        }
    }
}
