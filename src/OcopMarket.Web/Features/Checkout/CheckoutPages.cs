using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Places;
using OcopMarket.Core.Shipping;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>
/// Builds the checkout page for what the buyer has chosen so far: the next level of address choices
/// (province → optional pre-2025 district → commune), the delivery quotes of every enabled shipping
/// provider for this address and cart, and the payment methods. Choices that no longer fit are dropped.
/// </summary>
public sealed class CheckoutPages(OcopDbContext db, PlaceOptions places, IShopProviders providers, ILogger<CheckoutPages> logger)
{
    public async Task<CheckoutPageModel> BuildAsync(CheckoutForm form, CartPageModel cart, CancellationToken ct)
    {
        var provinces = (await places.ProvincesAsync(ct)).Select(p => new AddressOption(p.Id, p.Name)).ToList();
        if (provinces.All(p => p.Id != form.ProvinceId)) form.ProvinceId = null;

        List<AddressOption> districts = [];
        List<AddressOption> communes = [];
        if (form.ProvinceId is { } provinceId)
        {
            districts = (await places.FormerDistrictsAsync(provinceId, ct)).Select(d => new AddressOption(d.Id, d.Name)).ToList();
            if (districts.All(d => d.Id != form.DistrictId)) form.DistrictId = null;
            if (form.DistrictId is { } districtId) communes = await FormerCommunesOfDistrictAsync(districtId, ct);
            if (communes.Count == 0)
            {
                communes = (await places.CurrentCommunesAsync(provinceId, ct)).Select(c => new AddressOption(c.Id, c.Name)).ToList();
                communes.AddRange((await places.FormerCommunesAsync(provinceId, ct)).Select(c => new AddressOption(c.Id, c.Name, c.MergedInto)));
            }
        }
        else form.DistrictId = null;
        if (communes.All(c => c.Id != form.CommuneId)) form.CommuneId = null;

        List<ShippingChoice> shipping = [];
        if (form.ProvinceId is { } province && form.CommuneId is { } commune && !cart.IsEmpty)
            shipping = await QuoteAsync(province, await TodaysCommuneAsync(commune, ct), cart, ct);
        if (shipping.All(s => s.Value != form.Shipping)) form.Shipping = shipping.FirstOrDefault()?.Value;

        var payments = providers.Payments.Select(p => new PaymentChoice(p.SystemName, p.Name, p.Description, p.PaymentWindow is not null)).ToList();
        if (payments.All(p => p.SystemName != form.Payment)) form.Payment = payments.FirstOrDefault()?.SystemName;

        return new CheckoutPageModel
        {
            Form = form, Cart = cart, Provinces = provinces, Districts = districts, Communes = communes,
            ShippingOptions = shipping, PaymentOptions = payments,
        };
    }

    /// <summary>Today's commune for a chosen one: itself, or the commune a pre-2025 one merged into (carriers deliver to today's).</summary>
    public async Task<int> TodaysCommuneAsync(int communeId, CancellationToken ct) =>
        await db.AdminUnits.Where(u => u.Id == communeId).Select(u => u.SuccessorId ?? u.Id).FirstOrDefaultAsync(ct);

    /// <summary>"provider|code" of a quote, the value of its radio button.</summary>
    public static string ChoiceValue(string provider, string code) => provider + "|" + code;

    public static (string Provider, string Code)? ParseChoice(string? value) =>
        value?.Split('|', 2) is [var provider, var code] ? (provider, code) : null;

    private Task<List<AddressOption>> FormerCommunesOfDistrictAsync(int districtId, CancellationToken ct) =>
        db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == AdminUnitLevel.Commune && u.ParentId == districtId)
            .OrderBy(u => u.Name)
            .Select(u => new AddressOption(u.Id, u.Name, u.Successor != null ? u.Successor.Name : null))
            .ToListAsync(ct);

    private async Task<List<ShippingChoice>> QuoteAsync(int provinceId, int communeId, CartPageModel cart, CancellationToken ct)
    {
        var parcels = cart.Groups
            .Select(g => (Group: g, Lines: g.Lines.Where(l => l.IsSold).ToList()))
            .Where(g => g.Lines.Count > 0)
            .Select(g => new ShippingParcel(g.Group.ProducerId, g.Lines.Sum(l => l.LineTotal), g.Lines.Sum(l => l.WeightGrams * l.Quantity),
                g.Lines.Select(l => l.ProductId).ToList()))
            .ToList();
        if (parcels.Count == 0) return [];
        var request = new ShippingRequest(provinceId, communeId, parcels);
        var choices = new List<ShippingChoice>();
        foreach (var provider in providers.Shipping)
        {
            try
            {
                foreach (var q in await provider.QuoteAsync(request, ct))
                    choices.Add(new ShippingChoice(ChoiceValue(q.Provider, q.Code), q.Name, q.Description, q.Total, q.CostByProducer));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken plugin must not take the whole checkout down: its options are just not offered.
                logger.LogError(ex, "Shipping provider {Provider} failed to quote", provider.SystemName);
            }
        }
        return choices;
    }
}
