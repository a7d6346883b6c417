namespace OcopMarket.Web.Framework;

/// <summary>Marker for the monthly report (page, targets, XLSX, print, dashboard reminder) (Resources/ReportsResource.*.resx from ReportsResource.tsv).</summary>
public sealed class ReportsResource;
