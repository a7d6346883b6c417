using System.Security.Claims;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>
/// The request's cart owner: the signed-in user, else the guest token from an HttpOnly cookie (created on
/// the first add, so browsing alone never sets a cookie and storefront pages stay cacheable).
/// </summary>
public sealed class CurrentCart(IHttpContextAccessor accessor)
{
    public const string CookieName = Framework.CacheTags.CartCookie;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("No current request.");

    public static int? UserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? GuestToken => Http.Request.Cookies.TryGetValue(CookieName, out var token) && token.Length is > 0 and <= 64 ? token : null;

    public CartOwner Owner => new(UserId(Http.User), GuestToken);

    /// <summary>The owner for adding: a guest without a cookie gets a new token (and the cookie).</summary>
    public CartOwner OwnerForWriting()
    {
        var owner = Owner;
        if (owner.UserId is not null || owner.Token is not null) return owner;
        var token = CartService.NewToken();
        Http.Response.Cookies.Append(CookieName, token, Options(Http));
        return owner with { Token = token };
    }

    public static void Forget(HttpContext http) => http.Response.Cookies.Delete(CookieName, Options(http));

    private static CookieOptions Options(HttpContext http) => new()
    {
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        MaxAge = Lifetime,
        Path = "/",
    };
}
