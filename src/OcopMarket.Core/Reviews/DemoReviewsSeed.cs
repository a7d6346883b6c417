using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Reviews;

/// <summary>
/// Demo reviews by the demo customer (khachhang@): two completed demo orders (numbers DEMODG…, noted as demo data) whose
/// parcels were delivered, then four approved reviews (one with the producer's reply) and one waiting for moderation.
/// The orders are written straight to the tables, like history: stock is not touched. Idempotent: skips what exists.
/// </summary>
public sealed class DemoReviewsSeed(OcopDbContext db, TimeProvider time) : IDemoSeedStep
{
    public const string CustomerEmail = "khachhang@ocopmarket.local";
    public const string DemoNote = "Đơn hàng mẫu (dữ liệu demo) để minh họa đánh giá sản phẩm.";

    public int Order => 80;

    private sealed record DemoReview(string ProductName, int Rating, string? Title, string Body, ReviewStatus Status, string? Reply = null);

    private static readonly (string Number, int DaysAgo, string[] Products)[] Orders =
    [
        ("DEMODG0001", 41, ["Mật ong Bình Sơn", "Phấn hoa Bình Sơn", "Hồng không hạt Bảo Lâm"]),
        ("DEMODG0002", 23, ["Trà xanh Tây Sơn", "Gạo nếp cái hoa vàng Thọ Bình"]),
    ];

    private static readonly DemoReview[] Reviews =
    [
        new("Mật ong Bình Sơn", 5, "Mật ong thơm, sánh, đúng vị mật rừng",
            "Mật ong đặc sánh, thơm mùi hoa rừng, vị ngọt thanh chứ không gắt. Chai đóng kỹ, có tem truy xuất quét ra đủ thông tin lô hàng. Nhà tôi pha với chanh ấm mỗi sáng, sẽ mua thêm.",
            ReviewStatus.Approved, "Cảm ơn anh đã tin dùng mật ong của HTX. Mật vụ mới năm nay đã về, hẹn anh lần mua sau!"),
        new("Hồng không hạt Bảo Lâm", 4, "Hồng ngọt, giao hơi lâu",
            "Hồng không hạt ăn giòn, ngọt lịm, quả đều và được lót xốp cẩn thận. Trừ một sao vì giao mất bốn ngày, có hai quả hơi dập ở cuống.",
            ReviewStatus.Approved),
        new("Trà xanh Tây Sơn", 5, null,
            "Trà búp nhỏ, nước xanh trong, hậu ngọt lâu. Pha nước thứ ba vẫn còn thơm. Hộp giấy đẹp, hợp làm quà biếu dịp Tết.",
            ReviewStatus.Approved),
        new("Gạo nếp cái hoa vàng Thọ Bình", 4, "Nếp dẻo thơm, đồ xôi rất ngon",
            "Gạo hạt tròn, đều, đồ xôi dẻo và thơm đúng nếp cái hoa vàng. Túi hút chân không chắc chắn. Giá hơi cao hơn ngoài chợ một chút nhưng chất lượng xứng đáng.",
            ReviewStatus.Approved),
        new("Phấn hoa Bình Sơn", 4, "Phấn hoa sạch, hạt đều",
            "Phấn hoa khô, hạt đều màu, không lẫn tạp chất. Tôi mới dùng được một tuần, thấy dễ uống khi pha với sữa chua. Sẽ đánh giá thêm sau khi dùng hết hũ.",
            ReviewStatus.Pending),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var customer = await db.Users.AsNoTracking().Where(u => u.Email == CustomerEmail)
            .Select(u => new { u.Id, u.FullName, u.Email, u.PhoneNumber }).FirstOrDefaultAsync(ct);
        if (customer is null) return;
        var names = Orders.SelectMany(o => o.Products).ToList();
        var products = await db.Products.AsNoTracking().Where(p => names.Contains(p.Name))
            .Select(p => new { p.Id, p.Name, p.Unit, p.Price, p.WeightGrams, p.ProducerId, p.Producer!.CommuneId, p.Producer.ProvinceId })
            .ToListAsync(ct);
        if (products.Count != names.Count) return; // not the demo catalogue

        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var orderOf = new Dictionary<string, int>();
        foreach (var (number, daysAgo, productNames) in Orders)
        {
            var existing = await db.Orders.Where(o => o.Number == number).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (existing is null)
            {
                var lines = products.Where(p => productNames.Contains(p.Name)).ToList();
                var placedAt = now.AddDays(-daysAgo);
                var deliveredAt = placedAt.AddDays(3);
                var order = new Order
                {
                    Number = number, CustomerUserId = customer.Id, CustomerName = customer.FullName, Phone = customer.PhoneNumber ?? "0912345678",
                    Email = customer.Email!, ProvinceId = lines[0].ProvinceId, CommuneId = lines[0].CommuneId, AddressLine = "Số 12, thôn Đông",
                    Note = DemoNote, Status = OrderStatus.Completed, PaymentMethod = "Payments.CashOnDelivery", PaymentStatus = PaymentStatus.NotRequired,
                    PaidAt = deliveredAt, PlacedAt = placedAt, Culture = "vi",
                };
                foreach (var group in lines.GroupBy(l => l.ProducerId))
                {
                    var shipment = new Shipment
                    {
                        ProducerId = group.Key, Status = ShipmentStatus.Delivered, ShippingProvider = "Shipping.Rates", ShippingOption = "standard",
                        ShippingOptionName = "Giao hàng tiêu chuẩn", ShippingCost = 30_000, ConfirmedAt = placedAt.AddHours(3),
                        HandedOverAt = placedAt.AddDays(1), DeliveredAt = deliveredAt,
                    };
                    foreach (var p in group)
                    {
                        var line = new OrderLine
                        {
                            ProductId = p.Id, ProductName = p.Name, Unit = p.Unit, ListPrice = p.Price, UnitPrice = p.Price, Quantity = 1,
                            LineTotal = p.Price, WeightGrams = p.WeightGrams ?? 0,
                        };
                        shipment.Lines.Add(line);
                        order.Lines.Add(line);
                    }
                    shipment.Subtotal = shipment.Lines.Sum(l => l.LineTotal);
                    order.Shipments.Add(shipment);
                }
                order.Subtotal = order.Shipments.Sum(s => s.Subtotal);
                order.ShippingTotal = order.Shipments.Sum(s => s.ShippingCost);
                order.Total = order.Subtotal + order.ShippingTotal;
                db.Orders.Add(order);
                await db.SaveChangesAsync(ct);
                db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, At = placedAt, Kind = "placed", UserId = customer.Id });
                foreach (var s in order.Shipments)
                    db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, ShipmentId = s.Id, At = deliveredAt, Kind = "shipment.delivered" });
                db.OrderEvents.Add(new OrderEvent { OrderId = order.Id, At = deliveredAt, Kind = "completed" });
                existing = order.Id;
            }
            foreach (var name in productNames) orderOf[name] = existing.Value;
        }

        var reviewed = await db.ProductReviews.Where(r => r.CustomerUserId == customer.Id).Select(r => r.ProductId).ToListAsync(ct);
        var author = AuthorNames.Default(customer.FullName);
        foreach (var r in Reviews)
        {
            var product = products.First(p => p.Name == r.ProductName);
            if (reviewed.Contains(product.Id)) continue;
            var written = now.AddDays(-Array.IndexOf(Reviews, r) - 10);
            db.ProductReviews.Add(new ProductReview
            {
                ProductId = product.Id, CustomerUserId = customer.Id, OrderId = orderOf[r.ProductName], AuthorName = author, Rating = r.Rating,
                Title = r.Title, Body = r.Body, Status = r.Status, CreatedAt = written, UpdatedAt = written,
                ModeratedAt = r.Status == ReviewStatus.Pending ? null : written.AddHours(5),
                ProducerReply = r.Reply, ProducerReplyAt = r.Reply is null ? null : written.AddDays(1),
            });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
