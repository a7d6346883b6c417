using System.Text.RegularExpressions;

namespace OcopMarket.Core.Common;

/// <summary>
/// Vietnamese telephone numbers as people write them: mobiles 03x/05x/07x/08x/09x + 7 digits, landlines
/// 02 + 9 digits (area codes since 2017), hotlines 1800/1900; "+84" or "84" may replace the leading 0,
/// and spaces, dots, dashes and brackets are ignored.
/// </summary>
public static partial class VietnamesePhone
{
    [GeneratedRegex(@"^(0[35789]\d{8}|02\d{9}|1[89]00\d{4,6})$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex Separators();

    /// <summary>The digits with a leading 0 (e.g. "0912345678"), or null when it is not a Vietnamese number.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40) return null;
        var digits = Separators().Replace(text.Trim(), "");
        if (digits.StartsWith("+84", StringComparison.Ordinal)) digits = "0" + digits[3..];
        else if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12) digits = "0" + digits[2..];
        return Pattern().IsMatch(digits) ? digits : null;
    }

    public static bool IsValid(string? text) => Normalize(text) is not null;
}
