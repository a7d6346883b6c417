using System.Security.Claims;
using Autofac;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Features.Orders;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Portal;

/// <summary>The parcel page: the order as the producer may see it, and which steps it may take now.</summary>
public sealed record ParcelPage(OrderDetail Detail, ShipmentView Shipment)
{
    public bool OrderCancelled => Detail.Order.Status == OrderStatus.Cancelled;

    /// <summary>A prepaid order whose money has not arrived: the producer waits (ShipmentFulfilment refuses every step).</summary>
    public bool AwaitingPayment => !OrderCancelled && !OrderLabels.ReadyToShip(Detail.Order.PaymentStatus) && Shipment.IsOpen;

    private bool Actionable => !OrderCancelled && !AwaitingPayment;
    public bool CanConfirm => Actionable && Shipment.Status == ShipmentStatus.Pending;
    public bool CanPack => Actionable && Shipment.Status == ShipmentStatus.Confirmed;
    public bool CanHandOver => Actionable && Shipment.Status is ShipmentStatus.Confirmed or ShipmentStatus.Packed;
    public bool CanDeliver => Actionable && Shipment.Status == ShipmentStatus.HandedOver;
    public bool CanCancel => Actionable && OrderCancellation.Cancellable.Contains(Shipment.Status);
}

/// <summary>
/// The producer's parcels (its part of each order): list, detail with what it needs to ship, and the steps
/// confirm → pack → hand over → delivered, or cancel. Another producer's parcel id answers 404.
/// </summary>
public sealed class PortalOrdersController(
    CurrentProducer current, PortalParcels parcels, OrderDetails details, ShipmentFulfilment fulfilment,
    OrderMessages messages, IStringLocalizer<OrdersResource> localizer) : PortalController(current)
{
    [HttpGet("/portal/don-hang")]
    public async Task<IActionResult> Index([FromQuery] ParcelListQuery query, CancellationToken ct) =>
        View(await parcels.ListAsync(ProducerId, query, ct));

    [HttpGet("/portal/don-hang/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var detail = await details.ForShipmentAsync(id, ProducerId, ct);
        if (detail is null) return NotFound();
        return View(new ParcelPage(detail, detail.Shipments.Single()));
    }

    [HttpPost("/portal/don-hang/{id:int}/xac-nhan")]
    public Task<IActionResult> Confirm(int id, CancellationToken ct) =>
        StepAsync(id, () => fulfilment.ConfirmAsync(id, ProducerId, UserId, ct), "The parcel is confirmed. Prepare the goods.", ct);

    [HttpPost("/portal/don-hang/{id:int}/dong-goi")]
    public Task<IActionResult> Pack(int id, CancellationToken ct) =>
        StepAsync(id, () => fulfilment.PackAsync(id, ProducerId, UserId, ct), "The parcel is packed.", ct);

    [HttpPost("/portal/don-hang/{id:int}/ban-giao")]
    public Task<IActionResult> HandOver(int id, string? carrier, string? trackingNumber, CancellationToken ct) =>
        StepAsync(id, () => fulfilment.HandOverAsync(id, ProducerId, carrier, trackingNumber, UserId, ct), "The parcel was handed over.", ct);

    [HttpPost("/portal/don-hang/{id:int}/da-giao")]
    public Task<IActionResult> Delivered(int id, CancellationToken ct) =>
        StepAsync(id, () => fulfilment.MarkDeliveredAsync(id, ProducerId, UserId, ct), "The parcel is marked as delivered.", ct);

    [HttpPost("/portal/don-hang/{id:int}/huy")]
    public Task<IActionResult> Cancel(int id, string? reason, CancellationToken ct) =>
        StepAsync(id, () => fulfilment.CancelAsync(id, ProducerId, reason?.Trim() is { Length: > 500 } r ? r[..500] : reason ?? "", UserId, ct),
            "The parcel was cancelled and its stock returned.", ct);

    /// <summary>Runs one step on the producer's own parcel (404 for anyone else's) and reports the outcome on the parcel page.</summary>
    private async Task<IActionResult> StepAsync(int id, Func<Task<OperationResult>> step, string done, CancellationToken ct)
    {
        if (!await parcels.OwnsAsync(ProducerId, id, ct)) return NotFound();
        var result = await step();
        if (result.Succeeded) Flash(localizer[done]);
        else Flash(messages.Of(result), "danger");
        return Redirect($"/portal/don-hang/{id}");
    }

    private int? UserId => int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

/// <summary>The number of new parcels, beside "Orders" in the portal menu and on the overview.</summary>
public sealed class PortalNewParcelsViewComponent(CurrentProducer current, PortalParcels parcels) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string view = "Badge")
    {
        var producer = await current.GetAsync(HttpContext.RequestAborted);
        var count = producer is null ? 0 : await parcels.NewCountAsync(producer.Id, HttpContext.RequestAborted);
        return View(view, count);
    }
}

public sealed class PortalOrdersModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder) => builder.RegisterType<PortalParcels>().InstancePerLifetimeScope();
}
