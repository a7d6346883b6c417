using OcopMarket.Core.Data;

namespace OcopMarket.Core.Orders;

/// <summary>Writes the order's timeline entries (saved with the caller's unit of work).</summary>
public sealed class OrderTimeline(OcopDbContext db, TimeProvider time)
{
    /// <summary>Kinds are stable English keys, localised for display ("placed", "paid", "shipment.handed_over"...).</summary>
    public void Add(int orderId, string kind, string? detail = null, int? userId = null, int? shipmentId = null) =>
        db.OrderEvents.Add(new OrderEvent { OrderId = orderId, ShipmentId = shipmentId, Kind = kind, Detail = detail, UserId = userId, At = time.GetUtcNow() });
}
