using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;

namespace OcopMarket.Core.Promotions.Coupons;

/// <summary>
/// Takes and gives back uses of a coupon, inside the order's (or the cancellation's) transaction.
/// <para>Total uses: one conditional UPDATE ("add a use if one is left") decided by the database, so a single-use code
/// raced by many checkouts is used exactly once. Per customer: the count is taken AFTER that UPDATE, which holds the
/// coupon's row lock until the order commits (PostgreSQL; SQLite runs one writing transaction at a time anyway): every
/// other checkout redeeming the same code waits on that lock and then counts this order's redemption, so a customer
/// double-submitting the checkout cannot exceed the per-customer limit either.</para>
/// </summary>
public sealed class CouponRedeemer(OcopDbContext db, CouponCheck check, TimeProvider time)
{
    /// <summary>Validates the code for these lines and takes one use. On failure the caller must roll its transaction back
    /// (a use may already have been taken).</summary>
    public async Task<OperationResult<CouponQuote>> RedeemAsync(string code, IReadOnlyList<CouponLine> lines, string customerKey, CancellationToken ct = default)
    {
        var checkedQuote = await check.CheckAsync(code, lines, ct);
        if (!checkedQuote.Succeeded) return checkedQuote;
        var quote = checkedQuote.Value!;

        var rows = await db.Coupons
            .Where(c => c.Id == quote.CouponId && c.IsActive && (c.MaxUses == null || c.UsedCount < c.MaxUses))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.UsedCount, c => c.UsedCount + 1), ct);
        if (rows == 0) return OperationResult<CouponQuote>.Fail(CouponRules.UsedUp);

        var coupon = await db.Coupons.AsNoTracking().SingleAsync(c => c.Id == quote.CouponId, ct);
        if (await check.OverCustomerLimitAsync(coupon, customerKey, ct))
            return OperationResult<CouponQuote>.Fail(CouponRules.CustomerLimit, coupon.MaxUsesPerCustomer!.Value);
        return OperationResult<CouponQuote>.Ok(quote);
    }

    /// <summary>Records the use against the saved order (its redemption row and timeline entry); saved with the caller's unit of work.</summary>
    public void Record(Order order, CouponQuote quote, string customerKey)
    {
        var now = time.GetUtcNow();
        db.CouponRedemptions.Add(new CouponRedemption
        {
            CouponId = quote.CouponId, OrderId = order.Id, CustomerKey = customerKey, Amount = quote.Discount, RedeemedAt = now,
        });
        db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, At = now, Kind = "coupon.applied", Detail = quote.Code, UserId = order.CustomerUserId });
    }

    /// <summary>
    /// A cancelled order gives its use back: the redemption is marked released (kept for the record) and the coupon's
    /// count goes down, so the code (and the customer's limit) can be used again. Releases at most once.
    /// </summary>
    public async Task ReleaseAsync(int orderId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var couponId = await db.CouponRedemptions.Where(r => r.OrderId == orderId && r.ReleasedAt == null)
            .Select(r => (int?)r.CouponId).FirstOrDefaultAsync(ct);
        if (couponId is null) return;
        var rows = await db.CouponRedemptions.Where(r => r.OrderId == orderId && r.ReleasedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ReleasedAt, now), ct);
        if (rows == 1)
            await db.Coupons.Where(c => c.Id == couponId && c.UsedCount > 0)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.UsedCount, c => c.UsedCount - 1), ct);
    }
}
