namespace OcopMarket.Web.Framework;

/// <summary>Marker for lots, traceability events, locations and the EPCIS export (portal and admin) (Resources/LotsResource.*.resx from LotsResource.tsv).</summary>
public sealed class LotsResource;
