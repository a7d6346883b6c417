using OcopMarket.Core.Orders;

namespace OcopMarket.Web.Features.Orders;

/// <summary>
/// Resource keys (ShopResource) and badge colours of the order, payment and shipment statuses, so the admin
/// area and the producer portal show the same state in the same way.
/// </summary>
public static class OrderLabels
{
    public static string Key(OrderStatus status) => status.ToString();

    public static string Key(PaymentStatus status) => status.ToString();

    public static string Key(ShipmentStatus status) => "Shipment." + status;

    public static string Badge(OrderStatus status) => status switch
    {
        OrderStatus.Placed => "text-bg-primary",
        OrderStatus.Completed => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static string Badge(PaymentStatus status) => status switch
    {
        PaymentStatus.Paid => "text-bg-success",
        PaymentStatus.NotRequired => "text-bg-light border text-body",
        PaymentStatus.Pending => "text-bg-warning",
        PaymentStatus.Failed or PaymentStatus.Expired => "text-bg-danger",
        _ => "text-bg-info",
    };

    public static string Badge(ShipmentStatus status) => status switch
    {
        ShipmentStatus.Pending => "text-bg-warning",
        ShipmentStatus.Confirmed => "text-bg-info",
        ShipmentStatus.Packed => "text-bg-primary",
        ShipmentStatus.HandedOver => "text-bg-primary",
        ShipmentStatus.Delivered => "text-bg-success",
        _ => "text-bg-secondary",
    };

    /// <summary>Icons for the timeline, by the event kind's first part.</summary>
    public static string Icon(string kind) => kind switch
    {
        "placed" => "bag-check",
        "paid" or "paid.again" => "cash-coin",
        "paid.after_cancellation" => "exclamation-triangle",
        "payment.failed" or "payment.expired" => "x-circle",
        "refunded" => "arrow-counterclockwise",
        "cancelled" or "shipment.cancelled" => "x-octagon",
        "completed" => "check2-all",
        "shipment.confirmed" => "check2",
        "shipment.packed" => "box-seam",
        "shipment.handed_over" => "truck",
        "shipment.delivered" => "house-check",
        "coupon.applied" => "ticket-perforated",
        _ => "dot",
    };

    /// <summary>Nothing leaves the producer before the money for a prepaid order has arrived.</summary>
    public static bool ReadyToShip(PaymentStatus payment) =>
        payment is PaymentStatus.NotRequired or PaymentStatus.Paid or PaymentStatus.PartiallyRefunded;
}
