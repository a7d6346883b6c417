using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Features.Localization;

/// <summary>The language switcher: remembers the choice in a cookie and returns to the same page.</summary>
public sealed class CultureController : Controller
{
    // A GET link rather than a form: it only sets a preference cookie, and keeping antiforgery
    // tokens out of the shared header lets anonymous pages be output-cached.
    [HttpGet("/ngon-ngu/{culture}")]
    public IActionResult Set(string culture, [FromQuery] string? returnUrl)
    {
        // The back office links the short forms (/ngon-ngu/vi, /ngon-ngu/en).
        culture = culture switch { "vi" => Cultures.Vietnamese, "en" => Cultures.English, _ => culture };
        if (!Cultures.Supported.Contains(culture)) return NotFound();
        Response.Headers.CacheControl = "no-store";
        Response.Cookies.Append(
            Cultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return LocalRedirect(StripCultureQuery(returnUrl));
    }

    /// <summary>A ?culture= in the return URL would override the cookie just set, so it is removed.</summary>
    private string StripCultureQuery(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || !Url.IsLocalUrl(returnUrl)) return "/";
        var q = returnUrl.IndexOf('?', StringComparison.Ordinal);
        if (q < 0) return returnUrl;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(returnUrl[q..]);
        query.Remove("culture");
        query.Remove("ui-culture");
        var rebuilt = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(returnUrl[..q], query.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))));
        return rebuilt;
    }
}
