using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.OrdersAdmin;

/// <summary>The order list's filters. Dates are Việt Nam calendar days, both ends included.</summary>
public sealed class OrderListQuery : ListQuery
{
    public OrderStatus? Status { get; set; }
    public PaymentStatus? Payment { get; set; }
    public int? Producer { get; set; }
    public string? Method { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>One row (member-init so the database sorts on its columns).</summary>
public sealed class OrderRow
{
    public int Id { get; init; }
    public string Number { get; init; } = "";
    public DateTimeOffset PlacedAt { get; init; }
    public string Customer { get; init; } = "";
    public string Phone { get; init; } = "";
    public long Total { get; init; }
    public OrderStatus Status { get; init; }
    public PaymentStatus Payment { get; init; }
    public string Method { get; init; } = "";
}

public sealed record ShipmentSummary(int OrderId, string Producer, ShipmentStatus Status);

public sealed record OrderListPage(
    PagedList<OrderRow> Rows, OrderListQuery Query, IReadOnlyDictionary<int, IReadOnlyList<ShipmentSummary>> Shipments,
    IReadOnlyList<(int Id, string Name)> Producers, IReadOnlyList<(string SystemName, string Name)> Methods);

/// <summary>The office's order list: searched, filtered, sorted and paged in the database; parcels of the page in one more query.</summary>
public sealed class OrderList(OcopDbContext db, IEnumerable<IPaymentProvider> providers)
{
    private static readonly SortMap<OrderRow> Sorts = new SortMap<OrderRow>()
        .Add("placed", r => r.PlacedAt)
        .Add("number", r => r.Number)
        .Add("customer", r => r.Customer)
        .Add("total", r => r.Total)
        .Add("payment", r => r.Payment);

    /// <summary>Midnight of a Việt Nam day, as the UTC instant the database compares (timestamps are stored in UTC).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => OcopMarket.Core.Common.VietnamTime.StartOf(day);

    public async Task<OrderListPage> GetAsync(OrderListQuery query, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(query.Sort)) query.Desc = true; // newest first unless a column is chosen
        var orders = db.Orders.AsNoTracking();
        if (query.Text is { } text)
        {
            var upper = text.ToUpperInvariant();
            var lower = text.ToLowerInvariant();
            var digits = new string(text.Where(char.IsDigit).ToArray());
            orders = orders.Where(o => o.Number.Contains(upper) || o.CustomerName.ToLower().Contains(lower) || o.CustomerName.Contains(text)
                || (digits.Length >= 3 && o.Phone.Replace(" ", "").Replace(".", "").Contains(digits)));
        }
        if (query.Status is { } status) orders = orders.Where(o => o.Status == status);
        if (query.Payment is { } payment) orders = orders.Where(o => o.PaymentStatus == payment);
        if (query.Producer is { } producer) orders = orders.Where(o => o.Shipments.Any(s => s.ProducerId == producer));
        if (!string.IsNullOrWhiteSpace(query.Method)) orders = orders.Where(o => o.PaymentMethod == query.Method);
        if (query.From is { } from)
        {
            var start = StartOfDay(from);
            orders = orders.Where(o => o.PlacedAt >= start);
        }
        if (query.To is { } to)
        {
            var end = StartOfDay(to.AddDays(1));
            orders = orders.Where(o => o.PlacedAt < end);
        }

        var page = await orders.Select(o => new OrderRow
        {
            Id = o.Id, Number = o.Number, PlacedAt = o.PlacedAt, Customer = o.CustomerName, Phone = o.Phone,
            Total = o.Total, Status = o.Status, Payment = o.PaymentStatus, Method = o.PaymentMethod,
        }).ToPagedListAsync(query, Sorts, ct);

        var ids = page.Items.Select(r => r.Id).ToList();
        var shipments = (await db.Shipments.AsNoTracking().Where(s => ids.Contains(s.OrderId)).OrderBy(s => s.Id)
                .Select(s => new ShipmentSummary(s.OrderId, s.Producer!.Name, s.Status)).ToListAsync(ct))
            .GroupBy(s => s.OrderId).ToDictionary(g => g.Key, g => (IReadOnlyList<ShipmentSummary>)g.ToList());
        var producerList = await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return new OrderListPage(page, query, shipments, producerList.Select(p => (p.Id, p.Name)).ToList(), Methods());
    }

    /// <summary>Every payment plugin installed (enabled or not: old orders keep their method).</summary>
    public IReadOnlyList<(string SystemName, string Name)> Methods() =>
        providers.OrderBy(p => p.SortOrder).Select(p => (p.SystemName, p.Name)).DistinctBy(p => p.SystemName).ToList();
}
