using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Payments;

namespace OcopMarket.Core.Orders;

/// <summary>
/// Money coming in and going out of an order, whoever reports it: a Stripe webhook, staff marking a
/// transfer received, a bank-statement reconciliation, the expiry job. Every status change is a
/// conditional UPDATE ("paid if still pending"), so a webhook delivered twice, a webhook racing the
/// expiry, or two staff clicks change the order once.
/// </summary>
public sealed class OrderPayments(OcopDbContext db, OrderCancellation cancellation, OrderTimeline timeline, TimeProvider time)
{
    private static readonly PaymentStatus[] Payable = [PaymentStatus.Pending, PaymentStatus.Failed];
    /// <summary>Money may also arrive for a cash-on-delivery order (the carrier's cash, recorded by staff): it becomes paid too.</summary>
    private static readonly PaymentStatus[] Receivable = [PaymentStatus.Pending, PaymentStatus.Failed, PaymentStatus.NotRequired];

    /// <summary>
    /// Records money received. Idempotent by <paramref name="reference"/>: the same provider reference
    /// recorded twice is one payment. Money for an order that already expired or was cancelled is still
    /// recorded (it arrived), and the timeline asks staff to refund it.
    /// </summary>
    public async Task<OperationResult<Payment>> RecordPaymentAsync(int orderId, string provider, string? reference, long amount, int? userId = null, CancellationToken ct = default)
    {
        if (amount <= 0) return OperationResult<Payment>.Fail("The amount must be greater than zero.");
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return OperationResult<Payment>.Fail("The order was not found.");
        if (reference is not null)
        {
            var existing = await db.Payments.AsNoTracking()
                .FirstOrDefaultAsync(p => p.OrderId == orderId && p.Provider == provider && p.ProviderReference == reference && p.Status == PaymentRecordStatus.Succeeded, ct);
            if (existing is not null) return OperationResult<Payment>.Ok(existing);
        }
        if (amount < order.Total && order.PaymentStatus != PaymentStatus.NotRequired)
            return OperationResult<Payment>.Fail("The amount {0:N0} ₫ is less than the order total {1:N0} ₫.", amount, order.Total);

        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var payment = new Payment
        {
            OrderId = orderId, Provider = provider, ProviderReference = reference, Amount = amount,
            Status = PaymentRecordStatus.Succeeded, CreatedAt = now, UpdatedAt = now, RecordedByUserId = userId,
        };
        db.Payments.Add(payment);
        var paid = await db.Orders.Where(o => o.Id == orderId && o.Status != OrderStatus.Cancelled && Receivable.Contains(o.PaymentStatus))
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.PaymentStatus, PaymentStatus.Paid).SetProperty(o => o.PaidAt, now), ct);
        if (paid == 1) timeline.Add(orderId, "paid", $"{amount:N0} ₫ {reference}".Trim(), userId);
        else if (order.Status == OrderStatus.Cancelled || order.PaymentStatus == PaymentStatus.Expired)
            timeline.Add(orderId, "paid.after_cancellation", $"{amount:N0} ₫ {reference}".Trim(), userId);
        else timeline.Add(orderId, "paid.again", $"{amount:N0} ₫ {reference}".Trim(), userId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return OperationResult<Payment>.Ok(payment);
    }

    /// <summary>A card payment was declined: the order stays open (the buyer may retry) until it expires.</summary>
    public async Task RecordFailureAsync(int orderId, string provider, string? reference, string? reason, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var rows = await db.Orders.Where(o => o.Id == orderId && o.PaymentStatus == PaymentStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.PaymentStatus, PaymentStatus.Failed), ct);
        db.Payments.Add(new Payment { OrderId = orderId, Provider = provider, ProviderReference = reference, Status = PaymentRecordStatus.Failed, CreatedAt = now, UpdatedAt = now });
        // A late "failed" for an order already paid (events out of order) is kept as a record, not shown as news.
        if (rows == 1 || await db.Orders.AnyAsync(o => o.Id == orderId && o.PaymentStatus == PaymentStatus.Failed, ct))
            timeline.Add(orderId, "payment.failed", reason);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Records a refund (already made through the provider, or paid back by hand). Partial refunds add up;
    /// the total may never exceed what was paid.
    /// </summary>
    public async Task<OperationResult<Refund>> RecordRefundAsync(int orderId, long amount, string reason, string? providerReference, int? userId, CancellationToken ct = default)
    {
        if (amount <= 0) return OperationResult<Refund>.Fail("The amount must be greater than zero.");
        if (string.IsNullOrWhiteSpace(reason)) return OperationResult<Refund>.Fail("Give a reason for the refund.");
        if (providerReference is not null && await db.Refunds.AnyAsync(r => r.OrderId == orderId && r.ProviderReference == providerReference, ct))
            return OperationResult<Refund>.Ok(await db.Refunds.AsNoTracking().FirstAsync(r => r.OrderId == orderId && r.ProviderReference == providerReference, ct));
        var refundable = await RefundableAsync(orderId, ct);
        if (refundable is null) return OperationResult<Refund>.Fail("The order was not found.");
        if (amount > refundable) return OperationResult<Refund>.Fail("At most {0:N0} ₫ can be refunded.", refundable.Value);

        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The guard "refunded + amount ≤ paid" is in the UPDATE itself, so two refunds at once cannot exceed it.
        var paid = await PaidAsync(orderId, ct);
        var rows = await db.Orders.Where(o => o.Id == orderId && o.RefundedTotal + amount <= paid)
            .ExecuteUpdateAsync(u => u
                .SetProperty(o => o.RefundedTotal, o => o.RefundedTotal + amount)
                .SetProperty(o => o.PaymentStatus, o => o.RefundedTotal + amount >= paid ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded), ct);
        if (rows == 0) return OperationResult<Refund>.Fail("At most {0:N0} ₫ can be refunded.", refundable.Value);
        var refund = new Refund
        {
            OrderId = orderId, Amount = amount, Reason = reason.Trim(), ProviderReference = providerReference, CreatedAt = now, RecordedByUserId = userId,
            PaymentId = await db.Payments.Where(p => p.OrderId == orderId && p.Status == PaymentRecordStatus.Succeeded).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct),
        };
        db.Refunds.Add(refund);
        timeline.Add(orderId, "refunded", $"{amount:N0} ₫ — {reason.Trim()}", userId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return OperationResult<Refund>.Ok(refund);
    }

    /// <summary>What may still be refunded: money received minus refunds so far (null when the order does not exist).</summary>
    public async Task<long?> RefundableAsync(int orderId, CancellationToken ct = default)
    {
        var refunded = await db.Orders.Where(o => o.Id == orderId).Select(o => (long?)o.RefundedTotal).SingleOrDefaultAsync(ct);
        return refunded is null ? null : Math.Max(0, await PaidAsync(orderId, ct) - refunded.Value);
    }

    private async Task<long> PaidAsync(int orderId, CancellationToken ct) =>
        await db.Payments.Where(p => p.OrderId == orderId && p.Status == PaymentRecordStatus.Succeeded).SumAsync(p => (long?)p.Amount, ct) ?? 0;

    /// <summary>
    /// Cancels orders whose payment window has passed without payment and returns their stock.
    /// Each order is claimed by a conditional UPDATE, so a payment arriving at the same moment wins or loses cleanly.
    /// </summary>
    /// <returns>How many orders expired.</returns>
    public async Task<int> ExpireOverdueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var overdue = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Placed && Payable.Contains(o.PaymentStatus) && o.PaymentDueAt < now)
            .Select(o => new { o.Id }).ToListAsync(ct);
        var expired = 0;
        foreach (var order in overdue)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var rows = await db.Orders.Where(o => o.Id == order.Id && Payable.Contains(o.PaymentStatus))
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.PaymentStatus, PaymentStatus.Expired), ct);
            if (rows == 0) continue;
            timeline.Add(order.Id, "payment.expired");
            var result = await cancellation.CancelOrderAsync(order.Id, "Payment not received in time", null, ct);
            if (!result.Succeeded)
            {
                db.ChangeTracker.Clear(); // a parcel already left: keep the order as it is (rolled back)
                continue;
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            expired++;
        }
        return expired;
    }
}
