using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Orders;

/// <summary>
/// Cancels shipments and orders and gives their stock back. Each cancellation is one conditional UPDATE
/// ("cancel if still open"), so two people cancelling at once, or a cancellation racing the payment
/// expiry, release the stock exactly once.
/// </summary>
public sealed class OrderCancellation(OcopDbContext db, StockReservation stock, OrderTimeline timeline, Promotions.Coupons.CouponRedeemer coupons, TimeProvider time)
{
    /// <summary>Shipments in these states may still be cancelled: nothing has left the producer yet.</summary>
    public static readonly ShipmentStatus[] Cancellable = [ShipmentStatus.Pending, ShipmentStatus.Confirmed, ShipmentStatus.Packed];

    /// <summary>
    /// Cancels the whole order (customer, office, or payment expiry). Refused once any parcel has been
    /// handed to the carrier. Runs in its own transaction unless the caller has one.
    /// </summary>
    public async Task<OperationResult> CancelOrderAsync(int orderId, string reason, int? userId, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return OperationResult.Fail("Give a reason for the cancellation.");
        var order = await db.Orders.AsNoTracking().Include(o => o.Shipments).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return OperationResult.Fail("The order was not found.");
        if (order.Status == OrderStatus.Cancelled) return OperationResult.Fail("The order is already cancelled.");
        if (order.Shipments.Any(s => s.Status is ShipmentStatus.HandedOver or ShipmentStatus.Delivered))
            return OperationResult.Fail("A parcel of this order has already been handed to the carrier; it can no longer be cancelled.");

        await using var tx = await BeginAsync(ct);
        var released = 0;
        foreach (var shipment in order.Shipments.Where(s => Cancellable.Contains(s.Status)))
            if (await CancelShipmentCoreAsync(shipment.Id, order.Id, reason, userId, ct)) released++;
        if (released == 0) return OperationResult.Fail("The order is already cancelled.");
        await CloseIfDoneAsync(order.Id, reason, userId, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>Cancels one producer's parcel; the order is cancelled with its last open parcel.</summary>
    public async Task<OperationResult> CancelShipmentAsync(int shipmentId, string reason, int? userId, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return OperationResult.Fail("Give a reason for the cancellation.");
        var orderId = await db.Shipments.Where(s => s.Id == shipmentId).Select(s => (int?)s.OrderId).SingleOrDefaultAsync(ct);
        if (orderId is null) return OperationResult.Fail("The shipment was not found.");

        await using var tx = await BeginAsync(ct);
        if (!await CancelShipmentCoreAsync(shipmentId, orderId.Value, reason, userId, ct))
            return OperationResult.Fail("This parcel can no longer be cancelled.");
        await CloseIfDoneAsync(orderId.Value, reason, userId, ct);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return OperationResult.Ok;
    }

    private async Task<bool> CancelShipmentCoreAsync(int shipmentId, int orderId, string reason, int? userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var trimmed = reason.Trim();
        var rows = await db.Shipments
            .Where(s => s.Id == shipmentId && Cancellable.Contains(s.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ShipmentStatus.Cancelled)
                .SetProperty(s => s.CancelReason, trimmed).SetProperty(s => s.CancelledAt, now), ct);
        if (rows == 0) return false;
        var lines = await db.OrderLines.AsNoTracking().Where(l => l.ShipmentId == shipmentId).ToListAsync(ct);
        foreach (var line in lines) await stock.ReleaseAsync(line.ProductId, line.Quantity, ct);
        timeline.Add(orderId, "shipment.cancelled", trimmed, userId, shipmentId);
        return true;
    }

    /// <summary>After a parcel changed: cancel the order when no parcel is left, complete it when every live parcel is delivered.</summary>
    internal async Task CloseIfDoneAsync(int orderId, string? reason, int? userId, CancellationToken ct)
    {
        var statuses = await db.Shipments.Where(s => s.OrderId == orderId).Select(s => s.Status).ToListAsync(ct);
        var now = time.GetUtcNow();
        if (statuses.All(s => s == ShipmentStatus.Cancelled))
        {
            var rows = await db.Orders.Where(o => o.Id == orderId && o.Status != OrderStatus.Cancelled)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OrderStatus.Cancelled)
                    .SetProperty(o => o.CancelledAt, now).SetProperty(o => o.CancelReason, reason), ct);
            if (rows == 1)
            {
                timeline.Add(orderId, "cancelled", reason, userId);
                await coupons.ReleaseAsync(orderId, ct); // the code (and the customer's limit) can be used again
            }
        }
        else if (statuses.Where(s => s != ShipmentStatus.Cancelled).All(s => s == ShipmentStatus.Delivered))
        {
            var rows = await db.Orders.Where(o => o.Id == orderId && o.Status == OrderStatus.Placed)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OrderStatus.Completed), ct);
            if (rows == 1) timeline.Add(orderId, "completed", null, userId);
        }
    }

    /// <summary>A transaction of our own, unless the caller already opened one (expiry runs many cancellations in one).</summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> BeginAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
}
