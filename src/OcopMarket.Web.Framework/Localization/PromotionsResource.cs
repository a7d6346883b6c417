namespace OcopMarket.Web.Framework;

/// <summary>Marker for campaigns (admin, portal opt-in, landing pages, prices), coupons (admin, checkout) and featured items (Resources/PromotionsResource.*.resx from PromotionsResource.tsv).</summary>
public sealed class PromotionsResource;
