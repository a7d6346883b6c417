using Microsoft.Extensions.Localization;
using OcopMarket.Core.Common;
using OcopMarket.Core.Promotions.Coupons;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Coupons;

/// <summary>The coupon rules' messages in the buyer's language, with dates in Việt Nam time and amounts in đồng.</summary>
public sealed class CouponMessages(IStringLocalizer<PromotionsResource> L)
{
    private static readonly HashSet<string> Keys =
    [
        CouponRules.NotFound, CouponRules.UsedUp, CouponRules.NotYetValid, CouponRules.Expired, CouponRules.OtherProducer,
        CouponRules.NotCombinable, CouponRules.BelowMinimum, CouponRules.CustomerLimit,
    ];

    public static bool IsCouponError(string? error) => error is not null && Keys.Contains(error);

    public string Localize(string error, object[]? arguments)
    {
        var args = (arguments ?? []).Select(a => a switch
        {
            DateTimeOffset at => VnTime.TimeFirst(at),
            long amount => Vnd.Format(amount),
            _ => a,
        }).ToArray();
        return L[error, args].Value;
    }
}
