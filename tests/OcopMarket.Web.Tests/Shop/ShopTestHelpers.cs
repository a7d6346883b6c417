using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;

namespace OcopMarket.Web.Tests.Shop;

/// <summary>Clean-up for tests that place orders: every row an order owns, children first.</summary>
internal static class ShopTestHelpers
{
    public static async Task DeleteOrdersAsync(this OcopDbContext db, IReadOnlyCollection<int> orderIds)
    {
        if (orderIds.Count == 0) return;
        await db.ProductReviews.Where(r => orderIds.Contains(r.OrderId)).ExecuteDeleteAsync();
        await db.CouponRedemptions.Where(r => orderIds.Contains(r.OrderId)).ExecuteDeleteAsync();
        await db.OrderEvents.Where(e => orderIds.Contains(e.OrderId)).ExecuteDeleteAsync();
        await db.Refunds.Where(r => orderIds.Contains(r.OrderId)).ExecuteDeleteAsync();
        await db.Payments.Where(p => orderIds.Contains(p.OrderId)).ExecuteDeleteAsync();
        await db.OrderLines.Where(l => orderIds.Contains(l.OrderId)).ExecuteDeleteAsync();
        await db.Shipments.Where(s => orderIds.Contains(s.OrderId)).ExecuteDeleteAsync();
        await db.Orders.Where(o => orderIds.Contains(o.Id)).ExecuteDeleteAsync();
    }
}
