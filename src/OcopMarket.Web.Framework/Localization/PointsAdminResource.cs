namespace OcopMarket.Web.Framework;

/// <summary>Marker for the office's display point screens (list, editor with pin, hours, photos, products stocked) (Resources/PointsAdminResource.*.resx from PointsAdminResource.tsv).</summary>
public sealed class PointsAdminResource;
