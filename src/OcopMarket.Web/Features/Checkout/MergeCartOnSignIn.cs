using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>
/// Merges the guest cart into the customer's whenever the Identity cookie is issued (sign-in, registration),
/// without the account controller knowing about carts. A failed merge never blocks the sign-in.
/// </summary>
internal sealed class MergeCartOnSignIn : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != IdentityConstants.ApplicationScheme) return;
        var inner = options.Events.OnSignedIn;
        options.Events.OnSignedIn = async context =>
        {
            await inner(context);
            var http = context.HttpContext;
            if (!http.Request.Cookies.TryGetValue(CurrentCart.CookieName, out var token) || string.IsNullOrEmpty(token)) return;
            if (context.Principal is null || CurrentCart.UserId(context.Principal) is not { } userId) return;
            try
            {
                await http.RequestServices.GetRequiredService<CartService>().MergeAsync(token, userId, http.RequestAborted);
                CurrentCart.Forget(http);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                http.RequestServices.GetRequiredService<ILogger<MergeCartOnSignIn>>().LogError(ex, "Could not merge the guest cart into user {UserId}'s cart", userId);
            }
        };
    }
}
