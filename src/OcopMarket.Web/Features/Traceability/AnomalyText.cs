using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Traceability;
using OcopMarket.Core.Traceability.Scanning;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Traceability;

/// <summary>Words an anomaly's kind and facts (<see cref="AnomalyFacts"/>) in the office's language.</summary>
public sealed class AnomalyText(IStringLocalizer<StampsResource> S)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public string Kind(AnomalyKind kind) => S[TraceLabels.Anomaly(kind)];

    public string KindClass(AnomalyKind kind) => kind switch
    {
        AnomalyKind.NeverIssued => "text-bg-danger",
        AnomalyKind.ImpossibleTravel => "text-bg-warning",
        _ => "text-bg-info",
    };

    public string KindIcon(AnomalyKind kind) => kind switch
    {
        AnomalyKind.NeverIssued => "x-octagon",
        AnomalyKind.ImpossibleTravel => "airplane",
        _ => "arrow-repeat",
    };

    public string Facts(AnomalyKind kind, string? detail, string? lotCode, string? serial)
    {
        var f = AnomalyFacts.Parse(detail);
        string N(string key) => f.Number(key) is double v ? v.ToString("N0", CultureInfo.CurrentCulture) : "?";
        return kind switch
        {
            AnomalyKind.TooManyScans => S["{0} scans in the last 24 hours (limit {1}), {2} in all (limit {3}).",
                N(AnomalyFacts.ScansInDay), N(AnomalyFacts.MaxPerDay), N(AnomalyFacts.ScansTotal), N(AnomalyFacts.MaxTotal)],
            AnomalyKind.ImpossibleTravel => S["Scanned {0} km apart within {1} minutes (about {2} km/h).",
                N(AnomalyFacts.Kilometres), N(AnomalyFacts.Minutes), N(AnomalyFacts.Speed)],
            AnomalyKind.NeverIssued => (f.GetValueOrDefault(AnomalyFacts.Reason) switch
            {
                "lot" => S["Lot {0} was never issued for this product.", lotCode ?? "?"].Value,
                "mismatch" => S["Serial {0} exists, but on a stamp of another lot.", serial ?? "?"].Value,
                _ => S["Serial {0} was never issued.", serial ?? "?"].Value,
            }) + " " + S["Scanned {0} times.", N(AnomalyFacts.Scans)],
            _ => detail ?? "",
        };
    }

    /// <summary>The code as printed: lot and serial when present, else the GTIN.</summary>
    public string Code(string gtin, string? lotCode, string? serial) =>
        string.Join(" · ", new[] { lotCode is null ? null : S["Lot {0}", lotCode].Value, serial is null ? null : S["Serial {0}", serial].Value }
            .Where(s => s is not null)) is { Length: > 0 } code ? code : gtin;

    public static string When(DateTimeOffset at) => at.ToOffset(Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
