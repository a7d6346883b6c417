using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Framework;

namespace OcopMarket.Plugin.Shipping.Rates;

/// <summary>
/// The rates form. Amounts arrive as text so "25.000", "25 000" and "25000" all work and a typo gets a
/// Vietnamese message instead of the framework's English binding error.
/// </summary>
[LocalizedWith(typeof(ShippingRatesResource))]
public sealed class RatesForm
{
    public const long MaxAmount = 10_000_000;
    public const long MaxGrams = 100_000;

    [Display(Name = "Within the producer's province")] public string? SameProvinceBase { get; set; }
    [Display(Name = "Within the same region")] public string? SameRegionBase { get; set; }
    [Display(Name = "To another region")] public string? OtherRegionBase { get; set; }
    [Display(Name = "Weight included in the base price (g)")] public string? IncludedGrams { get; set; }
    [Display(Name = "Each further 500 g (or part)")] public string? PerExtraStep { get; set; }
    [Display(Name = "Free standard delivery from (goods per parcel)")] public string? FreeShippingThreshold { get; set; }
    [Display(Name = "Offer express delivery")] public bool ExpressEnabled { get; set; }
    [Display(Name = "Express surcharge per parcel")] public string? ExpressSurcharge { get; set; }

    public static RatesForm From(RatesSettings s) => new()
    {
        SameProvinceBase = Show(s.SameProvinceBase),
        SameRegionBase = Show(s.SameRegionBase),
        OtherRegionBase = Show(s.OtherRegionBase),
        IncludedGrams = Show(s.IncludedGrams),
        PerExtraStep = Show(s.PerExtraStep),
        FreeShippingThreshold = Show(s.FreeShippingThreshold),
        ExpressEnabled = s.ExpressEnabled,
        ExpressSurcharge = Show(s.ExpressSurcharge),
    };

    /// <summary>The settings, or null after adding an error to <paramref name="state"/> for each bad field.</summary>
    public RatesSettings? ToSettings(ModelStateDictionary state, IStringLocalizer l)
    {
        long Field(string name, string? raw, long max)
        {
            var text = new string((raw ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('.' or ',' or '₫' or 'đ')).ToArray());
            if (text.Length == 0) state.AddModelError(name, l["Please enter a number (0 if none)."]);
            else if (text.StartsWith('-') && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                state.AddModelError(name, l["The number cannot be negative."]);
            else if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                state.AddModelError(name, l["Please enter a whole number, e.g. 25.000."]);
            else if (value > max) state.AddModelError(name, l["At most {0}.", Show(max)]);
            else return value;
            return 0;
        }

        var settings = new RatesSettings
        {
            SameProvinceBase = Field(nameof(SameProvinceBase), SameProvinceBase, MaxAmount),
            SameRegionBase = Field(nameof(SameRegionBase), SameRegionBase, MaxAmount),
            OtherRegionBase = Field(nameof(OtherRegionBase), OtherRegionBase, MaxAmount),
            IncludedGrams = (int)Field(nameof(IncludedGrams), IncludedGrams, MaxGrams),
            PerExtraStep = Field(nameof(PerExtraStep), PerExtraStep, MaxAmount),
            FreeShippingThreshold = Field(nameof(FreeShippingThreshold), FreeShippingThreshold, 1_000 * MaxAmount),
            ExpressEnabled = ExpressEnabled,
            ExpressSurcharge = Field(nameof(ExpressSurcharge), ExpressSurcharge, MaxAmount),
        };
        return state.IsValid ? settings : null;
    }

    /// <summary>"25.000": the way amounts are written in Việt Nam.</summary>
    private static string Show(long value) => value.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = "." });
}
