namespace OcopMarket.Web.Framework;

/// <summary>
/// Marker for the producer portal's strings (Resources/PortalResource.{vi,en}.resx, generated from PortalResource.tsv; keys are English).
/// </summary>
public sealed class PortalResource;
