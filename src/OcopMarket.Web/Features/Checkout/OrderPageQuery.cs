using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>Reads an order for its customer's page, and the customer's order history.</summary>
public sealed class OrderPageQuery(OcopDbContext db, PlaceNames placeNames, IShopProviders providers)
{
    public const int HistoryPageSize = 10;

    /// <summary>Order numbers are upper case letters and digits; anything else cannot be one.</summary>
    public static string? CleanNumber(string? number)
    {
        var n = number?.Trim().ToUpperInvariant();
        return n is { Length: >= 6 and <= 32 } && n.All(char.IsAsciiLetterOrDigit) ? n : null;
    }

    public Task<Order?> FindAsync(string number, CancellationToken ct) =>
        db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == number, ct);

    public async Task<OrderPageModel> GetAsync(Order order, bool justPlaced, CancellationToken ct)
    {
        var shipments = await db.Shipments.AsNoTracking().Where(s => s.OrderId == order.Id).OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Id, ProducerName = s.Producer!.Name, ProducerSlug = s.Producer.Slug, s.Status, s.ShippingOptionName, s.ShippingCost,
                s.Subtotal, s.Carrier, s.TrackingNumber, s.CancelReason,
                Lines = s.Lines.OrderBy(l => l.Id).Select(l => new OrderLineModel(l.ProductName, l.Product!.Slug, l.Unit, l.UnitPrice, l.Quantity, l.LineTotal)).ToList(),
            })
            .ToListAsync(ct);
        var models = shipments.Select(s => new ShipmentModel(s.Id, s.ProducerName, s.ProducerSlug, s.Status, s.ShippingOptionName, s.ShippingCost,
            s.Subtotal, s.Carrier, s.TrackingNumber, s.CancelReason, s.Lines)).ToList();
        var producerOf = models.ToDictionary(s => s.Id, s => s.ProducerName);
        var events = await db.OrderEvents.AsNoTracking().Where(e => e.OrderId == order.Id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var place = await placeNames.ForAsync(order.CommuneId, order.DistrictId, order.ProvinceId, ct);
        var provider = providers.Payment(order.PaymentMethod);
        return new OrderPageModel
        {
            Order = order,
            AddressDisplay = $"{order.AddressLine}, {place.Display}",
            PaymentMethodName = provider?.Name ?? order.PaymentMethod,
            Shipments = models,
            Timeline = events.Select(e => new TimelineEntryModel(e.At, e.Kind, e.Detail, e.ShipmentId is { } sid ? producerOf.GetValueOrDefault(sid) : null)).ToList(),
            InstructionsViewComponent = order.PaymentStatus == PaymentStatus.Pending && order.Status == OrderStatus.Placed ? provider?.InstructionsViewComponent : null,
            CanCancel = CanCancel(order.Status, models.Select(s => s.Status).ToList()),
            JustPlaced = justPlaced,
        };
    }

    /// <summary>While no parcel has left a producer (the same rule <see cref="OrderCancellation"/> enforces).</summary>
    public static bool CanCancel(OrderStatus status, IReadOnlyList<ShipmentStatus> shipments) =>
        status == OrderStatus.Placed
        && !shipments.Any(s => s is ShipmentStatus.HandedOver or ShipmentStatus.Delivered)
        && shipments.Any(s => OrderCancellation.Cancellable.Contains(s));

    public async Task<OrderHistoryModel> HistoryAsync(int userId, int page, CancellationToken ct)
    {
        var query = db.Orders.AsNoTracking().Where(o => o.CustomerUserId == userId);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + HistoryPageSize - 1) / HistoryPageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id)
            .Skip((page - 1) * HistoryPageSize).Take(HistoryPageSize)
            .Select(o => new OrderSummaryModel(o.Number, o.PlacedAt, o.Status, o.PaymentStatus, o.Total,
                o.Lines.Sum(l => l.Quantity), o.Shipments.Count, o.Lines.OrderBy(l => l.Id).Select(l => l.ProductName).FirstOrDefault() ?? ""))
            .ToListAsync(ct);
        return new OrderHistoryModel(rows, page, pageCount, total);
    }

    /// <summary>The order with this number and phone (normalised), or null: the caller answers the same for either mismatch.</summary>
    public Task<string?> LookupAsync(string number, string phone, CancellationToken ct) =>
        db.Orders.AsNoTracking().Where(o => o.Number == number && o.Phone == phone).Select(o => o.Number).FirstOrDefaultAsync(ct);
}
