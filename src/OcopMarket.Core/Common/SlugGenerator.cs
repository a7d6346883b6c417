using System.Text;

namespace OcopMarket.Core.Common;

/// <summary>ASCII URL slugs folded from Vietnamese: "Hồng không hạt Bảo Lâm" → "hong-khong-hat-bao-lam".</summary>
public static class SlugGenerator
{
    public const int MaxLength = 120;

    public static string Generate(string text)
    {
        var folded = VietnameseText.Fold(text).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        var lastDash = true;
        foreach (var ch in folded)
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(ch);
                lastDash = false;
            }
            else if (!lastDash)
            {
                sb.Append('-');
                lastDash = true;
            }
            if (sb.Length >= MaxLength) break;
        }
        return sb.ToString().Trim('-');
    }

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && slug == Generate(slug);
}
