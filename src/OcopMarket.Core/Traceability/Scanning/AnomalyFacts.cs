using System.Globalization;

namespace OcopMarket.Core.Traceability.Scanning;

/// <summary>
/// <see cref="StampAnomaly.Detail"/> holds the facts behind an anomaly as "key=value; key=value" with invariant numbers,
/// so the office reads them in its own language (the web layer words them) and the raw column stays readable.
/// </summary>
public static class AnomalyFacts
{
    public const string ScansInDay = "scans24h";
    public const string ScansTotal = "total";
    public const string MaxPerDay = "max24h";
    public const string MaxTotal = "maxTotal";
    public const string Kilometres = "km";
    public const string Minutes = "minutes";
    public const string Speed = "kmh";
    public const string FromScan = "fromScan";
    public const string ToScan = "toScan";
    public const string Scans = "scans";
    /// <summary>For <see cref="AnomalyKind.NeverIssued"/>: "lot" (no such lot), "serial" (no such serial) or "mismatch" (a serial of another lot).</summary>
    public const string Reason = "reason";

    public static string Format(params (string Key, object Value)[] facts) =>
        string.Join("; ", facts.Select(f => f.Key + "=" + Convert.ToString(f.Value, CultureInfo.InvariantCulture)));

    public static IReadOnlyDictionary<string, string> Parse(string? detail)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in (detail ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq > 0) facts[part[..eq]] = part[(eq + 1)..];
        }
        return facts;
    }

    public static double? Number(this IReadOnlyDictionary<string, string> facts, string key) =>
        facts.TryGetValue(key, out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
