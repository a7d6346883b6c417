using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Places;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Shop;

namespace OcopMarket.Web.Tests.PointsAdmin;

/// <summary>Points, places and pickup orders for the display point screens' tests (each test makes and removes its own).</summary>
internal static class PointsAdminTestData
{
    public const string TrieuSonCommune = "C15664"; // xã Triệu Sơn, Thanh Hóa (P38)
    public const string DongKinhCommune = "C05977"; // phường Đông Kinh, Lạng Sơn

    public static Task<(int Id, int ProvinceId)> CommuneAsync(this OcopWebFactory site, string code) =>
        site.DbAsync(async db =>
        {
            var unit = await db.AdminUnits.Where(u => u.Code == code).Select(u => new { u.Id, u.ParentId }).SingleAsync();
            return (unit.Id, unit.ParentId!.Value);
        });

    public static Task<DisplayPoint> AddPointAsync(this OcopWebFactory site, string name, string communeCode = TrieuSonCommune,
        DisplayPointType type = DisplayPointType.Shop, bool published = true, string address = "Số 9 đường thử") =>
        site.DbAsync(async db =>
        {
            var commune = await db.AdminUnits.Where(u => u.Code == communeCode).Select(u => u.Id).SingleAsync();
            var point = new DisplayPoint
            {
                Name = name, Slug = SlugGenerator.Generate(name), Type = type, Address = address, CommuneId = commune,
                Latitude = 19.81, Longitude = 105.61, OpeningHours = "07:30–21:00", IsPublished = published,
                CreatedAt = site.Time.GetUtcNow(), UpdatedAt = site.Time.GetUtcNow(),
            };
            db.DisplayPoints.Add(point);
            await db.SaveChangesAsync();
            return point;
        });

    /// <summary>An order of one seeded product whose parcel is collected at <paramref name="pointId"/>; returns the order id.</summary>
    public static Task<int> AddPickupOrderAsync(this OcopWebFactory site, int pointId) => site.DbAsync(async db =>
    {
        var product = await db.Products.AsNoTracking().Where(p => p.IsPublished).OrderBy(p => p.Id).FirstAsync();
        var commune = await db.AdminUnits.AsNoTracking().Where(u => u.Code == TrieuSonCommune).SingleAsync();
        var line = new OrderLine { ProductId = product.Id, ProductName = product.Name, Unit = product.Unit, UnitPrice = product.Price, Quantity = 1, LineTotal = product.Price };
        var shipment = new Shipment
        {
            ProducerId = product.ProducerId, ShippingProvider = "Shipping.Pickup", ShippingOption = "point-" + pointId,
            ShippingOptionName = "Nhận tại điểm bán", PickupPointId = pointId, Subtotal = product.Price, Lines = [line],
        };
        var order = new Order
        {
            Number = "OCPPA" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), CustomerName = "Khách thử nhận tại điểm",
            Phone = "0912345678", Email = "pickup-test@ocopmarket.test", ProvinceId = commune.ParentId!.Value, CommuneId = commune.Id,
            AddressLine = "Nhận tại điểm bán", Subtotal = product.Price, Total = product.Price, PaymentMethod = "Payments.Cod",
            PaymentStatus = PaymentStatus.NotRequired, PlacedAt = site.Time.GetUtcNow(), Shipments = [shipment], Lines = [line],
        };
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order.Id;
    });

    public static Task DeleteOrderAsync(this OcopWebFactory site, int orderId) => site.DbAsync(db => db.DeleteOrdersAsync([orderId]));

    public static Task DeletePointsByTagAsync(this OcopWebFactory site, string tag) => site.DbAsync(async db =>
    {
        var ids = await db.DisplayPoints.Where(p => p.Name.Contains(tag)).Select(p => p.Id).ToListAsync();
        await db.DisplayPointProducts.Where(s => ids.Contains(s.DisplayPointId)).ExecuteDeleteAsync();
        await db.DisplayPointPhotos.Where(s => ids.Contains(s.DisplayPointId)).ExecuteDeleteAsync();
        await db.DisplayPoints.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync();
    });
}
