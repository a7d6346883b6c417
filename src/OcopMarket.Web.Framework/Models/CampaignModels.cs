using OcopMarket.Core.Promotions;

namespace OcopMarket.Web.Framework.Models;

/// <summary>The campaign behind a discounted price, for the product page's "until" line and link.</summary>
public sealed record CampaignLinkModel(string Name, string Slug, DateTimeOffset EndsAt);

/// <summary>The discount of a campaign, in words the views write ("-10%, up to 50.000 ₫ a unit").</summary>
public sealed record CampaignDiscountModel(DiscountKind Kind, long Value, long? MaxPerUnit);

/// <summary>A campaign on the /chien-dich list and the home page's banner row.</summary>
public sealed record CampaignCardModel(
    int Id, string Name, string Slug, string Summary, int? BannerImageId, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    CampaignStatus Status, CampaignDiscountModel Discount);

/// <summary>A campaign's landing page: its texts, period and the products it covers (campaign prices while it is live).</summary>
public sealed record CampaignPageModel(
    CampaignCardModel Campaign, string DescriptionHtml, bool RequiresProducerOptIn,
    IReadOnlyList<ProductCardModel> Products, PagerModel Pager);

/// <summary>A campaign's discount and period in words, the same on every page.</summary>
public static class CampaignTexts
{
    /// <summary>"-10%, up to 50.000 ₫ a unit" / "-20.000 ₫ a unit".</summary>
    public static string Discount(Microsoft.Extensions.Localization.IStringLocalizer l, DiscountKind kind, long value, long? maxPerUnit) =>
        kind == DiscountKind.Percent
            ? maxPerUnit is long max ? l["-{0}%, up to {1} a unit", value, Core.Common.Vnd.Format(max)] : l["-{0}%", value]
            : l["-{0} a unit", Core.Common.Vnd.Format(value)];

    public static string Discount(Microsoft.Extensions.Localization.IStringLocalizer l, CampaignDiscountModel d) => Discount(l, d.Kind, d.Value, d.MaxPerUnit);

    /// <summary>"23:59 30/11": the last minute of a campaign (its end is exclusive).</summary>
    public static string LastMinute(DateTimeOffset endsAt) =>
        VnTime.Short(endsAt.AddMinutes(-1));
}
