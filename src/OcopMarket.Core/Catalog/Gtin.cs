namespace OcopMarket.Core.Catalog;

/// <summary>GS1 GTIN check digits (mod 10, weights 3/1 from the right).</summary>
public static class Gtin
{
    public static string WithCheckDigit(string withoutCheck) => withoutCheck + CheckDigit(withoutCheck);

    public static int CheckDigit(string digits)
    {
        var sum = 0;
        for (int i = digits.Length - 1, w = 3; i >= 0; i--, w = 4 - w)
            sum += (digits[i] - '0') * w;
        return (10 - sum % 10) % 10;
    }

    public static bool IsValid(string? gtin) =>
        gtin is { Length: 8 or 12 or 13 or 14 } && gtin.All(char.IsAsciiDigit)
        && CheckDigit(gtin[..^1]) == gtin[^1] - '0';

    /// <summary>The 14-digit form used by GS1 Digital Link (GTIN-8/12/13 left-padded with zeros); null when not a valid GTIN.</summary>
    public static string? ToGtin14(string? gtin) => IsValid(gtin) ? gtin!.PadLeft(14, '0') : null;
}
