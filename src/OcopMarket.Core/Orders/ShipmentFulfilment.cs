using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Orders;

/// <summary>
/// A producer's steps on its own parcel: confirm → pack → hand over (carrier + tracking number) →
/// delivered, or cancel with a reason. <c>producerId</c> scopes every call to that producer's parcels
/// (null for the office). Each step is a conditional UPDATE on the expected current state, so a
/// double click or two people at once move the parcel once.
/// </summary>
public sealed class ShipmentFulfilment(OcopDbContext db, OrderCancellation cancellation, OrderTimeline timeline, TimeProvider time)
{
    public Task<OperationResult> ConfirmAsync(int shipmentId, int? producerId, int? userId, CancellationToken ct = default) =>
        MoveAsync(shipmentId, producerId, userId, [ShipmentStatus.Pending], ShipmentStatus.Confirmed, "shipment.confirmed", null, null, null, ct);

    public Task<OperationResult> PackAsync(int shipmentId, int? producerId, int? userId, CancellationToken ct = default) =>
        MoveAsync(shipmentId, producerId, userId, [ShipmentStatus.Pending, ShipmentStatus.Confirmed], ShipmentStatus.Packed, "shipment.packed", null, null, null, ct);

    /// <summary>Hands the parcel to a carrier (a tracking number is required) or to the buyer at a pickup point (none needed).</summary>
    public async Task<OperationResult> HandOverAsync(int shipmentId, int? producerId, string? carrier, string? trackingNumber, int? userId, CancellationToken ct = default)
    {
        var pickup = await db.Shipments.Where(s => s.Id == shipmentId).Select(s => s.PickupPointId != null).SingleOrDefaultAsync(ct);
        carrier = string.IsNullOrWhiteSpace(carrier) ? null : carrier.Trim();
        trackingNumber = string.IsNullOrWhiteSpace(trackingNumber) ? null : trackingNumber.Trim();
        if (!pickup && (carrier is null || trackingNumber is null))
            return OperationResult.Fail("Enter the carrier and the tracking number.");
        if (carrier?.Length > 100 || trackingNumber?.Length > 64)
            return OperationResult.Fail("The carrier or tracking number is too long.");
        var detail = trackingNumber is null ? carrier : $"{carrier} {trackingNumber}";
        return await MoveAsync(shipmentId, producerId, userId, [ShipmentStatus.Confirmed, ShipmentStatus.Packed], ShipmentStatus.HandedOver,
            "shipment.handed_over", detail, carrier, trackingNumber, ct);
    }

    public Task<OperationResult> MarkDeliveredAsync(int shipmentId, int? producerId, int? userId, CancellationToken ct = default) =>
        MoveAsync(shipmentId, producerId, userId, [ShipmentStatus.HandedOver], ShipmentStatus.Delivered, "shipment.delivered", null, null, null, ct);

    public async Task<OperationResult> CancelAsync(int shipmentId, int? producerId, string reason, int? userId, CancellationToken ct = default)
    {
        if (!await OwnsAsync(shipmentId, producerId, ct)) return OperationResult.Fail("The shipment was not found.");
        return await cancellation.CancelShipmentAsync(shipmentId, reason, userId, ct);
    }

    private Task<bool> OwnsAsync(int shipmentId, int? producerId, CancellationToken ct) =>
        db.Shipments.AnyAsync(s => s.Id == shipmentId && (producerId == null || s.ProducerId == producerId), ct);

    private async Task<OperationResult> MoveAsync(int shipmentId, int? producerId, int? userId, ShipmentStatus[] from, ShipmentStatus to,
        string kind, string? detail, string? carrier, string? tracking, CancellationToken ct)
    {
        var shipment = await db.Shipments.AsNoTracking()
            .Where(s => s.Id == shipmentId && (producerId == null || s.ProducerId == producerId))
            .Select(s => new { s.OrderId, s.Status, Payment = s.Order!.PaymentStatus, OrderStatus = s.Order.Status })
            .SingleOrDefaultAsync(ct);
        if (shipment is null) return OperationResult.Fail("The shipment was not found.");
        if (shipment.OrderStatus == OrderStatus.Cancelled) return OperationResult.Fail("The order has been cancelled.");
        // Goods leave only for orders paid in advance or paid on delivery.
        if (shipment.Payment is not (PaymentStatus.NotRequired or PaymentStatus.Paid or PaymentStatus.PartiallyRefunded))
            return OperationResult.Fail("The order is not paid yet; wait for the payment before preparing it.");
        if (!from.Contains(shipment.Status)) return OperationResult.Fail("This step is not possible in the parcel's current state.");

        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = await db.Shipments.Where(s => s.Id == shipmentId && from.Contains(s.Status))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, to)
                .SetProperty(s => s.ConfirmedAt, s => to == ShipmentStatus.Confirmed || (s.ConfirmedAt == null && to != ShipmentStatus.Delivered) ? now : s.ConfirmedAt)
                .SetProperty(s => s.HandedOverAt, s => to == ShipmentStatus.HandedOver ? now : s.HandedOverAt)
                .SetProperty(s => s.DeliveredAt, s => to == ShipmentStatus.Delivered ? now : s.DeliveredAt)
                .SetProperty(s => s.Carrier, s => to == ShipmentStatus.HandedOver ? carrier : s.Carrier)
                .SetProperty(s => s.TrackingNumber, s => to == ShipmentStatus.HandedOver ? tracking : s.TrackingNumber), ct);
        if (rows == 0) return OperationResult.Fail("This step is not possible in the parcel's current state.");
        timeline.Add(shipment.OrderId, kind, detail, userId, shipmentId);
        if (to == ShipmentStatus.Delivered) await cancellation.CloseIfDoneAsync(shipment.OrderId, null, userId, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return OperationResult.Ok;
    }
}
