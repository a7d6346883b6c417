namespace OcopMarket.Web.Framework;

/// <summary>
/// Marker for the office's catalogue screens — producers, products, moderation, categories, administrative units
/// (Resources/CatalogAdminResource.tsv → .vi/.en.resx; keys are English).
/// </summary>
public sealed class CatalogAdminResource;
