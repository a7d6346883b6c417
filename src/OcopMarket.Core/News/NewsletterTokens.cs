using System.Security.Cryptography;
using System.Text;

namespace OcopMarket.Core.News;

/// <summary>
/// The newsletter's link tokens: 32 random bytes, URL-safe, sent only in the e-mail. The database keeps their SHA-256
/// (a leaked table confirms or unsubscribes nobody); a fast hash is enough for 256 random bits.
/// </summary>
public static class NewsletterTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token as we issue them (43 URL-safe characters); anything else is not looked up.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
