using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Orders;

public sealed record OrderLineView(int ProductId, string ProductName, string Unit, long UnitPrice, int Quantity, long LineTotal);

/// <summary>One producer's parcel as both the office and the producer see it.</summary>
public sealed record ShipmentView(
    int Id, int ProducerId, string Producer, ShipmentStatus Status, string ShippingOptionName, long ShippingCost, bool Pickup,
    long Subtotal, string? Carrier, string? TrackingNumber, string? CancelReason,
    DateTimeOffset? ConfirmedAt, DateTimeOffset? HandedOverAt, DateTimeOffset? DeliveredAt, DateTimeOffset? CancelledAt,
    IReadOnlyList<OrderLineView> Lines, long Discount = 0, string? CouponCode = null)
{
    public bool IsOpen => Status is not (ShipmentStatus.Delivered or ShipmentStatus.Cancelled);
}

/// <param name="Producer">The parcel's producer when the event belongs to one parcel.</param>
public sealed record TimelineEntry(DateTimeOffset At, string Kind, string? Detail, string? User, int? ShipmentId, string? Producer);

public sealed record PaymentView(string Provider, string? Reference, long Amount, PaymentRecordStatus Status, DateTimeOffset At, string? RecordedBy);

public sealed record RefundView(long Amount, string Reason, string? Reference, DateTimeOffset At, string? RecordedBy);

/// <summary>An order with what hangs off it. For a producer, <see cref="Shipments"/> and the timeline hold only its own parcel.</summary>
public sealed record OrderDetail(
    Order Order, PlaceModel Place, IReadOnlyList<ShipmentView> Shipments, IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<PaymentView> Payments, IReadOnlyList<RefundView> Refunds)
{
    public long PaidTotal => Payments.Where(p => p.Status == PaymentRecordStatus.Succeeded).Sum(p => p.Amount);

    /// <summary>Money received minus refunds: the most a refund may be (the rule OrderPayments enforces).</summary>
    public long Refundable => Math.Max(0, PaidTotal - Order.RefundedTotal);

    public string Address => string.Join(", ", new[] { Order.AddressLine, Place.Display }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>
/// Reads one order for display: the office sees all of it, a producer (<c>producerId</c>) only its parcel, the
/// buyer's contact and address, and the events of the order and of that parcel. One query per table, no query per row.
/// </summary>
public sealed class OrderDetails(OcopDbContext db, PlaceNames places)
{
    public async Task<OrderDetail?> ByNumberAsync(string number, CancellationToken ct)
    {
        var id = await db.Orders.Where(o => o.Number == number).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        return id is null ? null : await LoadAsync(id.Value, null, ct);
    }

    /// <summary>The order of a producer's parcel, or null when the parcel does not exist or belongs to another producer.</summary>
    public async Task<OrderDetail?> ForShipmentAsync(int shipmentId, int producerId, CancellationToken ct)
    {
        var orderId = await db.Shipments.Where(s => s.Id == shipmentId && s.ProducerId == producerId).Select(s => (int?)s.OrderId).SingleOrDefaultAsync(ct);
        return orderId is null ? null : await LoadAsync(orderId.Value, shipmentId, ct);
    }

    private async Task<OrderDetail> LoadAsync(int orderId, int? onlyShipment, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId, ct);
        var shipments = await db.Shipments.AsNoTracking()
            .Where(s => s.OrderId == orderId && (onlyShipment == null || s.Id == onlyShipment))
            .OrderBy(s => s.Id)
            .Select(s => new { Shipment = s, Producer = s.Producer!.Name })
            .ToListAsync(ct);
        var shipmentIds = shipments.Select(s => s.Shipment.Id).ToList();
        var lines = await db.OrderLines.AsNoTracking().Where(l => shipmentIds.Contains(l.ShipmentId)).OrderBy(l => l.Id).ToListAsync(ct);
        var views = shipments.Select(x => new ShipmentView(
                x.Shipment.Id, x.Shipment.ProducerId, x.Producer, x.Shipment.Status, x.Shipment.ShippingOptionName, x.Shipment.ShippingCost,
                x.Shipment.PickupPointId != null, x.Shipment.Subtotal, x.Shipment.Carrier, x.Shipment.TrackingNumber, x.Shipment.CancelReason,
                x.Shipment.ConfirmedAt, x.Shipment.HandedOverAt, x.Shipment.DeliveredAt, x.Shipment.CancelledAt,
                lines.Where(l => l.ShipmentId == x.Shipment.Id)
                    .Select(l => new OrderLineView(l.ProductId, l.ProductName, l.Unit, l.UnitPrice, l.Quantity, l.LineTotal)).ToList(),
                x.Shipment.DiscountTotal, order.CouponCode))
            .ToList();

        // A producer sees the order's own events (placed, paid, cancelled) and its parcel's, never another producer's parcel.
        var events = await db.OrderEvents.AsNoTracking()
            .Where(e => e.OrderId == orderId && (onlyShipment == null || e.ShipmentId == null || e.ShipmentId == onlyShipment))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .ToListAsync(ct);
        var payments = onlyShipment is null
            ? await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).OrderBy(p => p.Id).ToListAsync(ct)
            : [];
        var refunds = onlyShipment is null
            ? await db.Refunds.AsNoTracking().Where(r => r.OrderId == orderId).OrderBy(r => r.Id).ToListAsync(ct)
            : [];

        var userIds = events.Select(e => e.UserId).Concat(payments.Select(p => p.RecordedByUserId)).Concat(refunds.Select(r => r.RecordedByUserId))
            .OfType<int>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.FullName != "" ? u.FullName : u.Email }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var producers = shipments.ToDictionary(s => s.Shipment.Id, s => s.Producer);
        string? UserName(int? id) => id is { } i ? users.GetValueOrDefault(i) : null;

        return new OrderDetail(
            order,
            await places.ForAsync(order.CommuneId, order.DistrictId, order.ProvinceId, ct),
            views,
            events.Select(e => new TimelineEntry(e.At, e.Kind, e.Detail, UserName(e.UserId), e.ShipmentId,
                e.ShipmentId is { } sid ? producers.GetValueOrDefault(sid) : null)).ToList(),
            payments.Select(p => new PaymentView(p.Provider, p.ProviderReference, p.Amount, p.Status, p.CreatedAt, UserName(p.RecordedByUserId))).ToList(),
            refunds.Select(r => new RefundView(r.Amount, r.Reason, r.ProviderReference, r.CreatedAt, UserName(r.RecordedByUserId))).ToList());
    }
}
