using System.Security.Cryptography;
using System.Text.RegularExpressions;
using OcopMarket.Core.Common;

namespace OcopMarket.Core.Promotions.Coupons;

/// <summary>How codes are written and who a "customer" is for per-customer limits.</summary>
public static partial class CouponCodes
{
    public const int MaxLength = 40;

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex Pattern();

    /// <summary>What the buyer typed, as stored: trimmed, spaces dropped, upper-case (codes are read aloud and typed on phones).</summary>
    public static string Normalize(string? text) =>
        string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>Letters A–Z, digits and single dashes between them; at most <see cref="MaxLength"/> characters.</summary>
    public static bool IsWellFormed(string code) => code.Length is > 0 and <= MaxLength && Pattern().IsMatch(code);

    /// <summary>No 0/O, 1/I/L: a generated code survives being read over the phone.</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string Generate(int length = 8) =>
        new(Enumerable.Range(0, length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());

    /// <summary>"user:42" for a signed-in buyer, else "phone:0912345678" (normalised, so spacing does not make a new customer).</summary>
    public static string CustomerKey(int? userId, string phone) =>
        userId is { } id ? $"user:{id}" : "phone:" + (VietnamesePhone.Normalize(phone) ?? phone.Trim());
}
