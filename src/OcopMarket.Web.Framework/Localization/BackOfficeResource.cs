namespace OcopMarket.Web.Framework;

/// <summary>
/// Marker for the back office's shared strings — layout, navigation, lists, pager, common buttons —
/// used by /admin and /portal (Resources/BackOfficeResource.tsv → .vi/.en.resx; keys are English).
/// Each back-office feature keeps its own strings in a resource of its own.
/// </summary>
public sealed class BackOfficeResource;
