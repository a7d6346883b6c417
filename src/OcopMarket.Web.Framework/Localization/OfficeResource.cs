namespace OcopMarket.Web.Framework;

/// <summary>
/// Marker for the office's register import, audit log and dashboard strings
/// (Resources/OfficeResource.tsv → .vi/.en.resx; keys are English).
/// </summary>
public sealed class OfficeResource;
