using System.Globalization;
using OcopMarket.Core.Settings;

namespace OcopMarket.Core.Traceability.Scanning;

/// <summary>
/// When a stamp's scans look like a counterfeit. A real item is scanned a few times (shop, buyer, family); a copied QR
/// code on hundreds of fakes is scanned far more often, or in places no one parcel could travel between in time.
/// The office can tune each figure in the site settings (keys below); a missing or unreadable value means the default.
/// </summary>
public sealed record AnomalyThresholds
{
    public const string MaxScansPerDayKey = "Traceability.MaxScansPerDay";
    public const string MaxScansTotalKey = "Traceability.MaxScansTotal";
    public const string MaxSpeedKmhKey = "Traceability.MaxSpeedKmh";
    public const string MinTravelKmKey = "Traceability.MinTravelKm";

    /// <summary>More scans than this within 24 hours is suspicious.</summary>
    public int MaxScansPerDay { get; init; } = 20;
    /// <summary>More scans than this in the stamp's whole life is suspicious.</summary>
    public int MaxScansTotal { get; init; } = 60;
    /// <summary>Faster than this between two placed scans (no parcel travels that fast door to door, not even by air)...</summary>
    public double MaxSpeedKmh { get; init; } = 500;
    /// <summary>...over more than this distance (coarse places are ~1 km; nearby scans never count as travel).</summary>
    public double MinTravelKm { get; init; } = 100;

    public static AnomalyThresholds From(ISiteSettings settings)
    {
        var d = new AnomalyThresholds();
        return new AnomalyThresholds
        {
            MaxScansPerDay = Positive(settings.Get(MaxScansPerDayKey)) is { } a ? (int)a : d.MaxScansPerDay,
            MaxScansTotal = Positive(settings.Get(MaxScansTotalKey)) is { } b ? (int)b : d.MaxScansTotal,
            MaxSpeedKmh = Positive(settings.Get(MaxSpeedKmhKey)) ?? d.MaxSpeedKmh,
            MinTravelKm = Positive(settings.Get(MinTravelKmKey)) ?? d.MinTravelKm,
        };
    }

    private static double? Positive(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0 && v < 1e7 ? v : null;
}
