using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Shipping;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Shipping;

/// <summary>Looks up seeded places and producers, and asks a provider for quotes the way checkout does.</summary>
internal static class ShippingTestData
{
    public static Task<int> ProvinceIdAsync(this OcopWebFactory site, string code) =>
        site.DbAsync(db => db.AdminUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public const string BinhSon = "HTX Nông nghiệp Bình Sơn";          // honey, Thanh Hóa (P38)
    public const string HoaCu = "HTX Sản xuất và Kinh doanh Quả sạch Hòa Cư"; // persimmons, Lạng Sơn (P20)

    public static Task<int> ProducerIdAsync(this OcopWebFactory site, string name) =>
        site.DbAsync(db => db.Producers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    /// <summary>Quotes through the enabled providers (IShopProviders), so a disabled plugin quotes nothing.</summary>
    public static async Task<IReadOnlyList<ShippingQuote>> QuoteAsync(this OcopWebFactory site, string provider, int provinceId, params ShippingParcel[] parcels)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var shipping = scope.ServiceProvider.GetRequiredService<IShopProviders>().ShippingProvider(provider);
        if (shipping is null) return [];
        // Checkout quotes inside a Vietnamese request; the test thread has no request culture of its own.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("vi");
        try
        {
            return await shipping.QuoteAsync(new ShippingRequest(provinceId, 0, parcels), CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
