namespace OcopMarket.Web.Framework;

/// <summary>Marker for tourism routes (public pages, admin editor) and experience enquiries (public form, portal, admin) (Resources/RoutesResource.*.resx from RoutesResource.tsv).</summary>
public sealed class RoutesResource;
