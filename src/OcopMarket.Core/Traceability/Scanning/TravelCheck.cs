using OcopMarket.Core.Places;

namespace OcopMarket.Core.Traceability.Scanning;

/// <summary>A scan of one stamp with the coarse place the visitor's browser shared.</summary>
public readonly record struct PlacedScan(int ScanId, DateTimeOffset At, GeoPoint Place);

/// <summary>The fastest implausible journey found between two placed scans of one stamp.</summary>
public sealed record ImpossibleJourney(PlacedScan From, PlacedScan To, double Kilometres, double Minutes, double SpeedKmh);

/// <summary>
/// "One item cannot be in two places that fast": compares a newly placed scan with the stamp's other placed scans.
/// Speeds use at least one minute between scans, so two scans in the same second 300 km apart are simply very fast.
/// </summary>
public static class TravelCheck
{
    private const double MinimumMinutes = 1;

    public static ImpossibleJourney? Find(PlacedScan scan, IEnumerable<PlacedScan> others, AnomalyThresholds limits)
    {
        ImpossibleJourney? worst = null;
        foreach (var other in others)
        {
            if (other.ScanId == scan.ScanId) continue;
            var km = GeoDistance.Kilometres(other.Place, scan.Place);
            if (km <= limits.MinTravelKm) continue;
            var minutes = Math.Abs((scan.At - other.At).TotalMinutes);
            var speed = km / (Math.Max(minutes, MinimumMinutes) / 60);
            if (speed <= limits.MaxSpeedKmh || (worst is not null && speed <= worst.SpeedKmh)) continue;
            var (from, to) = other.At <= scan.At ? (other, scan) : (scan, other);
            worst = new ImpossibleJourney(from, to, km, minutes, speed);
        }
        return worst;
    }
}
