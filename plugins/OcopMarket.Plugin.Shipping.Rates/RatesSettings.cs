using System.Globalization;
using OcopMarket.Core.Settings;

namespace OcopMarket.Plugin.Shipping.Rates;

/// <summary>
/// The office's price list, stored as "Shipping.Rates.*" site settings; every value has a sensible default
/// so the plugin quotes out of the box. Amounts are whole VND.
/// </summary>
public sealed record RatesSettings
{
    public const string Prefix = ShippingRatesPlugin.Name + ".";
    public const int ExtraStepGrams = 500;

    public long SameProvinceBase { get; init; } = 20_000;
    public long SameRegionBase { get; init; } = 30_000;
    public long OtherRegionBase { get; init; } = 40_000;
    /// <summary>Weight the base price covers; every started 500 g above it costs <see cref="PerExtraStep"/>.</summary>
    public int IncludedGrams { get; init; } = 1_000;
    public long PerExtraStep { get; init; } = 5_000;
    /// <summary>A parcel whose goods reach this subtotal ships free (standard delivery); 0 = never free.</summary>
    public long FreeShippingThreshold { get; init; } = 500_000;
    public bool ExpressEnabled { get; init; } = true;
    /// <summary>Added to the standard price of each parcel for express delivery (never free).</summary>
    public long ExpressSurcharge { get; init; } = 15_000;

    public long BaseFor(ShippingZone zone) => zone switch
    {
        ShippingZone.SameProvince => SameProvinceBase,
        ShippingZone.SameRegion => SameRegionBase,
        _ => OtherRegionBase,
    };

    /// <summary>Standard price of one parcel before the free-shipping rule.</summary>
    public long StandardPrice(ShippingZone zone, int weightGrams)
    {
        var extra = Math.Max(0, weightGrams - IncludedGrams);
        var steps = (extra + ExtraStepGrams - 1) / ExtraStepGrams;
        return BaseFor(zone) + steps * PerExtraStep;
    }

    public bool IsFree(long parcelSubtotal) => FreeShippingThreshold > 0 && parcelSubtotal >= FreeShippingThreshold;

    public static RatesSettings From(ISiteSettings settings)
    {
        var d = new RatesSettings();
        return new RatesSettings
        {
            SameProvinceBase = Long(settings, nameof(SameProvinceBase), d.SameProvinceBase),
            SameRegionBase = Long(settings, nameof(SameRegionBase), d.SameRegionBase),
            OtherRegionBase = Long(settings, nameof(OtherRegionBase), d.OtherRegionBase),
            IncludedGrams = (int)Long(settings, nameof(IncludedGrams), d.IncludedGrams),
            PerExtraStep = Long(settings, nameof(PerExtraStep), d.PerExtraStep),
            FreeShippingThreshold = Long(settings, nameof(FreeShippingThreshold), d.FreeShippingThreshold),
            ExpressEnabled = settings.Get(Prefix + nameof(ExpressEnabled)) is not { } e || e != "false",
            ExpressSurcharge = Long(settings, nameof(ExpressSurcharge), d.ExpressSurcharge),
        };
    }

    public IReadOnlyDictionary<string, string?> ToValues() => new Dictionary<string, string?>
    {
        [Prefix + nameof(SameProvinceBase)] = Str(SameProvinceBase),
        [Prefix + nameof(SameRegionBase)] = Str(SameRegionBase),
        [Prefix + nameof(OtherRegionBase)] = Str(OtherRegionBase),
        [Prefix + nameof(IncludedGrams)] = Str(IncludedGrams),
        [Prefix + nameof(PerExtraStep)] = Str(PerExtraStep),
        [Prefix + nameof(FreeShippingThreshold)] = Str(FreeShippingThreshold),
        [Prefix + nameof(ExpressEnabled)] = ExpressEnabled ? "true" : "false",
        [Prefix + nameof(ExpressSurcharge)] = Str(ExpressSurcharge),
    };

    // A stored value that no longer parses (or went negative) falls back to the default rather than breaking checkout.
    private static long Long(ISiteSettings settings, string name, long fallback) =>
        long.TryParse(settings.Get(Prefix + name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static string Str(long value) => value.ToString(CultureInfo.InvariantCulture);
}
