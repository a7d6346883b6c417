using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using OcopMarket.Web.Framework.Themes;

namespace OcopMarket.Web.Infrastructure;

/// <summary>
/// Output cache for anonymous storefront pages: varies by the whole query string, the UI culture and
/// the theme; a short lifetime keeps stock and date-based star badges near enough to live, and the
/// "catalog" tag lets a write evict at once.
/// </summary>
public sealed class StorefrontCachePolicy : IOutputCachePolicy
{
    public const string Name = "storefront";
    public const string Tag = Framework.CacheTags.Storefront;
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var anonymous = http.User.Identity?.IsAuthenticated != true && !http.Request.Cookies.ContainsKey(".OcopMarket.Auth")
                        && !http.Request.Cookies.ContainsKey(Framework.CacheTags.CartCookie)
                        && !http.Request.Cookies.ContainsKey(Framework.CacheTags.TempDataCookie);
        var cacheable = anonymous && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["theme"] = http.RequestServices.GetRequiredService<IThemeContext>().Current.Name;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only plain successful pages without cookies are shared between visitors.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0
            || context.HttpContext.Items.ContainsKey(Framework.CacheTags.PerVisitorContent))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
