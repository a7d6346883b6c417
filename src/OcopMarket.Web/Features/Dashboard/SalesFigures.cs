using Autofac;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;

namespace OcopMarket.Web.Features.Dashboard;

public sealed record DaySales(DateOnly Day, int Orders, long Amount);

public sealed record ProducerSales(int ProducerId, string Producer, int Parcels, long Amount);

public sealed record CommuneSales(int CommuneId, string Commune, string Province, int Parcels, long Amount);

/// <param name="From">First Việt Nam day of the window; <paramref name="To"/> is today.</param>
public sealed record SalesModel(
    DateOnly From, DateOnly To, IReadOnlyList<DaySales> Days, IReadOnlyList<ProducerSales> Producers, IReadOnlyList<CommuneSales> Communes,
    int AwaitingPayment, int AwaitingConfirmation)
{
    public long Amount => Days.Sum(d => d.Amount);
    public int Orders { get; init; }
    public long BestDay => Days.Count == 0 ? 0 : Days.Max(d => d.Amount);
}

/// <summary>
/// Sales of the last <see cref="Days"/> Việt Nam days, for the dashboard. What counts: the goods value (line totals,
/// without shipping) of every parcel that is not cancelled, in orders that are not cancelled, by the day the order was
/// placed (Việt Nam time). Unpaid transfers still inside their payment window count (they are live orders).
/// The window is read with one bounded query and grouped in memory: timestamps are UTC ticks on SQLite, so the
/// database cannot group by a Việt Nam date on both providers.
/// </summary>
public sealed class SalesFigures(OcopDbContext db, TimeProvider time)
{
    public const int Days = 30;

    public async Task<SalesModel> GetAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var from = today.AddDays(-(Days - 1));
        var since = VietnamTime.StartOf(from);

        var parcels = await db.Shipments.AsNoTracking()
            .Where(s => s.Status != ShipmentStatus.Cancelled && s.Order!.Status != OrderStatus.Cancelled && s.Order.PlacedAt >= since)
            .Select(s => new { s.OrderId, s.Order!.PlacedAt, s.ProducerId, s.Subtotal, Producer = s.Producer!.Name, s.Producer.CommuneId })
            .ToListAsync(ct);

        var byDay = parcels.GroupBy(p => DateOnly.FromDateTime(p.PlacedAt.ToVietnam().DateTime))
            .ToDictionary(g => g.Key, g => new DaySales(g.Key, g.Select(p => p.OrderId).Distinct().Count(), g.Sum(p => p.Subtotal)));
        var days = Enumerable.Range(0, Days).Select(i => from.AddDays(i))
            .Select(d => byDay.GetValueOrDefault(d) ?? new DaySales(d, 0, 0)).ToList();

        var producers = parcels.GroupBy(p => new { p.ProducerId, p.Producer })
            .Select(g => new ProducerSales(g.Key.ProducerId, g.Key.Producer, g.Count(), g.Sum(p => p.Subtotal)))
            .OrderByDescending(p => p.Amount).ThenBy(p => p.Producer, StringComparer.Ordinal).ToList();

        // A producer recorded in a commune merged in 2025 counts for the commune it became part of (as the register does).
        var unitIds = parcels.Select(p => p.CommuneId).Distinct().ToList();
        var units = await db.AdminUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, Today = u.SuccessorId ?? u.Id }).ToDictionaryAsync(u => u.Id, u => u.Today, ct);
        var todayIds = units.Values.Distinct().ToList();
        var names = await db.AdminUnits.AsNoTracking().Where(u => todayIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, Province = u.Parent != null ? u.Parent.Name : "" }).ToDictionaryAsync(u => u.Id, ct);
        var communes = parcels.GroupBy(p => units.GetValueOrDefault(p.CommuneId, p.CommuneId))
            .Select(g => new CommuneSales(g.Key, names.GetValueOrDefault(g.Key)?.Name ?? "?", names.GetValueOrDefault(g.Key)?.Province ?? "", g.Count(), g.Sum(p => p.Subtotal)))
            .OrderByDescending(c => c.Amount).ThenBy(c => c.Commune, StringComparer.Ordinal).ToList();

        var awaitingPayment = await db.Orders.CountAsync(o => o.Status == OrderStatus.Placed
            && (o.PaymentStatus == PaymentStatus.Pending || o.PaymentStatus == PaymentStatus.Failed), ct);
        var awaitingConfirmation = await db.Shipments.CountAsync(s => s.Status == ShipmentStatus.Pending && s.Order!.Status == OrderStatus.Placed
            && (s.Order.PaymentStatus == PaymentStatus.NotRequired || s.Order.PaymentStatus == PaymentStatus.Paid || s.Order.PaymentStatus == PaymentStatus.PartiallyRefunded), ct);

        return new SalesModel(from, today, days, producers, communes, awaitingPayment, awaitingConfirmation)
        {
            Orders = parcels.Select(p => p.OrderId).Distinct().Count(),
        };
    }
}

/// <summary>The sales block of the dashboard, for the office and trade promotion (inspectors do not need it).</summary>
public sealed class SalesFiguresViewComponent(SalesFigures figures) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!(User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.OfficeStaff) || User.IsInRole(Roles.TradePromotion)))
            return Content("");
        return View(await figures.GetAsync(HttpContext.RequestAborted));
    }
}

public sealed class SalesFiguresModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder) => builder.RegisterType<SalesFigures>().InstancePerLifetimeScope();
}
