using OcopMarket.Core.Common;

namespace OcopMarket.Core.Certification.Register;

/// <summary>Clean-up shared by the register's services: NFC, trimmed, empty as null, bounded length.</summary>
internal static class RegisterText
{
    public const string TooLong = "{0} is too long (at most {1} characters).";

    public static string? Clean(string? text) => VietnameseText.Normalize(text) is { Length: > 0 } t ? t : null;

    /// <summary>Null when <paramref name="text"/> fits in <paramref name="max"/> characters, else the failure naming <paramref name="field"/>.</summary>
    public static OperationResult? CheckLength(string? text, int max, string field) =>
        text is not null && text.Length > max ? OperationResult.Fail(TooLong, field, max) : null;
}
