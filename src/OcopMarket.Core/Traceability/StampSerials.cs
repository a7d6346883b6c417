using System.Security.Cryptography;

namespace OcopMarket.Core.Traceability;

/// <summary>Where new stamp serials (GS1 AI 21) come from.</summary>
public interface IStampSerials
{
    string Next();
}

/// <summary>
/// The serial alphabet: upper-case letters and digits without 0/O and 1/I, so a serial typed from a worn label is
/// unambiguous; every character is in the GS1 AI-82 set and needs no escaping in a URL. 32^10 ≈ 10^15 serials make
/// guessing a valid one from a genuine stamp hopeless.
/// </summary>
public static class StampSerial
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public const int Length = 10;

    public static bool IsWellFormed(string? serial) => serial is { Length: Length } && serial.All(c => Alphabet.Contains(c));
}

/// <summary>Real serials: cryptographically random, so nobody can predict the next one.</summary>
public sealed class RandomStampSerials : IStampSerials
{
    public string Next() => RandomNumberGenerator.GetString(StampSerial.Alphabet, StampSerial.Length);
}

/// <summary>
/// Reproducible serials for the demo data only (the README and the end-to-end tests link to a known stamp).
/// Never use it for real stamps: anyone knowing the seed can print genuine-looking ones.
/// </summary>
public sealed class SeededStampSerials(int seed) : IStampSerials
{
    private readonly Random _random = new(seed);

    public string Next() => string.Create(StampSerial.Length, _random,
        static (span, random) => { for (var i = 0; i < span.Length; i++) span[i] = StampSerial.Alphabet[random.Next(StampSerial.Alphabet.Length)]; });
}
