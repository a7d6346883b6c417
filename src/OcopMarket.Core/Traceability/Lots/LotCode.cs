namespace OcopMarket.Core.Traceability.Lots;

/// <summary>
/// GS1 AI 10 (batch/lot) as we accept it: 1–20 characters of A–Z, 0–9, '-', '.', '_' (a safe subset of GS1's
/// "CSET 82" that needs no escaping in a Digital Link URI or a QR code). Typed codes are trimmed and upper-cased.
/// </summary>
public static class LotCode
{
    public const int MaxLength = 20;

    public static string Normalize(string? raw) => (raw ?? "").Trim().ToUpperInvariant();

    public static bool IsValid(string? code) =>
        code is { Length: >= 1 and <= MaxLength } && code.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '.' or '_');
}
