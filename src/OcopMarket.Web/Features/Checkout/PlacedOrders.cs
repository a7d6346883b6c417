using Microsoft.AspNetCore.DataProtection;

namespace OcopMarket.Web.Features.Checkout;

/// <summary>
/// The order numbers this browser placed or looked up, in a data-protected HttpOnly cookie: a guest can
/// come back to their order page without an account, and nobody else can forge the list.
/// </summary>
public sealed class PlacedOrders(IHttpContextAccessor accessor, IDataProtectionProvider protection)
{
    public const string CookieName = ".OcopMarket.Orders";
    private const int Keep = 20;
    private readonly IDataProtector protector = protection.CreateProtector("OcopMarket.Checkout.PlacedOrders.v1");

    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("No current request.");

    public IReadOnlyList<string> Numbers
    {
        get
        {
            if (!Http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value) || value.Length > 4000) return [];
            try
            {
                return protector.Unprotect(value).Split(',', StringSplitOptions.RemoveEmptyEntries);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return [];
            }
        }
    }

    public bool Contains(string number) => Numbers.Contains(number, StringComparer.Ordinal);

    public void Remember(string number)
    {
        var numbers = Numbers.Where(n => n != number).Prepend(number).Take(Keep);
        Http.Response.Cookies.Append(CookieName, protector.Protect(string.Join(',', numbers)), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Http.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(180),
            Path = "/",
        });
    }
}
