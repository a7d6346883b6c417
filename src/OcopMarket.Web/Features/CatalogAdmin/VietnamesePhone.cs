using System.Text.RegularExpressions;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>
/// Vietnamese phone numbers as people write them ("0912 345 678", "+84 912.345.678", "0237 3861 234"):
/// mobiles are 0 + 9 digits starting 3/5/7/8/9, landlines 02 + 9 digits (area codes since 2017),
/// hotlines 1800/1900 + 4 to 6 digits.
/// </summary>
public static partial class VietnamesePhone
{
    [GeneratedRegex(@"^(0[35789]\d{8}|02\d{9}|1[89]00\d{4,6})$")]
    private static partial Regex Shape();

    /// <summary>The digits with a leading 0 instead of +84, or null when it is not a Vietnamese number.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '(' or ')')).ToArray());
        if (compact.StartsWith("+84", StringComparison.Ordinal)) compact = "0" + compact[3..];
        else if (compact.StartsWith("84", StringComparison.Ordinal) && compact.Length == 11) compact = "0" + compact[2..];
        return Shape().IsMatch(compact) ? compact : null;
    }
}
