namespace OcopMarket.Web.Framework;

/// <summary>Marker for the buyer's side of the shop: cart, checkout, order page, history, lookup (Resources/CheckoutResource.*.resx).</summary>
public sealed class CheckoutResource;
