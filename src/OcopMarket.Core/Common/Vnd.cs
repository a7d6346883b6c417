using System.Globalization;

namespace OcopMarket.Core.Common;

/// <summary>Money is integer VND; shown as "1.470.000 ₫" whatever the UI culture.</summary>
public static class Vnd
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalDigits = 0,
        NegativeSign = "-",
    };

    public static string Format(long amount) =>
        amount.ToString("#,0", Numbers) + " ₫";
}
