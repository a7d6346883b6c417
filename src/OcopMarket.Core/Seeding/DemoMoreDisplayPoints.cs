using Autofac;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;

namespace OcopMarket.Core.Seeding;

/// <summary>
/// More demo points near the demo districts (a fair booth, restaurant corners, highway rest stops) so "near me" has
/// something to order. Idempotent by slug: a point the office deleted or renamed is not brought back twice, and each
/// new point stocks the goods of its province's producers (as DemoDisplayPointStock did for the first six).
/// Also gives the first six their more realistic hours when a database still has the plain ones seeded earlier.
/// </summary>
public sealed class DemoMoreDisplayPoints(OcopDbContext db, TimeProvider time) : IDemoSeedStep
{
    public int Order => 20; // after DemoDisplayPointStock (10), which fills an empty shelf table only

    private sealed record Seed(string Name, DisplayPointType Type, string CommuneCode, string Address, double Lat, double Lng,
        string Phone, string Hours, string Description);

    private static readonly Seed[] Points =
    [
        new("Gian hàng OCOP Hội chợ Thương mại Thanh Hóa", DisplayPointType.FairBooth, "C14797", "Quảng trường Lam Sơn, Thanh Hóa",
            19.8078, 105.7768, "0237 3852 468", "T2–T6 15:00–22:00; T7–CN 08:00–22:30",
            "Gian hàng chung của các chủ thể OCOP Thanh Hóa tại hội chợ thương mại thường niên: mật ong, gạo nếp cái hoa vàng, đồ mây tre đan; có nếm thử tại chỗ."),
        new("Trạm dừng nghỉ OCOP Nông Cống (cao tốc Bắc – Nam)", DisplayPointType.RestStop, "C16279", "Trạm dừng nghỉ cao tốc Bắc – Nam, đoạn qua Nông Cống",
            19.6105, 105.6785, "0237 3690 222", "00:00–24:00",
            "Quầy OCOP trong trạm dừng nghỉ trên cao tốc, mở suốt ngày đêm; tiện mua quà cho chuyến đi Bắc – Nam."),
        new("Góc OCOP Nhà hàng Mẫu Sơn", DisplayPointType.RestaurantCorner, "C06541", "Khu du lịch núi Mẫu Sơn, Lộc Bình",
            21.8546, 106.9486, "0205 3871 555", "T2–T6 10:00–14:00, 17:00–21:00; T7–CN 09:00–22:00",
            "Góc trưng bày trong nhà hàng trên đỉnh Mẫu Sơn: rượu men lá, tinh dầu hồi, hồng không hạt theo mùa."),
        new("Góc OCOP Nhà hàng Bếp Rẫy Kon Tum", DisplayPointType.RestaurantCorner, "C23293", "Đường Bạch Đằng, ven sông Đăk Bla, Kon Tum",
            14.3460, 108.0085, "0260 3866 789", "06:00–22:00",
            "Nhà hàng món Tây Nguyên có góc OCOP: mật ong rừng, sâm dây, cà phê Robusta và khăn thổ cẩm của đồng bào Xơ Đăng."),
        new("Góc OCOP Nhà hàng Hải sản Quy Nhơn", DisplayPointType.RestaurantCorner, "C21583", "Đường Xuân Diệu, Quy Nhơn",
            13.7620, 109.2262, "0256 3822 333", "09:00–14:00, 16:30–22:30",
            "Góc quà tặng OCOP Bình Định trong nhà hàng ven biển: bánh tráng nước dừa, tré, trà xanh Tây Sơn."),
        new("Trạm dừng chân OCOP chân đèo An Khê (QL19)", DisplayPointType.RestStop, "C21835", "Quốc lộ 19, thôn Thượng Giang, Tây Sơn",
            13.9370, 108.7760, "0256 3785 919", "06:00–20:00",
            "Trạm dừng chân cho xe khách lên Tây Nguyên, bán đặc sản OCOP Tây Sơn và Kon Tum."),
    ];

    // What DemoCatalog seeded before the points had realistic hours; replaced only while unchanged.
    private static readonly (string Name, string OldHours)[] PlainHours =
    [
        ("Điểm giới thiệu và bán sản phẩm OCOP Triệu Sơn", "07:30–21:00"),
        ("Điểm OCOP cửa khẩu Hữu Nghị", "07:00–18:00"),
        ("Ki-ốt OCOP Khu di tích Quang Trung", "07:00–17:00"),
        ("Điểm OCOP Bưu điện Kon Rẫy", "07:00–17:30"),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var slugs = Points.Select(p => SlugGenerator.Generate(p.Name)).ToList();
        var existing = await db.DisplayPoints.Where(d => slugs.Contains(d.Slug)).Select(d => d.Slug).ToListAsync(ct);
        var codes = Points.Select(p => p.CommuneCode).ToList();
        var communes = await db.AdminUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, ct);
        var added = new List<DisplayPoint>();
        foreach (var p in Points)
        {
            var slug = SlugGenerator.Generate(p.Name);
            if (existing.Contains(slug) || !communes.TryGetValue(p.CommuneCode, out var commune)) continue;
            var point = new DisplayPoint
            {
                Name = p.Name, Slug = slug, Type = p.Type, Address = p.Address, CommuneId = commune.Id,
                Latitude = p.Lat, Longitude = p.Lng, Phone = p.Phone, OpeningHours = p.Hours, Description = p.Description,
                IsPublished = true, CreatedAt = now, UpdatedAt = now,
            };
            db.DisplayPoints.Add(point);
            added.Add(point);
        }

        foreach (var (name, oldHours) in PlainHours)
        {
            var fresh = DemoCatalog.DisplayPoints.Single(d => d.Name == name).Hours;
            var slug = SlugGenerator.Generate(name);
            var point = await db.DisplayPoints.FirstOrDefaultAsync(d => d.Slug == slug && d.OpeningHours == oldHours, ct);
            if (point is null || fresh == oldHours) continue;
            point.OpeningHours = fresh;
            point.UpdatedAt = now;
        }

        if (added.Count == 0 && !db.ChangeTracker.HasChanges()) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await StockAsync(added, communes.Values.ToDictionary(c => c.Id, c => c.ParentId), ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Goods of the producers in the point's province (tours and stays never go on a shelf); rest stops carry every other one.</summary>
    private async Task StockAsync(List<DisplayPoint> points, Dictionary<int, int?> provinceOfCommune, CancellationToken ct)
    {
        if (points.Count == 0) return;
        var products = await db.Products.AsNoTracking()
            .Where(p => !p.Category!.Code.StartsWith("6"))
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Producer!.ProvinceId })
            .ToListAsync(ct);
        foreach (var point in points)
        {
            var province = provinceOfCommune.GetValueOrDefault(point.CommuneId);
            var nearby = products.Where(p => p.ProvinceId == province).ToList();
            var shelf = point.Type == DisplayPointType.RestStop ? nearby.Where((_, i) => i % 2 == 0) : nearby;
            db.DisplayPointProducts.AddRange(shelf.Select(p => new DisplayPointProduct { DisplayPointId = point.Id, ProductId = p.Id }));
        }
        await db.SaveChangesAsync(ct);
    }
}

public sealed class DemoMoreDisplayPointsModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<DemoMoreDisplayPoints>().As<IDemoSeedStep>().AsSelf().InstancePerLifetimeScope();
}
