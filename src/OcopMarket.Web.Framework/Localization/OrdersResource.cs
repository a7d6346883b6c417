namespace OcopMarket.Web.Framework;

/// <summary>
/// Marker for the order screens' words: the office's order list and detail, the producer portal's parcels and the
/// dashboard's sales figures (Resources/OrdersResource.*.resx from OrdersResource.tsv). Statuses and timeline kinds are in <see cref="ShopResource"/>.
/// </summary>
public sealed class OrdersResource;
