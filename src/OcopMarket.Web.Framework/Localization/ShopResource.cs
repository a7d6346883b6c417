namespace OcopMarket.Web.Framework;

/// <summary>
/// Marker for the shop's shared words: order, payment and shipment statuses and timeline kinds, used by the
/// storefront, the portal and the admin area alike (Resources/ShopResource.*.resx from ShopResource.tsv).
/// </summary>
public sealed class ShopResource;
