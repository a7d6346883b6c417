using OcopMarket.Core.Common;

namespace OcopMarket.Core.Payments;

public enum PaymentRecordStatus
{
    Pending = 1,
    Succeeded = 2,
    Failed = 3,
    Cancelled = 4,
}

/// <summary>A payment attempt or receipt for an order (card payment, bank transfer received, cash collected).</summary>
public class Payment : Entity
{
    public int OrderId { get; set; }
    public string Provider { get; set; } = "";
    /// <summary>The provider's id (Stripe PaymentIntent / Checkout Session, bank transaction reference).</summary>
    public string? ProviderReference { get; set; }
    public long Amount { get; set; }
    public PaymentRecordStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int? RecordedByUserId { get; set; }
}

/// <summary>A full or partial refund: through the provider (Stripe) or recorded by staff (COD, transfer).</summary>
public class Refund : Entity
{
    public int OrderId { get; set; }
    public int? PaymentId { get; set; }
    public long Amount { get; set; }
    public string Reason { get; set; } = "";
    public string? ProviderReference { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? RecordedByUserId { get; set; }
}

/// <summary>
/// A webhook event already handled (provider + event id is the key): the same event delivered twice
/// changes nothing the second time.
/// </summary>
public class ProcessedWebhookEvent
{
    public string Provider { get; set; } = "";
    public string EventId { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
}
