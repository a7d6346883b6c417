namespace OcopMarket.Web.Framework;

/// <summary>
/// Marker for the system screens of the admin area — users and roles, plugins, themes, site settings —
/// (Resources/SystemResource.tsv → .vi/.en.resx; keys are English).
/// </summary>
public sealed class SystemResource;
