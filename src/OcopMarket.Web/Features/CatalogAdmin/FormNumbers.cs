using System.Globalization;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>
/// Numbers typed into office forms. Bound as text so the message for "abc" is ours (in the user's
/// language) and so Vietnamese habits work: "125.000" or "125 000 ₫" is a price of 125000 VND,
/// "21,5" or "21.5" is a coordinate.
/// </summary>
public static class FormNumbers
{
    /// <summary>A whole number with optional group separators (., space, comma) and currency sign.</summary>
    public static bool TryParseWhole(string? text, out long value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var digits = text.Trim().Replace("₫", "").Replace("đ", "").Replace("VND", "", StringComparison.OrdinalIgnoreCase)
            .Replace(".", "").Replace(",", "").Replace(" ", "").Replace("\u00a0", "");
        return digits.Length is > 0 and <= 15 && (digits.All(char.IsAsciiDigit) || digits[0] == '-' && digits.Length > 1 && digits[1..].All(char.IsAsciiDigit))
               && long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A decimal with either "." or "," as the decimal mark (no grouping).</summary>
    public static bool TryParseDecimal(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        return double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value);
    }

    /// <summary>A whole number with dots between thousands, as the office writes prices ("125.000").</summary>
    public static string Grouped(long value) => value.ToString("#,0", GroupedFormat);

    private static readonly NumberFormatInfo GroupedFormat = new() { NumberGroupSeparator = ".", NumberDecimalDigits = 0 };

    public static string Invariant(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
}
