using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace OcopMarket.Web.Features.Traceability;

/// <summary>
/// The scan id a page may attach a place to, sealed with data protection: only the visitor who made the scan holds its
/// token, so nobody can attach places to other people's scans by counting ids.
/// </summary>
public sealed class ScanTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("OcopMarket.Traceability.ScanPlace.v1");

    public string Protect(int scanId) => _protector.Protect(scanId.ToString(CultureInfo.InvariantCulture));

    public int? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 500) return null;
        try
        {
            return int.TryParse(_protector.Unprotect(token), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>Which requests count as someone scanning: not HEAD requests, not crawlers announcing themselves.</summary>
public static class ScanVisitors
{
    private static readonly string[] BotWords = ["bot", "crawler", "spider"];

    public static bool Counts(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !IsBot(request.Headers.UserAgent.ToString());

    public static bool IsBot(string? userAgent) =>
        !string.IsNullOrEmpty(userAgent) && BotWords.Any(w => userAgent.Contains(w, StringComparison.OrdinalIgnoreCase));
}
