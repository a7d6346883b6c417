using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Orders;

/// <summary>The dashboard's sales block against an independent count over the orders table.</summary>
public abstract class SalesDashboardTests(OcopWebFactory site)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static long Amount(AngleSharp.Dom.IElement? element) => long.Parse(element!.GetAttribute("data-amount")!);

    [Fact]
    public async Task Sales_by_day_producer_and_commune_equal_an_independent_count_of_live_parcels()
    {
        await using var shop = await OrderTestShop.CreateAsync(site);
        var both = await shop.PlaceAsync((shop.ProductA, 2), (shop.ProductB, 3));
        await shop.PlaceAsync((shop.ProductA, 1));
        var cancelled = await shop.PlaceAsync((shop.ProductB, 5));
        var partly = await shop.PlaceAsync((shop.ProductA, 4), (shop.ProductB, 1));
        await site.DbAsync(db => db.Orders.Where(o => o.Id == cancelled.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OrderStatus.Cancelled)));
        // B cancels its parcel of the last order: A's part still counts, B's does not.
        await site.DbAsync(db => db.Shipments.Where(s => s.OrderId == partly.Id && s.ProducerId == shop.B.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ShipmentStatus.Cancelled)));

        var (admin, _) = await site.CreateSignedInClientAsync(Roles.Administrator);
        using var _c = admin;
        var page = await admin.GetDocumentAsync("/admin");

        // Independent: every parcel row in memory, filtered and grouped here by the Việt Nam calendar day.
        var today = DateOnly.FromDateTime(site.Time.GetUtcNow().ToOffset(Vietnam).DateTime);
        var rows = await site.DbAsync(db => db.Shipments.AsNoTracking()
            .Select(s => new { s.ProducerId, s.Status, s.Subtotal, OrderStatus = s.Order!.Status, s.Order.PlacedAt }).ToListAsync());
        var live = rows.Where(r => r.Status != ShipmentStatus.Cancelled && r.OrderStatus != OrderStatus.Cancelled)
            .Select(r => new { r.ProducerId, r.Subtotal, Day = DateOnly.FromDateTime(r.PlacedAt.ToOffset(Vietnam).DateTime) })
            .Where(r => r.Day > today.AddDays(-30) && r.Day <= today).ToList();

        Assert.Equal(live.Sum(r => r.Subtotal), Amount(page.QuerySelector("[data-stat='sales-amount']")));
        foreach (var day in live.GroupBy(r => r.Day))
            Assert.Equal(day.Sum(r => r.Subtotal), Amount(page.QuerySelector($".sales-chart [data-day='{day.Key:yyyy-MM-dd}']")));

        // Our producers, exactly: A 2+1+4 jars, B 3 (the cancelled order and B's cancelled parcel left out).
        Assert.Equal(shop.ProductA.Price * 7, Amount(page.QuerySelector($"#sales-by-producer tr[data-producer='{shop.A.Id}'] [data-amount]")));
        Assert.Equal(shop.ProductB.Price * 3, Amount(page.QuerySelector($"#sales-by-producer tr[data-producer='{shop.B.Id}'] [data-amount]")));
        Assert.Equal(shop.ProductA.Price * 7 + shop.ProductB.Price * 3, live.Where(r => r.ProducerId == shop.A.Id || r.ProducerId == shop.B.Id).Sum(r => r.Subtotal));

        // By commune: the test producers sit in Hòa Cư's commune, with whatever else sold there.
        var communeOf = await site.DbAsync(db => db.Producers.AsNoTracking().Select(p => new { p.Id, Commune = p.CommuneId, Successor = db.AdminUnits.Where(u => u.Id == p.CommuneId).Select(u => u.SuccessorId).FirstOrDefault() })
            .ToDictionaryAsync(p => p.Id, p => p.Successor ?? p.Commune));
        var commune = communeOf[shop.A.Id];
        Assert.Equal(live.Where(r => communeOf[r.ProducerId] == commune).Sum(r => r.Subtotal),
            Amount(page.QuerySelector($"#sales-by-commune tr[data-commune='{commune}'] [data-amount]")));

        // What awaits the office: open orders waiting for money; parcels waiting for their producer (paid or COD).
        var awaitingPayment = await site.DbAsync(db => db.Orders.CountAsync(o => o.Status == OrderStatus.Placed
            && (o.PaymentStatus == PaymentStatus.Pending || o.PaymentStatus == PaymentStatus.Failed)));
        Assert.Equal(awaitingPayment.ToString(), page.QuerySelector("[data-stat='awaiting-payment']")!.TextContent.Trim());
        var awaitingConfirmation = (await site.DbAsync(db => db.Shipments.AsNoTracking()
                .Select(s => new { s.Status, OrderStatus = s.Order!.Status, s.Order.PaymentStatus }).ToListAsync()))
            .Count(s => s.Status == ShipmentStatus.Pending && s.OrderStatus == OrderStatus.Placed
                && s.PaymentStatus is PaymentStatus.NotRequired or PaymentStatus.Paid or PaymentStatus.PartiallyRefunded);
        Assert.True(awaitingConfirmation >= 4); // ours: both×2, the single one, A's part of the last
        Assert.Equal(awaitingConfirmation.ToString(), page.QuerySelector("[data-stat='awaiting-confirmation']")!.TextContent.Trim());
        Assert.NotNull(both);
    }

    [Fact]
    public async Task Inspectors_do_not_see_sales()
    {
        var (inspector, _) = await site.CreateSignedInClientAsync(Roles.Inspector);
        using var _c = inspector;
        var page = await inspector.GetDocumentAsync("/admin");
        Assert.NotNull(page.QuerySelector("#stat-certified"));
        Assert.Null(page.QuerySelector("#sales"));
    }
}

[Collection(Collections.Sqlite)]
public sealed class SalesDashboardSqliteTests(SqliteWebFactory site) : SalesDashboardTests(site);

[Collection(Collections.Postgres)]
public sealed class SalesDashboardPostgresTests(PostgresWebFactory site) : SalesDashboardTests(site);
