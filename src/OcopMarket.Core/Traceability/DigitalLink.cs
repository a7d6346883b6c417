using System.Text;
using OcopMarket.Core.Catalog;

namespace OcopMarket.Core.Traceability;

/// <summary>Why a path is not a GS1 Digital Link we can read (each maps to a plain message on the "not ours" page).</summary>
public enum DigitalLinkError
{
    None = 0,
    /// <summary>Nothing to read.</summary>
    Empty,
    /// <summary>The path holds an application identifier other than 01, 10 and 21 (or one that belongs in the query).</summary>
    UnknownAi,
    /// <summary>An AI segment without its value (e.g. "/01/{gtin}/10").</summary>
    MissingValue,
    /// <summary>The GTIN contains something other than digits.</summary>
    BadGtin,
    /// <summary>The GTIN is not 8, 12, 13 or 14 digits long.</summary>
    BadGtinLength,
    /// <summary>The GTIN's last digit is not its GS1 check digit.</summary>
    BadCheckDigit,
    /// <summary>The lot (AI 10) is empty, longer than 20 characters, badly percent-encoded or outside the GS1 AI-82 set.</summary>
    BadLot,
    /// <summary>The serial (AI 21) is empty, longer than 20 characters, badly percent-encoded or outside the GS1 AI-82 set.</summary>
    BadSerial,
    /// <summary>?17= is not a real YYMMDD date.</summary>
    BadExpiry,
    /// <summary>The key qualifiers are not in the order 01 → 10 → 21, appear twice, or the path does not start with 01.</summary>
    WrongOrder,
}

/// <summary>The result of <see cref="DigitalLink.Parse"/>: either the identifiers (GTIN always as GTIN-14) or an error.</summary>
public sealed record DigitalLinkResult(
    DigitalLinkError Error, string? Gtin14 = null, string? Lot = null, string? Serial = null, DateOnly? Expiry = null)
{
    public bool IsValid => Error == DigitalLinkError.None;

    /// <summary>The canonical path of what was read (the GTIN normalised to 14 digits), without the expiry.</summary>
    public string? CanonicalPath => IsValid ? DigitalLink.Format(Gtin14!, Lot, Serial) : null;

    public static DigitalLinkResult Fail(DigitalLinkError error) => new(error);
}

/// <summary>
/// GS1 Digital Link URI syntax for the identifiers we print on stamps: /01/{GTIN}[/10/{lot}][/21/{serial}] with the
/// expiry as the query attribute ?17=YYMMDD. Values are percent-decoded strictly (a stray '%' is an error, not a
/// character) and must be 1–20 characters of the GS1 AI encodable character set 82.
/// </summary>
public static class DigitalLink
{
    public const string GtinAi = "01";
    public const string LotAi = "10";
    public const string SerialAi = "21";
    public const string ExpiryAi = "17";
    public const int MaxAttributeLength = 20;

    /// <summary>
    /// Reads a Digital Link path (still percent-encoded, e.g. the raw request target without the query) and its query
    /// string (with or without the leading '?'; only AI 17 is read, other parameters are ignored).
    /// </summary>
    public static DigitalLinkResult Parse(string? path, string? query = null)
    {
        var segments = (path ?? "").Trim().Trim('/').Split('/', StringSplitOptions.None);
        if (segments is [""])
            return DigitalLinkResult.Fail(DigitalLinkError.Empty);
        if (segments[0] != GtinAi)
            return DigitalLinkResult.Fail(segments[0] is LotAi or SerialAi ? DigitalLinkError.WrongOrder : DigitalLinkError.UnknownAi);
        if (segments.Length % 2 != 0)
            return DigitalLinkResult.Fail(DigitalLinkError.MissingValue);

        var gtinError = CheckGtin(segments[1]);
        if (gtinError != DigitalLinkError.None)
            return DigitalLinkResult.Fail(gtinError);
        var gtin14 = Gtin.ToGtin14(segments[1])!;

        string? lot = null, serial = null;
        for (var i = 2; i < segments.Length; i += 2)
        {
            var (ai, raw) = (segments[i], segments[i + 1]);
            switch (ai)
            {
                case LotAi when lot is null && serial is null:
                    lot = DecodeAttribute(raw);
                    if (lot is null) return DigitalLinkResult.Fail(DigitalLinkError.BadLot);
                    break;
                case SerialAi when serial is null:
                    serial = DecodeAttribute(raw);
                    if (serial is null) return DigitalLinkResult.Fail(DigitalLinkError.BadSerial);
                    break;
                case LotAi or SerialAi or GtinAi:
                    return DigitalLinkResult.Fail(DigitalLinkError.WrongOrder);
                default:
                    return DigitalLinkResult.Fail(segments[i].Length == 0 ? DigitalLinkError.MissingValue : DigitalLinkError.UnknownAi);
            }
        }

        DateOnly? expiry = null;
        var expiryText = QueryValue(query, ExpiryAi);
        if (expiryText is not null)
        {
            expiry = ParseExpiry(expiryText);
            if (expiry is null) return DigitalLinkResult.Fail(DigitalLinkError.BadExpiry);
        }
        return new DigitalLinkResult(DigitalLinkError.None, gtin14, lot, serial, expiry);
    }

    /// <summary>
    /// Reads what a person pastes: a full URL (any host, any path prefix before "/01/"), or a bare path. Fragments are ignored.
    /// </summary>
    public static DigitalLinkResult ParseUrl(string? text)
    {
        var s = (text ?? "").Trim();
        if (s.Length == 0) return DigitalLinkResult.Fail(DigitalLinkError.Empty);
        var hash = s.IndexOf('#');
        if (hash >= 0) s = s[..hash];
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var pathStart = s.IndexOf('/', scheme + 3);
            s = pathStart < 0 ? "" : s[pathStart..];
        }
        var q = s.IndexOf('?');
        var (path, query) = q >= 0 ? (s[..q], s[(q + 1)..]) : (s, null);
        if (!path.StartsWith('/')) path = "/" + path;
        // GS1 allows a custom path before the primary key: https://example.com/any/thing/01/…
        var start = path.IndexOf("/01/", StringComparison.Ordinal);
        if (start > 0) path = path[start..];
        return Parse(path, query);
    }

    /// <summary>
    /// The canonical Digital Link path: the GTIN as GTIN-14, lot and serial percent-encoded (everything but letters,
    /// digits, '-', '.', '_' is escaped), and ?17=YYMMDD when an expiry is given.
    /// </summary>
    public static string Format(string gtin, string? lot = null, string? serial = null, DateOnly? expiry = null)
    {
        var gtin14 = Gtin.ToGtin14(gtin) ?? throw new ArgumentException($"'{gtin}' is not a valid GTIN.", nameof(gtin));
        if (lot is not null && !IsValidAttribute(lot))
            throw new ArgumentException($"'{lot}' is not a valid GS1 lot (AI 10).", nameof(lot));
        if (serial is not null && !IsValidAttribute(serial))
            throw new ArgumentException($"'{serial}' is not a valid GS1 serial (AI 21).", nameof(serial));

        var sb = new StringBuilder("/01/").Append(gtin14);
        if (lot is not null) sb.Append("/10/").Append(Uri.EscapeDataString(lot));
        if (serial is not null) sb.Append("/21/").Append(Uri.EscapeDataString(serial));
        if (expiry is { } e) sb.Append("?17=").Append(FormatExpiry(e));
        return sb.ToString();
    }

    /// <summary>YYMMDD of a date (always a real day; the "00 = end of month" form is only read, never written).</summary>
    public static string FormatExpiry(DateOnly date) => date.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// AI 17 (YYMMDD). DD = 00 means the last day of the month (GS1 General Specifications 3.4.2). Years are 2000–2099:
    /// the sliding-century rule only matters for dates 50 years away, which no expiry date on a food product is.
    /// </summary>
    public static DateOnly? ParseExpiry(string? text)
    {
        if (text is not { Length: 6 } || !text.All(char.IsAsciiDigit)) return null;
        var year = 2000 + int.Parse(text[..2]);
        var month = int.Parse(text[2..4]);
        var day = int.Parse(text[4..]);
        if (month is < 1 or > 12) return null;
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day == 0) day = daysInMonth;
        return day <= daysInMonth ? new DateOnly(year, month, day) : null;
    }

    /// <summary>1–20 characters of the GS1 AI encodable character set 82.</summary>
    public static bool IsValidAttribute(string? value) =>
        value is { Length: > 0 and <= MaxAttributeLength } && value.All(IsCset82);

    /// <summary>GS1 AI encodable character set 82: ! " % &amp; ' ( ) * + , - . / 0–9 : ; &lt; = &gt; ? A–Z _ a–z.</summary>
    public static bool IsCset82(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '"' or '%' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or '-' or '.'
            or '/' or ':' or ';' or '<' or '=' or '>' or '?' or '_';

    private static DigitalLinkError CheckGtin(string text)
    {
        if (text.Length == 0) return DigitalLinkError.MissingValue;
        if (!text.All(char.IsAsciiDigit)) return DigitalLinkError.BadGtin;
        if (text.Length is not (8 or 12 or 13 or 14)) return DigitalLinkError.BadGtinLength;
        return Gtin.IsValid(text) ? DigitalLinkError.None : DigitalLinkError.BadCheckDigit;
    }

    /// <summary>Strict percent-decoding: '%' must be followed by two hex digits; every decoded character must be in CSET 82.</summary>
    private static string? DecodeAttribute(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '%')
            {
                if (i + 2 >= raw.Length || !char.IsAsciiHexDigit(raw[i + 1]) || !char.IsAsciiHexDigit(raw[i + 2])) return null;
                c = (char)Convert.ToByte(raw.Substring(i + 1, 2), 16);
                i += 2;
            }
            if (!IsCset82(c)) return null;
            sb.Append(c);
        }
        var value = sb.ToString();
        return IsValidAttribute(value) ? value : null;
    }

    private static string? QueryValue(string? query, string key)
    {
        if (string.IsNullOrEmpty(query)) return null;
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = eq < 0 ? pair : pair[..eq];
            if (name == key) return eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
        }
        return null;
    }
}
