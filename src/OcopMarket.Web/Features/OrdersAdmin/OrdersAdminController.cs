using System.Security.Claims;
using Autofac;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;
using OcopMarket.Web.Features.Orders;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.OrdersAdmin;

/// <summary>What the order detail page needs beyond the order itself.</summary>
public sealed record OrderDetailPage(OrderDetail Detail, string MethodName, bool ProviderRefunds)
{
    public Order Order => Detail.Order;

    /// <summary>As OrderCancellation rules: open, and no parcel has left with a carrier.</summary>
    public bool CanCancel => Order.Status != OrderStatus.Cancelled
        && !Detail.Shipments.Any(s => s.Status is ShipmentStatus.HandedOver or ShipmentStatus.Delivered);

    /// <summary>
    /// A transfer to mark received (even after expiry: the money arrived and must then be refunded), or the cash
    /// collected on delivery; a cancelled cash-on-delivery order has nothing to collect.
    /// </summary>
    public bool CanRecordPayment => Detail.PaidTotal < Order.Total && Order.RefundedTotal == 0
        && !(Order.Status == OrderStatus.Cancelled && Order.PaymentStatus == PaymentStatus.NotRequired);

    public bool CanRefund => Detail.Refundable > 0;
}

/// <summary>
/// The office's orders: everyone in the back office may read them; cancelling, recording money received and
/// refunding are for the office (administrators and office staff).
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.BackOffice)]
public sealed class OrdersAdminController(
    OrderList list, OrderDetails details, OrderCancellation cancellation, OrderPayments payments,
    IEnumerable<IPaymentProvider> providers, OrderMessages messages, IStringLocalizer<OrdersResource> localizer) : Controller
{
    public const int MaxReasonLength = 500;

    [HttpGet("/admin/don-hang")]
    public async Task<IActionResult> Index([FromQuery] OrderListQuery query, CancellationToken ct) => View(await list.GetAsync(query, ct));

    [HttpGet("/admin/don-hang/{number}")]
    public async Task<IActionResult> Details(string number, CancellationToken ct)
    {
        var detail = await details.ByNumberAsync(number, ct);
        if (detail is null) return NotFound();
        var provider = Provider(detail.Order);
        return View(new OrderDetailPage(detail, provider?.Name ?? detail.Order.PaymentMethod, provider is IRefundingPaymentProvider));
    }

    [HttpPost("/admin/don-hang/{number}/huy")]
    [Authorize(Roles = Roles.Office)]
    public async Task<IActionResult> Cancel(string number, string? reason, CancellationToken ct)
    {
        var detail = await details.ByNumberAsync(number, ct);
        if (detail is null) return NotFound();
        if (Reason(reason) is not { } why) return Back(number, messages.Localize("Give a reason for the cancellation.", null), "danger");
        var result = await cancellation.CancelOrderAsync(detail.Order.Id, why, UserId, ct);
        return result.Succeeded ? Back(number, localizer["The order was cancelled and its stock returned."]) : Back(number, messages.Of(result), "danger");
    }

    [HttpPost("/admin/don-hang/{number}/thanh-toan")]
    [Authorize(Roles = Roles.Office)]
    public async Task<IActionResult> RecordPayment(string number, long? amount, string? reference, CancellationToken ct)
    {
        var detail = await details.ByNumberAsync(number, ct);
        if (detail is null) return NotFound();
        if (amount is not > 0) return Back(number, messages.Localize("The amount must be greater than zero.", null), "danger");
        reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        if (reference?.Length > 100) return Back(number, localizer["The reference is too long."], "danger");
        var result = await payments.RecordPaymentAsync(detail.Order.Id, detail.Order.PaymentMethod, reference, amount.Value, UserId, ct);
        return result.Succeeded ? Back(number, localizer["The payment of {0} was recorded.", Core.Common.Vnd.Format(amount.Value)]) : Back(number, messages.Of(result), "danger");
    }

    /// <summary>
    /// Refunds through the payment plugin when it can send money back (Stripe), then records it with the provider's
    /// refund id; otherwise records a refund the office paid back by hand. OrderPayments never lets the total exceed what was paid.
    /// </summary>
    [HttpPost("/admin/don-hang/{number}/hoan-tien")]
    [Authorize(Roles = Roles.Office)]
    public async Task<IActionResult> Refund(string number, long? amount, string? reason, CancellationToken ct)
    {
        var detail = await details.ByNumberAsync(number, ct);
        if (detail is null) return NotFound();
        if (amount is not > 0) return Back(number, messages.Localize("The amount must be greater than zero.", null), "danger");
        if (Reason(reason) is not { } why) return Back(number, messages.Localize("Give a reason for the refund.", null), "danger");
        // Checked before asking the provider, so no money leaves for a refund the records would refuse.
        if (amount > detail.Refundable) return Back(number, messages.Localize("At most {0:N0} ₫ can be refunded.", [detail.Refundable]), "danger");

        string? providerReference = null;
        if (Provider(detail.Order) is IRefundingPaymentProvider refunding)
        {
            var sent = await refunding.RefundAsync(detail.Order, amount.Value, why, ct);
            if (!sent.Succeeded || string.IsNullOrEmpty(sent.Value))
                return Back(number, localizer["The payment provider refused the refund: {0}", messages.Localize(sent.Error ?? "", sent.Arguments)], "danger");
            providerReference = sent.Value;
        }
        var result = await payments.RecordRefundAsync(detail.Order.Id, amount.Value, why, providerReference, UserId, ct);
        return result.Succeeded ? Back(number, localizer["A refund of {0} was recorded.", Core.Common.Vnd.Format(amount.Value)]) : Back(number, messages.Of(result), "danger");
    }

    private IPaymentProvider? Provider(Order order) => providers.FirstOrDefault(p => p.SystemName == order.PaymentMethod);

    private int? UserId => int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static string? Reason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return null;
        var trimmed = reason.Trim();
        return trimmed.Length <= MaxReasonLength ? trimmed : trimmed[..MaxReasonLength];
    }

    private RedirectResult Back(string number, string message, string kind = "success")
    {
        TempData["Status"] = message;
        TempData["StatusKind"] = kind;
        return Redirect("/admin/don-hang/" + Uri.EscapeDataString(number));
    }
}

public sealed class OrdersAdminModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder) => builder.RegisterType<OrderList>().InstancePerLifetimeScope();
}
