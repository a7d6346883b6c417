namespace OcopMarket.Web.Framework;

/// <summary>Marker for trade fairs (public pages, admin editor, home page) (Resources/FairsResource.*.resx from FairsResource.tsv).</summary>
public sealed class FairsResource;
