using System.Globalization;

namespace OcopMarket.Web.Framework.Localization;

public static class Cultures
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";
    public const string CookieName = ".OcopMarket.Culture";
    public static readonly string[] Supported = [Vietnamese, English];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Picks the English text where the UI is English and it exists, else the Vietnamese.</summary>
    public static string Pick(string vi, string? en) => IsEnglish && !string.IsNullOrWhiteSpace(en) ? en : vi;
}
