namespace OcopMarket.Web.Framework;

/// <summary>Marker for the storefront's shared strings (Resources/SharedResource.{vi,en}.resx). Keys are English.</summary>
public sealed class SharedResource;
