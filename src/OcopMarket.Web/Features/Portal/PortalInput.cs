using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace OcopMarket.Web.Features.Portal;

/// <summary>
/// Reads the numbers people type, whatever the UI culture: "125.000", "125 000 ₫" and "125000" are the
/// same price; "21,9203" and "21.9203" the same latitude. Parsed by hand because model binding would read
/// "21.9203" as 219203 under vi-VN.
/// </summary>
public static partial class PortalInput
{
    [GeneratedRegex(@"^\d{1,3}([.\s,]\d{3})+$|^\d+$")]
    private static partial Regex Grouped();

    /// <summary>A non-negative whole number, with or without thousands separators; null if it is not one.</summary>
    public static long? WholeNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        foreach (var suffix in new[] { "₫", "đ", "VND", "vnd", "VNĐ" })
            if (t.EndsWith(suffix, StringComparison.Ordinal)) t = t[..^suffix.Length].TrimEnd();
        if (t.Length > 20 || !Grouped().IsMatch(t)) return null;
        var digits = new string(t.Where(char.IsAsciiDigit).ToArray());
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>True when the text looks like a negative number ("-5"), to say "0 or more" rather than "not a number".</summary>
    public static bool IsNegative(string? text) => text?.Trim() is { Length: > 1 } t && t[0] == '-' && WholeNumber(t[1..]) is not null;

    /// <summary>A decimal degree with "." or "," as the decimal mark; null if it is not one.</summary>
    public static double? Degrees(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().Replace(',', '.');
        return double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
               && double.IsFinite(v) ? v : null;
    }

    /// <summary>
    /// Text from a plain textarea becomes paragraphs (blank line) and line breaks; text that already has block
    /// HTML (paragraphs, lists, headings, tables) is left as it is. Nothing is encoded here: the result always
    /// goes through the sanitiser, which escapes a stray "&lt;" and removes what is not allowed.
    /// </summary>
    public static string ParagraphsFromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var t = text.Replace("\r\n", "\n").Trim();
        if (BlockTag().IsMatch(t)) return t;
        var paragraphs = Regex.Split(t, @"\n\s*\n")
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Select(p => "<p>" + string.Join("<br>", p.Split('\n').Select(l => l.Trim())) + "</p>");
        return string.Concat(paragraphs);
    }

    [GeneratedRegex(@"<\s*(p|div|ul|ol|li|h[1-6]|table|blockquote|figure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    /// <summary>
    /// The reverse for the textarea: HTML made only of paragraphs and line breaks is shown as plain text, so a
    /// producer edits words rather than tags; anything richer is shown as the HTML it is.
    /// </summary>
    public static string TextFromParagraphs(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var text = Regex.Replace(html.Trim(), @"</p>\s*<p>", "\n\n", RegexOptions.IgnoreCase);
        text = Regex.Replace(text, @"^<p>|</p>$", "", RegexOptions.IgnoreCase);
        text = Regex.Replace(text, @"<br\s*/?>", "\n", RegexOptions.IgnoreCase);
        return text.Contains('<') ? html : WebUtility.HtmlDecode(text);
    }

    /// <summary>An absolute http(s) address; "hoacu.vn" becomes "https://hoacu.vn". Null if it cannot be one.</summary>
    public static string? WebAddress(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (!t.Contains("://", StringComparison.Ordinal)) t = "https://" + t;
        return Uri.TryCreate(t, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.') && t.Length <= 400 ? t : null;
    }
}
