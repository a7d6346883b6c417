namespace OcopMarket.Plugin.Shipping.Rates;

/// <summary>How far a parcel travels, as Vietnamese carriers price it: within a province, within a region, across regions.</summary>
public enum ShippingZone
{
    SameProvince = 1,
    SameRegion = 2,
    OtherRegion = 3,
}

/// <summary>
/// The three delivery regions (Bắc / Trung / Nam) of today's 34 provinces (after the 1 July 2025 merger),
/// keyed by GSO province code. Pre-2025 provinces are resolved to their successor before they get here.
/// </summary>
public sealed class ShippingRegions
{
    public const int North = 1, Central = 2, South = 3;

    private readonly IReadOnlyDictionary<string, int> byCode = new Dictionary<string, int>
    {
        // Miền Bắc: Red River Delta, northern midlands and mountains.
        ["01"] = North, ["04"] = North, ["08"] = North, ["11"] = North, ["12"] = North, ["14"] = North, ["15"] = North,
        ["19"] = North, ["20"] = North, ["22"] = North, ["24"] = North, ["25"] = North, ["31"] = North, ["33"] = North, ["37"] = North,
        // Miền Trung: north-central and central coast, Central Highlands.
        ["38"] = Central, ["40"] = Central, ["42"] = Central, ["44"] = Central, ["46"] = Central, ["48"] = Central,
        ["51"] = Central, ["52"] = Central, ["56"] = Central, ["66"] = Central, ["68"] = Central,
        // Miền Nam: south-east and Mekong Delta.
        ["75"] = South, ["79"] = South, ["80"] = South, ["82"] = South, ["86"] = South, ["91"] = South, ["92"] = South, ["96"] = South,
    };

    public static readonly IReadOnlyList<int> All = [North, Central, South];

    /// <summary>The region of a province code ("P01" or "01"); null when unknown.</summary>
    public int? RegionOf(string provinceCode)
    {
        var code = provinceCode.StartsWith('P') ? provinceCode[1..] : provinceCode;
        return byCode.TryGetValue(code, out var region) ? region : null;
    }

    /// <summary>Same province, same region, or further; an unknown province counts as far (never undercharge).</summary>
    public ShippingZone ZoneBetween(int fromProvinceId, string? fromCode, int toProvinceId, string? toCode)
    {
        if (fromProvinceId == toProvinceId) return ShippingZone.SameProvince;
        var from = fromCode is null ? null : RegionOf(fromCode);
        var to = toCode is null ? null : RegionOf(toCode);
        return from is not null && from == to ? ShippingZone.SameRegion : ShippingZone.OtherRegion;
    }
}
