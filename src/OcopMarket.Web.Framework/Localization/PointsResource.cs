namespace OcopMarket.Web.Framework;

/// <summary>Marker for the public display points: map, list, near me, point pages, "available at" on product pages (Resources/PointsResource.*.resx from PointsResource.tsv).</summary>
public sealed class PointsResource;
