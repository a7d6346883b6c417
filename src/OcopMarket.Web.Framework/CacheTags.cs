namespace OcopMarket.Web.Framework;

/// <summary>Output cache tags: evicting one drops every cached page that carries it.</summary>
public static class CacheTags
{
    /// <summary>All anonymous storefront pages.</summary>
    public const string Storefront = "catalog";

    /// <summary>
    /// HttpContext.Items key a view sets when the page carries something for this visitor only (an antiforgery
    /// token in a form): the storefront output cache then does not store the page.
    /// </summary>
    public const string PerVisitorContent = "ocop:per-visitor-content";

    /// <summary>The guest cart cookie: a visitor who has one sees their cart count in the header, so gets no shared cached pages.</summary>
    public const string CartCookie = ".OcopMarket.Cart";

    /// <summary>MVC's TempData cookie: a visitor who has one is about to see a one-off message, so gets no shared cached pages.</summary>
    public const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";
}
