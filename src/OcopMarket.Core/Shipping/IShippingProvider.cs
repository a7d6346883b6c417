namespace OcopMarket.Core.Shipping;

/// <summary>
/// Shipping options, brought by a plugin (rates by province and weight; pickup at a display point).
/// Every producer ships its own parcel, so a quote prices each parcel.
/// </summary>
public interface IShippingProvider
{
    /// <summary>The plugin's system name, e.g. "Shipping.Rates".</summary>
    string SystemName { get; }

    /// <summary>The options for this destination and these parcels; empty when the provider cannot serve them.</summary>
    Task<IReadOnlyList<ShippingQuote>> QuoteAsync(ShippingRequest request, CancellationToken ct);
}

/// <param name="ProvinceId">Today's province of the delivery address.</param>
public sealed record ShippingRequest(int ProvinceId, int CommuneId, IReadOnlyList<ShippingParcel> Parcels);

/// <summary>One producer's part of the cart.</summary>
public sealed record ShippingParcel(int ProducerId, long Subtotal, int WeightGrams, IReadOnlyList<int> ProductIds);

/// <summary>
/// One option (e.g. "Giao tiêu chuẩn", "Nhận tại điểm bán …"): <see cref="Code"/> is unique within its provider;
/// <see cref="CostByProducer"/> prices each parcel in VND.
/// </summary>
public sealed record ShippingQuote(string Provider, string Code, string Name, string? Description,
    IReadOnlyDictionary<int, long> CostByProducer, int? PickupPointId = null)
{
    public long Total => CostByProducer.Values.Sum();
}
