using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;

namespace OcopMarket.Core.Reviews;

public enum PurchaseState
{
    /// <summary>No order of the customer holds the product.</summary>
    NotBought,
    /// <summary>Ordered, but the parcel with the product has not arrived yet.</summary>
    NotDelivered,
    /// <summary>A parcel with the product was delivered: the customer may review it.</summary>
    Delivered,
}

public sealed record PurchaseProof(PurchaseState State, int? OrderId);

/// <summary>
/// Who may review a product: a customer with an order of theirs holding it whose parcel (shipment) with it was
/// delivered, or whose order is completed (every parcel delivered or handed over) and that parcel not cancelled.
/// </summary>
public sealed class ReviewEligibility(OcopDbContext db)
{
    public async Task<PurchaseProof> CheckAsync(int userId, int productId, CancellationToken ct = default)
    {
        var lines = await (
                from l in db.OrderLines
                join s in db.Shipments on l.ShipmentId equals s.Id
                join o in db.Orders on l.OrderId equals o.Id
                where l.ProductId == productId && o.CustomerUserId == userId && o.Status != OrderStatus.Cancelled
                      && s.Status != ShipmentStatus.Cancelled
                select new { o.Id, Delivered = s.Status == ShipmentStatus.Delivered || o.Status == OrderStatus.Completed, o.PlacedAt })
            .ToListAsync(ct);
        if (lines.Count == 0) return new(PurchaseState.NotBought, null);
        // The latest delivered order proves the purchase.
        var proof = lines.Where(l => l.Delivered).OrderByDescending(l => l.PlacedAt).ThenByDescending(l => l.Id).FirstOrDefault();
        return proof is null ? new(PurchaseState.NotDelivered, null) : new(PurchaseState.Delivered, proof.Id);
    }
}
