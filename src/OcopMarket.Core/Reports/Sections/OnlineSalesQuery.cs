using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;

namespace OcopMarket.Core.Reports.Sections;

public sealed record ProducerSalesRow(int ProducerId, string Producer, int Orders, int Parcels, long Revenue);

public sealed record CommuneSalesRow(int CommuneId, string Commune, string Province, int Orders, int Parcels, long Revenue);

public sealed record DaySalesRow(DateOnly Day, int Orders, long Revenue);

/// <summary>Online sales of the period: orders, goods revenue, parcels, by producer and by the producer's commune.</summary>
public sealed record OnlineSalesSection(int Orders, int Parcels, long Revenue, long CouponDiscount,
    IReadOnlyList<ProducerSalesRow> ByProducer, IReadOnlyList<CommuneSalesRow> ByCommune, IReadOnlyList<DaySalesRow> ByDay);

/// <summary>
/// What the dashboard's sales block counts, for a period: the goods value (parcel subtotals, no shipping) of every parcel
/// that is not cancelled, in orders placed in the period that are not cancelled. A producer recorded in a commune merged
/// in 2025 counts for today's commune. Read with one bounded query and grouped in memory (SQLite stores instants as ticks).
/// </summary>
public sealed class OnlineSalesQuery(OcopDbContext db)
{
    public async Task<OnlineSalesSection> QueryAsync(ReportPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var parcels = await db.Shipments.AsNoTracking()
            .Where(s => s.Status != ShipmentStatus.Cancelled && s.Order!.Status != OrderStatus.Cancelled && s.Order.PlacedAt >= start && s.Order.PlacedAt < end)
            .Select(s => new { s.OrderId, s.Order!.PlacedAt, s.ProducerId, s.Subtotal, s.DiscountTotal, Producer = s.Producer!.Name, s.Producer.CommuneId })
            .ToListAsync(ct);

        var byProducer = parcels.GroupBy(p => new { p.ProducerId, p.Producer })
            .Select(g => new ProducerSalesRow(g.Key.ProducerId, g.Key.Producer, g.Select(p => p.OrderId).Distinct().Count(), g.Count(), g.Sum(p => p.Subtotal)))
            .OrderByDescending(p => p.Revenue).ThenBy(p => p.Producer, StringComparer.Ordinal).ToList();

        var unitIds = parcels.Select(p => p.CommuneId).Distinct().ToList();
        var successor = await db.AdminUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, Today = u.SuccessorId ?? u.Id }).ToDictionaryAsync(u => u.Id, u => u.Today, ct);
        var todayIds = successor.Values.Distinct().ToList();
        var names = await db.AdminUnits.AsNoTracking().Where(u => todayIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, Province = u.Parent != null ? u.Parent.Name : "" }).ToDictionaryAsync(u => u.Id, ct);
        var byCommune = parcels.GroupBy(p => successor.GetValueOrDefault(p.CommuneId, p.CommuneId))
            .Select(g => new CommuneSalesRow(g.Key, names.GetValueOrDefault(g.Key)?.Name ?? "?", names.GetValueOrDefault(g.Key)?.Province ?? "",
                g.Select(p => p.OrderId).Distinct().Count(), g.Count(), g.Sum(p => p.Subtotal)))
            .OrderByDescending(c => c.Revenue).ThenBy(c => c.Commune, StringComparer.Ordinal).ToList();

        var byDay = parcels.GroupBy(p => DateOnly.FromDateTime(p.PlacedAt.ToOffset(Common.VietnamTime.Offset).DateTime))
            .Select(g => new DaySalesRow(g.Key, g.Select(p => p.OrderId).Distinct().Count(), g.Sum(p => p.Subtotal)))
            .OrderBy(d => d.Day).ToList();

        return new OnlineSalesSection(parcels.Select(p => p.OrderId).Distinct().Count(), parcels.Count, parcels.Sum(p => p.Subtotal),
            parcels.Sum(p => p.DiscountTotal), byProducer, byCommune, byDay);
    }
}
