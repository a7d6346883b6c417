using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Places;
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

    public static Task<int> SeededProducerIdAsync(this OcopWebFactory site, string name) =>
        site.DbAsync(db => db.Producers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    /// <summary>
    /// A display point of our own in Triệu Sơn (Thanh Hóa) stocking <paramref name="productIds"/>. A point sells only
    /// products with a valid 3★+ certificate (Decision 950), so stocked products with no certificate at all get one, as the shelf
    /// editor requires (a product with an expired one keeps it: tests of expiry stock those on purpose).
    /// </summary>
    public static Task<DisplayPoint> CreatePointAsync(this OcopWebFactory site, string name, string? hours, params int[] productIds) =>
        site.DbAsync(async db =>
        {
            var commune = await db.DisplayPoints.Where(p => p.Slug == SlugGenerator.Generate("Điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn"))
                .Select(p => p.CommuneId).SingleAsync();
            var point = new DisplayPoint
            {
                Name = name, Slug = SlugGenerator.Generate(name), Type = DisplayPointType.Shop, Address = "Số 9 đường thử",
                CommuneId = commune, Latitude = 19.8, Longitude = 105.6, OpeningHours = hours,
            };
            db.DisplayPoints.Add(point);
            await db.SaveChangesAsync();
            db.Set<DisplayPointProduct>().AddRange(productIds.Select(id => new DisplayPointProduct { DisplayPointId = point.Id, ProductId = id }));
            var today = DateOnly.FromDateTime(site.Time.GetUtcNow().ToOffset(VietnamTime.Offset).DateTime);
            var certified = await db.Certificates.Where(c => productIds.Contains(c.ProductId)).Select(c => c.ProductId).ToListAsync();
            db.Certificates.AddRange(productIds.Except(certified).Select(id => new Certificate
            {
                ProductId = id, DecisionNumber = "DP-" + Guid.NewGuid().ToString("N")[..8], IssuingBody = "UBND tỉnh Thanh Hóa",
                CouncilLevel = CouncilLevel.Province, Stars = 3, IssuedOn = today.AddMonths(-6), ExpiresOn = today.AddMonths(30),
            }));
            await db.SaveChangesAsync();
            return point;
        });

    public static Task DeletePointsAsync(this OcopWebFactory site, params int[] ids) => site.DbAsync(async db =>
    {
        await db.Set<DisplayPointProduct>().Where(s => ids.Contains(s.DisplayPointId)).ExecuteDeleteAsync();
        await db.DisplayPoints.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync();
    });

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
