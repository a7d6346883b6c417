using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Core.Shipping;

namespace OcopMarket.Plugin.Shipping.Pickup;

/// <summary>
/// Collection at an OCOP display point, free of charge. A point is offered only when it stocks every product
/// in the cart (the buyer collects the whole order in one place) and every one of them still holds a valid 3★+
/// certificate today (Decision 950: a point sells only those; a certificate expiring after the shelf was set must
/// stop pickup too); points in the buyer's province come first.
/// </summary>
public sealed class PickupProvider(OcopDbContext db, CertificateStatusPolicy certificates, IStringLocalizer<PickupResource> localizer) : IShippingProvider
{
    public const string CodePrefix = "point-";

    public string SystemName => PickupPlugin.Name;

    public async Task<IReadOnlyList<ShippingQuote>> QuoteAsync(ShippingRequest request, CancellationToken ct)
    {
        var productIds = request.Parcels.SelectMany(p => p.ProductIds).Distinct().ToList();
        if (productIds.Count == 0) return [];
        var badge = CertificateStatusPolicy.BadgeValidOn(certificates.Today);
        var stock = db.Set<DisplayPointProduct>()
            .Where(s => db.Certificates.Where(c => c.ProductId == s.ProductId).Any(badge));
        var points = await db.DisplayPoints.AsNoTracking()
            .Where(p => p.IsPublished && stock.Count(s => s.DisplayPointId == p.Id && productIds.Contains(s.ProductId)) == productIds.Count)
            .OrderBy(p => p.Commune!.ParentId == request.ProvinceId ? 0 : 1).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.Address, Commune = p.Commune!.Name, Province = p.Commune.Parent!.Name, p.OpeningHours, p.Phone })
            .ToListAsync(ct);

        var free = request.Parcels.ToDictionary(p => p.ProducerId, _ => 0L);
        return points.Select(p => new ShippingQuote(SystemName, CodePrefix + p.Id, localizer["Pick up at {0}", p.Name],
                Describe(string.Join(", ", new[] { p.Address, p.Commune, p.Province }.Where(s => !string.IsNullOrWhiteSpace(s))), p.OpeningHours, p.Phone),
                free, p.Id))
            .ToList();
    }

    private string Describe(string address, string? hours, string? phone)
    {
        var parts = new List<string> { address + "." };
        if (!string.IsNullOrWhiteSpace(hours)) parts.Add(localizer["Open {0}.", hours]);
        if (!string.IsNullOrWhiteSpace(phone)) parts.Add(localizer["Phone {0}.", phone]);
        parts.Add(localizer["Ready for collection in about {0} days; we will call you.", 2]);
        return string.Join(" ", parts);
    }
}

/// <summary>Marker for the plugin's strings (Resources/PickupResource.*.resx).</summary>
public sealed class PickupResource;

public sealed class PickupModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<PickupProvider>().As<IShippingProvider>().InstancePerLifetimeScope();
}
