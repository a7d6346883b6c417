using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Web.Features.Orders;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Portal;

public sealed class ParcelListQuery : ListQuery
{
    public ShipmentStatus? Status { get; set; }
}

/// <summary>One of the producer's parcels in its list (member-init so the database sorts on its columns).</summary>
public sealed class ParcelRow
{
    public int Id { get; init; }
    public string OrderNumber { get; init; } = "";
    public DateTimeOffset PlacedAt { get; init; }
    public string Customer { get; init; } = "";
    public int Items { get; init; }
    public long Subtotal { get; init; }
    public ShipmentStatus Status { get; init; }
    public PaymentStatus Payment { get; init; }
    public OrderStatus OrderStatus { get; init; }

    /// <summary>A transfer or card order whose money has not arrived: nothing to do yet.</summary>
    public bool AwaitingPayment => OrderStatus == OrderStatus.Placed && !OrderLabels.ReadyToShip(Payment);
}

public sealed record ParcelListPage(PagedList<ParcelRow> Rows, ParcelListQuery Query, IReadOnlyDictionary<ShipmentStatus, int> Counts);

/// <summary>The signed-in producer's parcels; every query is scoped to its producer id.</summary>
public sealed class PortalParcels(OcopDbContext db)
{
    private static readonly SortMap<ParcelRow> Sorts = new SortMap<ParcelRow>()
        .Add("placed", r => r.PlacedAt)
        .Add("number", r => r.OrderNumber)
        .Add("customer", r => r.Customer)
        .Add("subtotal", r => r.Subtotal)
        .Add("status", r => r.Status);

    public async Task<ParcelListPage> ListAsync(int producerId, ParcelListQuery query, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(query.Sort)) query.Desc = true;
        var mine = db.Shipments.AsNoTracking().Where(s => s.ProducerId == producerId);
        var counts = (await mine.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Count);
        var shipments = mine;
        if (query.Status is { } status) shipments = shipments.Where(s => s.Status == status);
        if (query.Text is { } text)
        {
            var upper = text.ToUpperInvariant();
            var lower = text.ToLowerInvariant();
            shipments = shipments.Where(s => s.Order!.Number.Contains(upper) || s.Order.CustomerName.ToLower().Contains(lower) || s.Order.CustomerName.Contains(text));
        }
        var page = await shipments.Select(s => new ParcelRow
        {
            Id = s.Id, OrderNumber = s.Order!.Number, PlacedAt = s.Order.PlacedAt, Customer = s.Order.CustomerName,
            Items = s.Lines.Sum(l => l.Quantity), Subtotal = s.Subtotal, Status = s.Status, Payment = s.Order.PaymentStatus, OrderStatus = s.Order.Status,
        }).ToPagedListAsync(query, Sorts, ct);
        return new ParcelListPage(page, query, counts);
    }

    public Task<bool> OwnsAsync(int producerId, int shipmentId, CancellationToken ct) =>
        db.Shipments.AnyAsync(s => s.Id == shipmentId && s.ProducerId == producerId, ct);

    /// <summary>New parcels: waiting for the producer's confirmation, with nothing else to wait for (paid, or cash on delivery).</summary>
    public Task<int> NewCountAsync(int producerId, CancellationToken ct) =>
        db.Shipments.CountAsync(s => s.ProducerId == producerId && s.Status == ShipmentStatus.Pending && s.Order!.Status == OrderStatus.Placed
            && (s.Order.PaymentStatus == PaymentStatus.NotRequired || s.Order.PaymentStatus == PaymentStatus.Paid || s.Order.PaymentStatus == PaymentStatus.PartiallyRefunded), ct);
}
