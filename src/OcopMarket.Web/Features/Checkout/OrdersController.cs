using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>
/// The customer's order page (/don-hang/{number}), cancellation, order history and the guest lookup.
/// An order is shown to the customer who owns it, or to the browser that placed or looked it up; anyone
/// else gets 404, so order numbers cannot be probed.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class OrdersController(
    OrderPageQuery query,
    PlacedOrders placed,
    OrderCancellation cancellation,
    IStringLocalizer<CheckoutResource> l,
    IStringLocalizer<ShopResource> shop,
    ILogger<OrdersController> logger) : Controller
{
    public const string LookupPath = "/tra-cuu-don-hang";
    public const string HistoryPath = "/tai-khoan/don-hang";
    public static string PagePath(string number) => "/don-hang/" + number;

    [HttpGet("/don-hang/{number}")]
    public async Task<IActionResult> Show(string number, CancellationToken ct)
    {
        if (await AccessibleAsync(number, ct) is not { } order) return NotFound();
        ViewData["Title"] = l["Order {0}", order.Number].Value;
        ViewData["NoIndex"] = true;
        var justPlaced = TempData["OrderPlaced"] as string == order.Number;
        return View(await query.GetAsync(order, justPlaced, ct));
    }

    [HttpGet("/don-hang/{number}/huy")]
    public async Task<IActionResult> Cancel(string number, CancellationToken ct)
    {
        if (await AccessibleAsync(number, ct) is not { } order) return NotFound();
        var model = await query.GetAsync(order, false, ct);
        if (!model.CanCancel) return CannotCancel(order.Number);
        ViewData["Title"] = l["Cancel order {0}", order.Number].Value;
        ViewData["NoIndex"] = true;
        ViewData["CancelForm"] = new CancelOrderForm();
        return View(model);
    }

    [HttpPost("/don-hang/{number}/huy")]
    public async Task<IActionResult> Cancel(string number, CancelOrderForm form, CancellationToken ct)
    {
        if (await AccessibleAsync(number, ct) is not { } order) return NotFound();
        if (!ModelState.IsValid)
        {
            ViewData["Title"] = l["Cancel order {0}", order.Number].Value;
            ViewData["CancelForm"] = form;
            return View(await query.GetAsync(order, false, ct));
        }
        var reason = string.IsNullOrWhiteSpace(form.Reason) ? l["Cancelled by the customer"].Value : form.Reason.Trim();
        var result = await cancellation.CancelOrderAsync(order.Id, reason, CurrentCart.UserId(User), ct);
        if (!result.Succeeded)
        {
            TempData["Status"] = shop[result.Error!, result.Arguments ?? []].Value;
            TempData["StatusKind"] = "danger";
        }
        else
        {
            logger.LogInformation("Order {Number} cancelled by its customer", order.Number);
            TempData["Status"] = l["Your order has been cancelled."].Value;
            TempData["StatusKind"] = "success";
        }
        return LocalRedirect(PagePath(order.Number));
    }

    [Authorize]
    [HttpGet(HistoryPath)]
    public async Task<IActionResult> History(int page = 1, CancellationToken ct = default)
    {
        if (CurrentCart.UserId(User) is not { } userId) return Challenge();
        ViewData["Title"] = l["My orders"].Value;
        ViewData["NoIndex"] = true;
        return View(await query.HistoryAsync(userId, page, ct));
    }

    [HttpGet(LookupPath)]
    public IActionResult Lookup()
    {
        ViewData["Title"] = l["Find your order"].Value;
        return View(new OrderLookupForm());
    }

    [HttpPost(LookupPath)]
    public async Task<IActionResult> Lookup(OrderLookupForm form, CancellationToken ct)
    {
        ViewData["Title"] = l["Find your order"].Value;
        if (!ModelState.IsValid) return View(form);
        var number = OrderPageQuery.CleanNumber(form.Number);
        var phone = VietnamesePhone.Normalize(form.Phone);
        var found = number is null || phone is null ? null : await query.LookupAsync(number, phone, ct);
        if (found is null)
        {
            // One message whichever part is wrong: the form must not tell which order numbers exist.
            ModelState.AddModelError("", l["No order matches this order number and phone number. Check both and try again."]);
            return View(form);
        }
        placed.Remember(found);
        return LocalRedirect(PagePath(found));
    }

    private async Task<Order?> AccessibleAsync(string number, CancellationToken ct)
    {
        if (OrderPageQuery.CleanNumber(number) is not { } clean) return null;
        var order = await query.FindAsync(clean, ct);
        if (order is null) return null;
        var mine = order.CustomerUserId is { } owner && owner == CurrentCart.UserId(User);
        return mine || placed.Contains(order.Number) ? order : null;
    }

    private IActionResult CannotCancel(string number)
    {
        TempData["Status"] = l["This order can no longer be cancelled: a parcel is already on its way. Contact the producer."].Value;
        TempData["StatusKind"] = "warning";
        return LocalRedirect(PagePath(number));
    }
}
