namespace OcopMarket.Web.Framework;

/// <summary>Output cache tags: evicting one drops every cached page that carries it.</summary>
public static class CacheTags
{
    /// <summary>All anonymous storefront pages.</summary>
    public const string Storefront = "catalog";
}
