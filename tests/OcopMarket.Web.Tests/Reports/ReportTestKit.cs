using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Promotions;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Tests.Infrastructure;
using OcopMarket.Web.Tests.Shop;

namespace OcopMarket.Web.Tests.Reports;

/// <summary>Instants are stored in UTC, as the site stores them (on SQLite they are compared as ticks of their own offset).
/// Reading the report page's tables, and the rows a report test adds (removed again by <see cref="RemoveAsync"/>).</summary>
internal sealed class ReportTestKit(OcopWebFactory site)
{
    public static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    private readonly List<int> _orders = [];
    private readonly List<int> _campaigns = [];
    private readonly List<int> _coupons = [];
    private readonly List<int> _scans = [];
    private readonly List<int> _anomalies = [];
    private readonly List<int> _points = [];

    /// <summary>The number in a report table's cell (row by index, column by index).</summary>
    public static decimal Cell(IDocument page, string table, int row, int column)
    {
        var rows = page.QuerySelectorAll($"#{table} tbody tr");
        Assert.True(rows.Length > row, $"table {table} has {rows.Length} rows");
        var value = rows[row].QuerySelector($"td[data-col='{column}']")?.GetAttribute("data-value");
        Assert.False(string.IsNullOrEmpty(value), $"{table}[{row},{column}] has no number");
        return decimal.Parse(value!, CultureInfo.InvariantCulture);
    }

    /// <summary>The row of a table whose first cell reads <paramref name="label"/> (null when none).</summary>
    public static IElement? Row(IDocument page, string table, string label) =>
        page.QuerySelectorAll($"#{table} tbody tr").FirstOrDefault(r => r.QuerySelector("td")?.TextContent.Trim() == label);

    public static decimal Value(IElement row, int column) =>
        decimal.Parse(row.QuerySelector($"td[data-col='{column}']")!.GetAttribute("data-value")!, CultureInfo.InvariantCulture);

    public Task<int> CampaignAsync(string name, DateTimeOffset starts, DateTimeOffset ends) => site.DbAsync(async db =>
    {
        var c = new Campaign
        {
            Name = name, Slug = "bc-" + Guid.NewGuid().ToString("N")[..10], Summary = "Kiểm thử báo cáo", Description = "<p>Kiểm thử</p>",
            StartsAt = starts.ToUniversalTime(), EndsAt = ends.ToUniversalTime(), DiscountKind = DiscountKind.Amount, DiscountValue = 20_000, IsPublished = true,
            CreatedAt = site.Time.GetUtcNow(), UpdatedAt = site.Time.GetUtcNow(),
        };
        db.Campaigns.Add(c);
        await db.SaveChangesAsync();
        _campaigns.Add(c.Id);
        return c.Id;
    });

    /// <summary>An order of one line of <paramref name="productId"/> placed at <paramref name="placedAt"/>, in one parcel of the product's producer.</summary>
    public Task<int> OrderAsync(int productId, DateTimeOffset placedAt, int quantity, long listPrice, long unitPrice, int? campaignId,
        OrderStatus status = OrderStatus.Placed, ShipmentStatus parcel = ShipmentStatus.Pending) => site.DbAsync(async db =>
    {
        var product = await db.Products.Include(p => p.Producer).SingleAsync(p => p.Id == productId);
        var subtotal = unitPrice * quantity;
        var order = new Order
        {
            Number = "BC" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), CustomerName = "Khách kiểm thử báo cáo", Phone = "0912345678",
            Email = "bao-cao@example.com", ProvinceId = product.Producer!.ProvinceId, CommuneId = product.Producer.CommuneId, AddressLine = "Thôn 1",
            Subtotal = subtotal, Total = subtotal, Status = status, PaymentMethod = "cod", PlacedAt = placedAt.ToUniversalTime(),
        };
        var shipment = new Shipment { Order = order, ProducerId = product.ProducerId, Status = parcel, ShippingProvider = "rates", ShippingOption = "std", ShippingOptionName = "Tiêu chuẩn", Subtotal = subtotal };
        order.Shipments.Add(shipment);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        db.OrderLines.Add(new OrderLine
        {
            OrderId = order.Id, ShipmentId = shipment.Id, ProductId = productId, ProductName = product.Name, Unit = product.Unit,
            ListPrice = listPrice, UnitPrice = unitPrice, CampaignId = campaignId, Quantity = quantity, LineTotal = subtotal,
        });
        await db.SaveChangesAsync();
        _orders.Add(order.Id);
        return order.Id;
    });

    public Task CouponUseAsync(int? campaignId, int orderId, long amount, DateTimeOffset at, bool released = false) => site.DbAsync(async db =>
    {
        var coupon = new Coupon
        {
            Code = "BC" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Description = "Kiểm thử báo cáo", DiscountKind = DiscountKind.Amount,
            DiscountValue = amount, CampaignId = campaignId, CreatedAt = site.Time.GetUtcNow(), UpdatedAt = site.Time.GetUtcNow(), UsedCount = 1,
        };
        db.Coupons.Add(coupon);
        await db.SaveChangesAsync();
        _coupons.Add(coupon.Id);
        db.CouponRedemptions.Add(new CouponRedemption { CouponId = coupon.Id, OrderId = orderId, CustomerKey = "phone:0912345678", Amount = amount, RedeemedAt = at.ToUniversalTime(), ReleasedAt = released ? at.ToUniversalTime().AddHours(1) : null });
        await db.SaveChangesAsync();
    });

    public Task ScanAsync(ScanOutcome outcome, DateTimeOffset at) => site.DbAsync(async db =>
    {
        var scan = new StampScan { Gtin = "08930000000017", Outcome = outcome, ScannedAt = at.ToUniversalTime(), Serial = "BCTEST" + Guid.NewGuid().ToString("N")[..6] };
        db.StampScans.Add(scan);
        await db.SaveChangesAsync();
        _scans.Add(scan.Id);
    });

    public Task AnomalyAsync(AnomalyKind kind, DateTimeOffset detected, DateTimeOffset? reviewed) => site.DbAsync(async db =>
    {
        var a = new StampAnomaly
        {
            Kind = kind, Gtin = "08930000000017", Serial = "BCTEST" + Guid.NewGuid().ToString("N")[..6], Detail = "kiểm thử",
            DetectedAt = detected.ToUniversalTime(), ReviewedAt = reviewed?.ToUniversalTime(), ReviewNote = reviewed is null ? null : "Đã xem",
        };
        db.StampAnomalies.Add(a);
        await db.SaveChangesAsync();
        _anomalies.Add(a.Id);
    });

    public Task RemoveAsync() => site.DbAsync(async db =>
    {
        await db.CouponRedemptions.Where(r => _orders.Contains(r.OrderId) || _coupons.Contains(r.CouponId)).ExecuteDeleteAsync();
        await db.Coupons.Where(c => _coupons.Contains(c.Id)).ExecuteDeleteAsync();
        await db.DeleteOrdersAsync(_orders);
        await db.Campaigns.Where(c => _campaigns.Contains(c.Id)).ExecuteDeleteAsync();
        await db.StampScans.Where(s => _scans.Contains(s.Id)).ExecuteDeleteAsync();
        await db.StampAnomalies.Where(a => _anomalies.Contains(a.Id)).ExecuteDeleteAsync();
    });
}
