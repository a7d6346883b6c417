using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Reviews;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Portal;

namespace OcopMarket.Web.Tests.Reviews;

/// <summary>Products, purchases and reviews for the review tests; each test owns its product and removes it (and all that hangs off it) again.</summary>
internal static class ReviewTestKit
{
    public const string Body = "Sản phẩm rất ngon, đóng gói cẩn thận, giao hàng nhanh. Sẽ ủng hộ tiếp.";

    public static string WritePath(Product p) => $"/san-pham/{p.Slug}/danh-gia";
    public static string ProductPath(Product p) => $"/san-pham/{p.Slug}";

    /// <summary>A published product of the seeded producer Bình Sơn, with a unique name.</summary>
    public static async Task<Product> ProductAsync(this OcopWebFactory site, string what) =>
        await site.CreateProductAsync(await site.ProducerIdAsync("binh-son"), $"Sản phẩm đánh giá {what} {Guid.NewGuid():N}"[..40]);

    /// <summary>An order of <paramref name="userId"/> with one line of the product, its parcel in <paramref name="shipment"/>, written straight to the tables.</summary>
    public static Task<int> PurchaseAsync(this OcopWebFactory site, int userId, Product product,
        ShipmentStatus shipment = ShipmentStatus.Delivered, OrderStatus status = OrderStatus.Placed) => site.DbAsync(async db =>
    {
        var producer = await db.Producers.AsNoTracking().FirstAsync(p => p.Id == product.ProducerId);
        var now = site.Time.GetUtcNow();
        var line = new OrderLine { ProductId = product.Id, ProductName = product.Name, Unit = product.Unit, ListPrice = product.Price, UnitPrice = product.Price, Quantity = 1, LineTotal = product.Price };
        var order = new Order
        {
            Number = "RV" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), CustomerUserId = userId, CustomerName = "Nguyễn Thị Hoa",
            Phone = "0912345678", Email = "hoa@ocopmarket.test", ProvinceId = producer.ProvinceId, CommuneId = producer.CommuneId, AddressLine = "Thôn 1",
            Subtotal = product.Price, Total = product.Price, Status = status, PaymentMethod = "Payments.CashOnDelivery", PaymentStatus = PaymentStatus.NotRequired,
            PlacedAt = now.AddDays(-5),
            Shipments = [new Shipment { ProducerId = product.ProducerId, Status = shipment, ShippingProvider = "Shipping.Rates", ShippingOption = "standard",
                ShippingOptionName = "Giao hàng tiêu chuẩn", Subtotal = product.Price, Lines = [line],
                DeliveredAt = shipment == ShipmentStatus.Delivered ? now.AddDays(-1) : null }],
            Lines = [line],
        };
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order.Id;
    });

    /// <summary>Removes the test's products with their reviews, orders and cached pages.</summary>
    public static async Task CleanUpAsync(this OcopWebFactory site, params Product[] products)
    {
        var ids = products.Select(p => p.Id).ToArray();
        await site.DbAsync(db => db.ProductReviews.Where(r => ids.Contains(r.ProductId)).ExecuteDeleteAsync());
        await site.DeleteProductsAsync(ids);
    }

    public static Task<ProductReview?> ReviewAsync(this OcopWebFactory site, int productId, int userId) =>
        site.DbAsync(db => db.ProductReviews.AsNoTracking().FirstOrDefaultAsync(r => r.ProductId == productId && r.CustomerUserId == userId));

    /// <summary>A review written straight to the table (for tests about showing and moderating, not writing).</summary>
    public static Task<int> SeedReviewAsync(this OcopWebFactory site, int userId, Product product, int orderId, int rating, string body,
        ReviewStatus status = ReviewStatus.Pending) => site.DbAsync(async db =>
    {
        var review = new ProductReview
        {
            ProductId = product.Id, CustomerUserId = userId, OrderId = orderId, AuthorName = "Hoa N.", Rating = rating, Body = body, Status = status,
            CreatedAt = site.Time.GetUtcNow(), UpdatedAt = site.Time.GetUtcNow(),
        };
        db.ProductReviews.Add(review);
        await db.SaveChangesAsync();
        if (status == ReviewStatus.Approved)
            await site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Framework.CacheTags.Storefront, default);
        return review.Id;
    });

    /// <summary>The page's schema.org Product object.</summary>
    public static JsonElement ProductJsonLd(this IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .First(e => e.TryGetProperty("@type", out var t) && t.GetString() == "Product");
}

internal static class ReviewCache
{
    /// <summary>Drops cached storefront pages after a test changed review rows straight in the tables.</summary>
    public static Task CleanCacheAsync(this OcopWebFactory site) =>
        site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Framework.CacheTags.Storefront, default).AsTask();
}
