using global::Stripe;
using global::Stripe.Checkout;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;

namespace OcopMarket.Plugin.Payments.Stripe;

public enum WebhookOutcome
{
    /// <summary>Applied (or deliberately ignored: an event type or an order that is not ours). Answer 2xx.</summary>
    Handled,
    /// <summary>This event id was handled before. Answer 2xx, change nothing.</summary>
    Duplicate,
    /// <summary>Missing, wrong or stale signature. Answer 400, change nothing.</summary>
    BadSignature,
    /// <summary>Cannot be placed yet (a refund whose payment has not arrived). Answer 5xx so Stripe delivers it again later.</summary>
    RetryLater,
}

/// <summary>
/// Applies a Stripe webhook event to the order it belongs to. The signature is checked first; then the event id
/// is written to ProcessedWebhookEvents in the same transaction as the change it causes, so a second delivery finds
/// it and changes nothing. Every change goes through <see cref="OrderPayments"/>, whose conditional updates make
/// late or reordered events harmless: a failure after the payment does not un-pay, a payment reported by two
/// events (session completed, payment intent succeeded) counts once because both carry the same PaymentIntent id.
/// </summary>
public sealed class StripeWebhookHandler(StripeOptions options, OcopDbContext db, OrderPayments payments, TimeProvider time, ILogger<StripeWebhookHandler> log)
{
    public const string ProviderKey = "Stripe";
    /// <summary>Stripe's own default: a signature older (or newer) than 5 minutes is refused, against replays.</summary>
    public const long ToleranceSeconds = 300;
    private const int MaxAttempts = 5;

    private sealed record Target(int Id, string Number, PaymentStatus PaymentStatus);

    public async Task<WebhookOutcome> HandleAsync(string json, string? signatureHeader, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader) || !options.IsConfigured) return WebhookOutcome.BadSignature;
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(json, signatureHeader, options.WebhookSecret!.Trim(), ToleranceSeconds,
                time.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException e)
        {
            log.LogWarning("Stripe webhook refused: {Reason}", e.Message);
            return WebhookOutcome.BadSignature;
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            log.LogWarning("Stripe webhook refused: the body is not an event ({Reason})", e.Message);
            return WebhookOutcome.BadSignature;
        }

        for (var attempt = 1; ; attempt++)
        {
            if (await IsProcessedAsync(stripeEvent.Id, ct)) return WebhookOutcome.Duplicate;
            try
            {
                return await ApplyAsync(stripeEvent, ct);
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts)
            {
                // The same event (or its twin: session completed + payment intent succeeded) handled at the same moment by
                // another request: a unique key stopped this one and its transaction rolled back. Each collision means
                // another delivery got through, so looking again soon finds the work done.
                log.LogInformation(e, "Stripe event {EventId} collided with a concurrent delivery (attempt {Attempt}); looking again", stripeEvent.Id, attempt);
                db.ChangeTracker.Clear();
            }
        }
    }

    private Task<bool> IsProcessedAsync(string eventId, CancellationToken ct) =>
        db.ProcessedWebhookEvents.AnyAsync(e => e.Provider == ProviderKey && e.EventId == eventId, ct);

    private async Task<WebhookOutcome> ApplyAsync(Event e, CancellationToken ct)
    {
        var effects = new List<Func<CancellationToken, Task>>();
        switch (e.Data.Object)
        {
            case Session s when e.Type is EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded:
                // "unpaid" = a delayed method (bank debit): async_payment_succeeded follows.
                if (s.PaymentStatus == "paid" && await FindAsync(e, s.Metadata, s.ClientReferenceId, null, ct) is { } paidOrder)
                    effects.Add(c => PayAsync(paidOrder, s.PaymentIntentId ?? s.Id, s.AmountTotal ?? 0, s.Currency, c));
                break;
            case PaymentIntent pi when e.Type == EventTypes.PaymentIntentSucceeded:
                if (await FindAsync(e, pi.Metadata, null, pi.Id, ct) is { } piOrder)
                    effects.Add(c => PayAsync(piOrder, pi.Id, pi.AmountReceived > 0 ? pi.AmountReceived : pi.Amount, pi.Currency, c));
                break;
            case Session s when e.Type == EventTypes.CheckoutSessionAsyncPaymentFailed:
                if (await FindAsync(e, s.Metadata, s.ClientReferenceId, null, ct) is { } failedSessionOrder)
                    effects.Add(c => FailAsync(failedSessionOrder, s.PaymentIntentId ?? s.Id, "Stripe: async payment failed", c));
                break;
            case PaymentIntent pi when e.Type == EventTypes.PaymentIntentPaymentFailed:
                if (await FindAsync(e, pi.Metadata, null, pi.Id, ct) is { } failedOrder)
                    effects.Add(c => FailAsync(failedOrder, pi.Id, "Stripe: " + (pi.LastPaymentError?.Message ?? pi.LastPaymentError?.Code ?? "card declined"), c));
                break;
            case Session s when e.Type == EventTypes.CheckoutSessionExpired:
                effects.Add(c => CloseAttemptAsync(s.Id, c));
                break;
            case Charge charge when e.Type == EventTypes.ChargeRefunded:
                if (await FindAsync(e, charge.Metadata, null, charge.PaymentIntentId, ct) is { } chargeOrder)
                {
                    var reference = charge.PaymentIntentId ?? charge.Id;
                    // Refunded before we heard it was paid: the charge itself proves the payment, so record that first
                    // (same reference as the payment events, so their late arrival adds nothing).
                    if (charge.Paid && charge.AmountCaptured > 0 && !await HasPaymentAsync(chargeOrder.Id, reference, ct))
                        effects.Add(c => PayAsync(chargeOrder, reference, charge.AmountCaptured, charge.Currency, c));
                    foreach (var refund in charge.Refunds?.Data ?? [])
                        if (refund.Status == "succeeded") effects.Add(c => RefundAsync(chargeOrder, refund, c));
                }
                break;
            case global::Stripe.Refund refund when e.Type is EventTypes.RefundCreated or EventTypes.RefundUpdated:
                if (refund.Status == "succeeded" && await FindAsync(e, refund.Metadata, null, refund.PaymentIntentId, ct) is { } refundOrder)
                {
                    if (!await HasPaymentAsync(refundOrder.Id, refund.PaymentIntentId ?? "", ct))
                    {
                        log.LogWarning("Stripe event {EventId}: refund {Refund} for order {Order} arrived before its payment; asking Stripe to resend it later",
                            e.Id, refund.Id, refundOrder.Number);
                        return WebhookOutcome.RetryLater;
                    }
                    effects.Add(c => RefundAsync(refundOrder, refund, c));
                }
                break;
            default:
                log.LogDebug("Stripe event {EventId} of type {Type} needs nothing", e.Id, e.Type);
                break;
        }

        // The event id is saved by the last effect's own SaveChanges, in its transaction. Earlier effects of the same event
        // are idempotent by their Stripe id, so a crash between them is repaired by Stripe's next delivery.
        for (var i = 0; i < effects.Count; i++)
        {
            if (i == effects.Count - 1) MarkProcessed(e);
            await effects[i](ct);
        }
        if (effects.Count == 0) MarkProcessed(e);
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
        return WebhookOutcome.Handled;
    }

    private void MarkProcessed(Event e) =>
        db.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent { Provider = ProviderKey, EventId = e.Id, ReceivedAt = time.GetUtcNow() });

    /// <summary>
    /// The order the event is about: our metadata (order id + number, set on the session and its PaymentIntent),
    /// the session's client_reference_id (the number), or the PaymentIntent of a payment already recorded.
    /// Null (logged) for an event that is not ours — e.g. another application on the same Stripe account.
    /// </summary>
    private async Task<Target?> FindAsync(Event e, IDictionary<string, string>? metadata, string? number, string? paymentIntentId, CancellationToken ct)
    {
        Target? target = null;
        if (metadata is not null && metadata.TryGetValue(StripeCheckout.OrderIdKey, out var idText) && int.TryParse(idText, out var id))
        {
            target = await db.Orders.AsNoTracking().Where(o => o.Id == id).Select(o => new Target(o.Id, o.Number, o.PaymentStatus)).SingleOrDefaultAsync(ct);
            // Both must agree: an id alone could name another database's order (a copied test account).
            if (target is not null && metadata.TryGetValue(StripeCheckout.OrderNumberKey, out var n) && n != target.Number) target = null;
        }
        else if (!string.IsNullOrEmpty(number))
            target = await db.Orders.AsNoTracking().Where(o => o.Number == number).Select(o => new Target(o.Id, o.Number, o.PaymentStatus)).SingleOrDefaultAsync(ct);
        else if (!string.IsNullOrEmpty(paymentIntentId))
            target = await db.Payments.AsNoTracking().Where(p => p.Provider == StripePlugin.Name && p.ProviderReference == paymentIntentId)
                .Join(db.Orders, p => p.OrderId, o => o.Id, (p, o) => new Target(o.Id, o.Number, o.PaymentStatus)).FirstOrDefaultAsync(ct);
        if (target is null) log.LogWarning("Stripe event {EventId} ({Type}) names no order of this site; acknowledged and ignored", e.Id, e.Type);
        return target;
    }

    private Task<bool> HasPaymentAsync(int orderId, string reference, CancellationToken ct) =>
        db.Payments.AnyAsync(p => p.OrderId == orderId && p.Provider == StripePlugin.Name && p.ProviderReference == reference && p.Status == PaymentRecordStatus.Succeeded, ct);

    private async Task PayAsync(Target order, string reference, long amount, string? currency, CancellationToken ct)
    {
        if (!string.Equals(currency, StripeCheckout.Currency, StringComparison.OrdinalIgnoreCase))
        {
            log.LogWarning("Stripe payment {Reference} for order {Order} is in {Currency}, not VND; not recorded", reference, order.Number, currency);
            return;
        }
        // The open Checkout attempt is over: its pending row gives way to the payment, in the same transaction.
        var attempts = await db.Payments.Where(p => p.OrderId == order.Id && p.Provider == StripePlugin.Name && p.Status == PaymentRecordStatus.Pending).ToListAsync(ct);
        db.Payments.RemoveRange(attempts);
        var result = await payments.RecordPaymentAsync(order.Id, StripePlugin.Name, reference, amount, null, ct);
        if (!result.Succeeded)
        {
            foreach (var attempt in attempts) db.Entry(attempt).State = EntityState.Unchanged;
            log.LogWarning("Stripe payment {Reference} of {Amount} VND for order {Order} not recorded: {Error}", reference, amount, order.Number, result.Error);
        }
    }

    private async Task FailAsync(Target order, string reference, string reason, CancellationToken ct)
    {
        // Late news of a failed attempt must not touch an order that was paid (or refunded) meanwhile.
        if (order.PaymentStatus is not (PaymentStatus.Pending or PaymentStatus.Failed))
        {
            log.LogInformation("Stripe failure {Reference} for order {Order} ignored: the order is {Status}", reference, order.Number, order.PaymentStatus);
            return;
        }
        // The Checkout Session stays open after a declined card (the buyer may try another), so its attempt row stays too.
        await payments.RecordFailureAsync(order.Id, StripePlugin.Name, reference, reason, ct);
    }

    private async Task CloseAttemptAsync(string sessionId, CancellationToken ct)
    {
        var attempt = await db.Payments.FirstOrDefaultAsync(p => p.Provider == StripePlugin.Name && p.ProviderReference == sessionId && p.Status == PaymentRecordStatus.Pending, ct);
        if (attempt is null) return;
        attempt.Status = PaymentRecordStatus.Cancelled;
        attempt.UpdatedAt = time.GetUtcNow();
    }

    private async Task RefundAsync(Target order, global::Stripe.Refund refund, CancellationToken ct)
    {
        var reason = refund.Metadata is not null && refund.Metadata.TryGetValue("reason", out var r) && !string.IsNullOrWhiteSpace(r)
            ? r
            : "Hoàn tiền qua Stripe" + (string.IsNullOrEmpty(refund.Reason) ? "" : $" ({refund.Reason})");
        // Idempotent by the refund id: the admin page records the same id when it asks for the refund.
        var result = await payments.RecordRefundAsync(order.Id, refund.Amount, reason, refund.Id, null, ct);
        if (!result.Succeeded)
            log.LogWarning("Stripe refund {Refund} of {Amount} VND for order {Order} not recorded: {Error}", refund.Id, refund.Amount, order.Number, result.Error);
    }
}
