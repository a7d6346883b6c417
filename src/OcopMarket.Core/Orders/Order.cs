using OcopMarket.Core.Common;

namespace OcopMarket.Core.Orders;

public enum OrderStatus
{
    /// <summary>Placed; stock is reserved; waiting for payment (transfer, card) or for the producers (COD).</summary>
    Placed = 1,
    /// <summary>Every shipment is delivered or handed over.</summary>
    Completed = 2,
    /// <summary>Cancelled by the customer, the office, every producer, or an unpaid transfer's expiry; stock released.</summary>
    Cancelled = 3,
}

public enum PaymentStatus
{
    /// <summary>Cash on delivery: nothing to pay before shipping.</summary>
    NotRequired = 0,
    Pending = 1,
    Paid = 2,
    Failed = 3,
    /// <summary>An unpaid transfer or card payment whose time ran out.</summary>
    Expired = 4,
    PartiallyRefunded = 5,
    Refunded = 6,
}

/// <summary>
/// A customer's order. Money is VND (whole đồng). It is split into one <see cref="Shipment"/> per
/// producer; every total is computed by the server from the products' prices at placing time.
/// </summary>
public class Order : Entity
{
    /// <summary>Public order number (e.g. "OCP2611250042"), shown to the customer and used as the transfer reference.</summary>
    public string Number { get; set; } = "";
    public int? CustomerUserId { get; set; }
    public string CustomerName { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public int ProvinceId { get; set; }
    /// <summary>Optional pre-2025 district, as the customer chose it.</summary>
    public int? DistrictId { get; set; }
    public int CommuneId { get; set; }
    public string AddressLine { get; set; } = "";
    public string? Note { get; set; }

    public long Subtotal { get; set; }
    public long ShippingTotal { get; set; }
    /// <summary>The coupon's discount on the goods (campaign prices are already in the lines' unit prices).</summary>
    public long DiscountTotal { get; set; }
    public long Total { get; set; }
    /// <summary>The coupon code used, as typed by the buyer and matched (upper-case).</summary>
    public string? CouponCode { get; set; }
    public long RefundedTotal { get; set; }

    public OrderStatus Status { get; set; } = OrderStatus.Placed;
    public string PaymentMethod { get; set; } = "";
    public PaymentStatus PaymentStatus { get; set; }
    /// <summary>When an unpaid transfer or card payment expires and its stock is released.</summary>
    public DateTimeOffset? PaymentDueAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelReason { get; set; }
    /// <summary>"vi" or "en": the language of the confirmation e-mail and later messages.</summary>
    public string Culture { get; set; } = "vi";

    public List<Shipment> Shipments { get; set; } = [];
    public List<OrderLine> Lines { get; set; } = [];
}

public enum ShipmentStatus
{
    Pending = 1,
    Confirmed = 2,
    Packed = 3,
    HandedOver = 4,
    Delivered = 5,
    Cancelled = 6,
}

/// <summary>One producer's part of an order (sub-order): the producer sees and fulfils only this.</summary>
public class Shipment : Entity
{
    public int OrderId { get; set; }
    public Order? Order { get; set; }
    public int ProducerId { get; set; }
    public Producers.Producer? Producer { get; set; }
    public ShipmentStatus Status { get; set; } = ShipmentStatus.Pending;
    /// <summary>The shipping provider's system name and option code (e.g. "Shipping.Rates" / "standard", "Shipping.Pickup" / "point-12").</summary>
    public string ShippingProvider { get; set; } = "";
    public string ShippingOption { get; set; } = "";
    public string ShippingOptionName { get; set; } = "";
    public long ShippingCost { get; set; }
    /// <summary>For pickup at a display point.</summary>
    public int? PickupPointId { get; set; }
    public long Subtotal { get; set; }
    /// <summary>This producer's share of the order's coupon discount (what the producer is paid less).</summary>
    public long DiscountTotal { get; set; }
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public string? CancelReason { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? HandedOverAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public List<OrderLine> Lines { get; set; } = [];
}

/// <summary>A product line, copied at placing time (name, unit and price stay as sold).</summary>
public class OrderLine : Entity
{
    public int OrderId { get; set; }
    public int ShipmentId { get; set; }
    public int ProductId { get; set; }
    public Catalog.Product? Product { get; set; }
    public string ProductName { get; set; } = "";
    public string Unit { get; set; } = "";
    /// <summary>The product's own price at placing time; <see cref="UnitPrice"/> is lower when a campaign applied.</summary>
    public long ListPrice { get; set; }
    /// <summary>The campaign whose discount is in <see cref="UnitPrice"/> (null = none).</summary>
    public int? CampaignId { get; set; }
    public long UnitPrice { get; set; }
    public int Quantity { get; set; }
    public long LineTotal { get; set; }
    public int WeightGrams { get; set; }
}

/// <summary>The order's timeline: placing, payments, each shipment's steps, cancellations, refunds.</summary>
public class OrderEvent : Entity
{
    public int OrderId { get; set; }
    public int? ShipmentId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>A stable English key ("placed", "paid", "shipment.handed_over"...), localised for display.</summary>
    public string Kind { get; set; } = "";
    public string? Detail { get; set; }
    public int? UserId { get; set; }
}
