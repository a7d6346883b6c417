using OcopMarket.Core.Common;
using OcopMarket.Core.Promotions.Coupons;
using OcopMarket.Web.Features.Coupons;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>
/// The checkout's "Apply" preview of a coupon code for the cart as it is now. Advisory only: placing the order
/// checks the code again inside the order's transaction, where uses are actually taken.
/// </summary>
public sealed class CheckoutCoupon(CouponCheck check, CouponMessages messages)
{
    public async Task<CouponPreview?> PreviewAsync(CheckoutForm form, CartPageModel cart, int? userId, CancellationToken ct)
    {
        var code = CouponCodes.Normalize(form.CouponCode);
        form.CouponCode = code.Length == 0 ? null : code;
        if (code.Length == 0 || cart.IsEmpty) return null;
        // The per-customer limit is known for a signed-in buyer or once a valid phone number is typed.
        var phone = VietnamesePhone.Normalize(form.Phone);
        var customer = userId is not null || phone is not null ? CouponCodes.CustomerKey(userId, phone ?? "") : null;
        var lines = cart.Lines.Where(l => l.IsSold).Select(l => (l.ProductId, l.Quantity)).ToList();
        var result = await check.PreviewAsync(code, lines, customer, ct);
        return result.Succeeded
            ? new CouponPreview(code, result.Value!.Discount, null)
            : new CouponPreview(code, 0, messages.Localize(result.Error!, result.Arguments));
    }
}
