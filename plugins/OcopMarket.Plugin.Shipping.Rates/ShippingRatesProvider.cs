using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Data;
using OcopMarket.Core.Settings;
using OcopMarket.Core.Shipping;

namespace OcopMarket.Plugin.Shipping.Rates;

/// <summary>
/// Home delivery priced per producer parcel: a base price by zone (the producer's province against the
/// destination), a step price per extra 500 g, free standard delivery once a parcel's goods reach the threshold,
/// and an optional express option at a surcharge.
/// </summary>
public sealed class ShippingRatesProvider(OcopDbContext db, ISiteSettings settings, ShippingRegions regions,
    IStringLocalizer<ShippingRatesResource> localizer) : IShippingProvider
{
    public const string Standard = "standard";
    public const string Express = "express";

    public string SystemName => ShippingRatesPlugin.Name;

    public async Task<IReadOnlyList<ShippingQuote>> QuoteAsync(ShippingRequest request, CancellationToken ct)
    {
        if (request.Parcels.Count == 0) return [];
        var rates = RatesSettings.From(settings);
        var zones = await ZonesAsync(request, ct);
        if (zones is null) return [];

        var standard = request.Parcels.ToDictionary(p => p.ProducerId,
            p => rates.IsFree(p.Subtotal) ? 0 : rates.StandardPrice(zones[p.ProducerId], p.WeightGrams));
        var farthest = zones.Values.Max();
        var quotes = new List<ShippingQuote>
        {
            new(SystemName, Standard, localizer["Standard delivery"], Estimate(farthest, express: false), standard),
        };
        if (rates.ExpressEnabled)
        {
            var express = request.Parcels.ToDictionary(p => p.ProducerId,
                p => rates.StandardPrice(zones[p.ProducerId], p.WeightGrams) + rates.ExpressSurcharge);
            quotes.Add(new(SystemName, Express, localizer["Express delivery"], Estimate(farthest, express: true), express));
        }
        return quotes;
    }

    /// <summary>The zone of each parcel; null when the destination or a producer is unknown.</summary>
    private async Task<Dictionary<int, ShippingZone>?> ZonesAsync(ShippingRequest request, CancellationToken ct)
    {
        var producerIds = request.Parcels.Select(p => p.ProducerId).Distinct().ToList();
        var producers = await db.Producers.AsNoTracking().Where(p => producerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.ProvinceId }).ToDictionaryAsync(p => p.Id, p => p.ProvinceId, ct);
        if (producers.Count != producerIds.Count) return null;

        // Each province as today's unit: a pre-2025 province ("OP..") is priced as the province it merged into.
        var provinceIds = producers.Values.Append(request.ProvinceId).Distinct().ToList();
        var current = await db.AdminUnits.AsNoTracking().Where(u => provinceIds.Contains(u.Id))
            .Select(u => new { u.Id, Today = u.Successor ?? u })
            .ToDictionaryAsync(u => u.Id, u => (u.Today.Id, u.Today.Code), ct);
        if (!current.TryGetValue(request.ProvinceId, out var to)) return null;

        return request.Parcels.ToDictionary(p => p.ProducerId, p =>
            current.TryGetValue(producers[p.ProducerId], out var from)
                ? regions.ZoneBetween(from.Id, from.Code, to.Id, to.Code)
                : ShippingZone.OtherRegion);
    }

    private string Estimate(ShippingZone zone, bool express) => (zone, express) switch
    {
        (ShippingZone.SameProvince, false) => localizer["Estimated delivery in {0}–{1} days.", 1, 2],
        (ShippingZone.SameRegion, false) => localizer["Estimated delivery in {0}–{1} days.", 2, 3],
        (_, false) => localizer["Estimated delivery in {0}–{1} days.", 3, 5],
        (ShippingZone.SameProvince, true) => localizer["Estimated delivery within {0} hours.", 24],
        (ShippingZone.SameRegion, true) => localizer["Estimated delivery in {0}–{1} days.", 1, 2],
        (_, true) => localizer["Estimated delivery in {0}–{1} days.", 2, 3],
    };
}

/// <summary>Marker for the plugin's strings (Resources/ShippingRatesResource.*.resx).</summary>
public sealed class ShippingRatesResource;

public sealed class ShippingRatesModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<ShippingRegions>().SingleInstance();
        builder.RegisterType<ShippingRatesProvider>().As<IShippingProvider>().InstancePerLifetimeScope();
    }
}
