using OcopMarket.Core.Orders;

namespace OcopMarket.Core.Payments;

/// <summary>
/// A way to pay, brought by a plugin (cash on delivery, VietQR bank transfer, Stripe card). The
/// checkout offers every enabled provider; the order records the chosen <see cref="SystemName"/>.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>The plugin's system name, e.g. "Payments.CashOnDelivery".</summary>
    string SystemName { get; }
    /// <summary>Shown at checkout, in the request's language.</summary>
    string Name { get; }
    string Description { get; }
    int SortOrder { get; }

    /// <summary>
    /// How long the order waits for the money before it expires and its stock is released;
    /// null when nothing is paid before delivery (COD: <see cref="PaymentStatus.NotRequired"/>).
    /// </summary>
    TimeSpan? PaymentWindow { get; }

    /// <summary>
    /// Called once the order is committed. Returns where to send the buyer: a payment page (Stripe
    /// Checkout), or null for the order's own page (which shows <see cref="InstructionsViewComponent"/>).
    /// </summary>
    Task<PaymentStart> StartAsync(Order order, CancellationToken ct);

    /// <summary>False while the plugin lacks what it needs (e.g. Stripe keys, the office's bank account): the checkout does not offer it.</summary>
    bool IsAvailable => true;

    /// <summary>A view component the order page renders while payment is pending (QR code, card button), or null.</summary>
    string? InstructionsViewComponent { get; }
}

public sealed record PaymentStart(string? RedirectUrl);

/// <summary>A provider that can send money back itself (Stripe). Others get a manual refund record.</summary>
public interface IRefundingPaymentProvider : IPaymentProvider
{
    /// <summary>
    /// Asks the provider to refund <paramref name="amount"/> VND of the order's payment. Returns the provider's
    /// refund id; the caller then records it with OrderPayments.RecordRefundAsync (idempotent by that id, so the
    /// provider's later "refunded" webhook changes nothing more).
    /// </summary>
    Task<Common.OperationResult<string>> RefundAsync(Order order, long amount, string reason, CancellationToken ct);
}
