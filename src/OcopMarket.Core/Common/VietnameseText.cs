using System.Globalization;
using System.Text;

namespace OcopMarket.Core.Common;

/// <summary>Normalisation and ASCII folding for Vietnamese text (store NFC, compare folded).</summary>
public static class VietnameseText
{
    /// <summary>NFC-normalises and trims; null stays null.</summary>
    public static string? Normalize(string? text) =>
        text?.Normalize(NormalizationForm.FormC).Trim();

    /// <summary>Removes diacritics ("Mật ong Đắk" → "Mat ong Dak"); đ/Đ are letters of their own, not marks.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            switch (ch)
            {
                case 'đ': sb.Append('d'); break;
                case 'Đ': sb.Append('D'); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
                        sb.Append(ch);
                    break;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
