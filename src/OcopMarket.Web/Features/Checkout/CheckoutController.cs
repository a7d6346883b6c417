using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Orders;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>
/// Checkout at /thanh-toan: contact, address, delivery, payment, review, place. Without JavaScript the
/// "Cập nhật" button posts the form back to get the next address level and the delivery quotes; only
/// "Đặt hàng" places the order, and the server recomputes everything from the cart and the database.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CheckoutController(
    CartQuery carts,
    CurrentCart current,
    CheckoutPages pages,
    PlaceOptions places,
    OrderPlacement placement,
    IShopProviders providers,
    PlacedOrders placed,
    OrderConfirmationEmail email,
    UserManager<AppUser> users,
    IStringLocalizer<CheckoutResource> l,
    IStringLocalizer<ShopResource> shop,
    CheckoutCoupon coupon,
    Coupons.CouponMessages couponMessages,
    ILogger<CheckoutController> logger) : Controller
{
    public const string Path = "/thanh-toan";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var cart = await carts.GetAsync(current.Owner, ct);
        if (cart.IsEmpty) return EmptyCart();
        var form = new CheckoutForm();
        if (await users.GetUserAsync(User) is { } user)
        {
            form.FullName = user.FullName;
            form.Email = user.Email ?? "";
            form.Phone = user.PhoneNumber ?? "";
        }
        return await PageAsync(await pages.BuildAsync(form, cart, ct), ct);
    }

    /// <param name="step">"place" places the order; "coupon" previews the code, "nocoupon" removes it; anything else ("update") only reloads the choices.</param>
    [HttpPost(Path)]
    public async Task<IActionResult> Index(CheckoutForm form, string? step, CancellationToken ct)
    {
        var cart = await carts.GetAsync(current.Owner, ct);
        if (cart.IsEmpty) return EmptyCart();
        if (step == "nocoupon") form.CouponCode = null;
        var page = await pages.BuildAsync(form, cart, ct);
        if (step != "place")
        {
            ModelState.Clear(); // reloading is not submitting: no error messages yet
            return await PageAsync(page, ct);
        }

        var phone = VietnamesePhone.Normalize(form.Phone);
        if (phone is null && !string.IsNullOrWhiteSpace(form.Phone))
            ModelState.AddModelError(nameof(form.Phone), l["Please enter a valid Vietnamese phone number (e.g. 0912 345 678)."]);
        if (form.ProvinceId is null) ModelState.AddModelError(nameof(form.ProvinceId), l["Please choose the province or city."]);
        else if (form.CommuneId is null) ModelState.AddModelError(nameof(form.CommuneId), l["Please choose the commune or ward."]);
        else if (!await places.IsCommuneOfAsync(form.CommuneId.Value, form.ProvinceId.Value, ct))
            ModelState.AddModelError(nameof(form.CommuneId), l["The commune does not belong to the chosen province."]);
        if (form.ProvinceId is not null && form.CommuneId is not null && page.ChosenShipping is null)
            ModelState.AddModelError(nameof(form.Shipping), l["No delivery option is available for this address yet. Choose another address or contact us."]);
        if (form.Payment is null) ModelState.AddModelError(nameof(form.Payment), l["Please choose a payment method."]);
        if (!ModelState.IsValid) return await PageAsync(page, ct);

        var choice = CheckoutPages.ParseChoice(form.Shipping)!.Value;
        var request = new PlaceOrderRequest(
            cart.Lines.Select(x => (x.ProductId, x.Quantity)).ToList(),
            form.FullName, phone!, form.Email, form.ProvinceId!.Value, form.DistrictId,
            await pages.TodaysCommuneAsync(form.CommuneId!.Value, ct), form.AddressLine, form.Note,
            choice.Provider, choice.Code, form.Payment!,
            CurrentCart.UserId(User), cart.CartId, Cultures.IsEnglish ? "en" : "vi",
            string.IsNullOrWhiteSpace(form.CouponCode) ? null : form.CouponCode);
        var result = await placement.PlaceAsync(request, ct);
        if (!result.Succeeded)
        {
            var message = Coupons.CouponMessages.IsCouponError(result.Error)
                ? couponMessages.Localize(result.Error!, result.Arguments)
                : shop[result.Error!, result.Arguments ?? []].Value;
            ModelState.AddModelError("", message);
            // Stock or prices may have moved: show the cart as it is now.
            return await PageAsync(await pages.BuildAsync(form, await carts.GetAsync(current.Owner, ct), ct), ct);
        }

        var order = result.Value!;
        logger.LogInformation("Order {Number} placed ({Total} VND, {Parcels} parcels)", order.Number, order.Total, order.Shipments.Count);
        placed.Remember(order.Number);
        TempData["OrderPlaced"] = order.Number;
        // The order is committed: neither the e-mail nor the payment start may lose it.
        await email.TrySendAsync(order, ct);
        var redirect = await StartPaymentAsync(order, ct);
        return redirect is not null ? Redirect(redirect) : LocalRedirect(OrdersController.PagePath(order.Number));
    }

    private async Task<string?> StartPaymentAsync(Order order, CancellationToken ct)
    {
        if (providers.Payment(order.PaymentMethod) is not { } provider) return null;
        try
        {
            var start = await provider.StartAsync(order, ct);
            return start.RedirectUrl;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The order page shows the provider's instructions (e.g. a retry button); the webhook or the office settles the rest.
            logger.LogError(ex, "Payment provider {Provider} failed to start the payment of order {Number}", provider.SystemName, order.Number);
            return null;
        }
    }

    /// <summary>The page with the coupon code's preview (if one is typed): the discount line and total, or why it does not apply.</summary>
    private async Task<ViewResult> PageAsync(CheckoutPageModel page, CancellationToken ct)
    {
        page.Coupon = await coupon.PreviewAsync(page.Form, page.Cart, CurrentCart.UserId(User), ct);
        ViewData["Title"] = l["Checkout"].Value;
        ViewData["NoIndex"] = true;
        return View("Index", page);
    }

    private IActionResult EmptyCart()
    {
        TempData["Status"] = l["Your cart is empty: add a product first."].Value;
        TempData["StatusKind"] = "warning";
        return LocalRedirect(CartController.Path);
    }
}
