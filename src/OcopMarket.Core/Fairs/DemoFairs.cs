using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Fairs;

/// <summary>
/// Three demo fairs at real venues with booths of the seeded producers: one around the demo date (late November 2026),
/// one in December 2026 and one already held (September 2026). Fixed dates, so the demo reads the same on any day.
/// Idempotent by slug: a fair the office deleted or edited is left as it is.
/// </summary>
public sealed class DemoFairs(OcopDbContext db, TimeProvider time) : IDemoSeedStep
{
    public int Order => 60;

    private sealed record BoothSeed(string Producer, string Code, string? Note, string[] Products);

    private sealed record FairSeed(
        string Name, string NameEn, string Summary, string SummaryEn, string Description, DateOnly Starts, DateOnly Ends, string Hours,
        string Venue, string Address, string CommuneCode, double Lat, double Lng, string Organiser, string Phone, string Website, BoothSeed[] Booths);

    private static readonly FairSeed[] Fairs =
    [
        new("Hội chợ OCOP Thanh Hóa 2026", "Thanh Hoa OCOP Fair 2026",
            "Hơn 200 gian hàng sản phẩm OCOP, đặc sản và làng nghề xứ Thanh tại Quảng trường Lam Sơn; nếm thử, mua tận gốc từ các hợp tác xã.",
            "Over 200 booths of OCOP products, specialities and craft villages of Thanh Hoa on Lam Son Square; taste and buy straight from the cooperatives.",
            "<p>Hội chợ thường niên do Sở Công Thương Thanh Hóa tổ chức, giới thiệu sản phẩm OCOP từ 3 sao trở lên của các xã trong tỉnh cùng gian hàng giao lưu của Lạng Sơn, Nghệ An và Ninh Bình.</p><p>Có khu ẩm thực, khu trình diễn đan mây tre và chương trình kết nối giao thương với các siêu thị, sàn thương mại điện tử vào sáng thứ Bảy.</p>",
            new(2026, 11, 20), new(2026, 11, 29), "08:00–22:00 hằng ngày",
            "Quảng trường Lam Sơn", "Đại lộ Lê Lợi, phường Hạc Thành, Thanh Hóa", "C14797", 19.8078, 105.7768,
            "Sở Công Thương Thanh Hóa", "0237 3852 155", "https://congthuong.thanhhoa.gov.vn",
            [
                new("HTX Nông nghiệp Bình Sơn", "A01", "Mật ong nếm thử miễn phí", ["Mật ong Bình Sơn", "Phấn hoa Bình Sơn"]),
                new("HTX Mây tre đan Thọ Tân", "A02", "Trình diễn đan giỏ mây 15:00 hằng ngày", ["Giỏ mây đan Thọ Tân", "Đèn tre Thọ Tân"]),
                new("HTX Dịch vụ Nông nghiệp Thọ Bình", "A03", null, ["Gạo nếp cái hoa vàng Thọ Bình", "Rượu nếp Thọ Bình"]),
                new("Hộ kinh doanh Bánh gai Lê Thị Mai", "A04", "Bánh gai làm tại chỗ", ["Bánh gai Minh Sơn"]),
                new("Công ty TNHH Đặc sản Mẫu Sơn", "B07", "Gian hàng giao lưu tỉnh Lạng Sơn", ["Tinh dầu hồi Mẫu Sơn", "Rượu Mẫu Sơn men lá"]),
            ]),
        new("Tuần hàng OCOP vùng miền tại Hà Nội 2026", "Regional OCOP Week in Hanoi 2026",
            "Sản phẩm OCOP của các tỉnh miền núi phía Bắc, Bắc Trung Bộ và Tây Nguyên về Thủ đô dịp cuối năm, ngay trước mùa mua sắm Tết.",
            "OCOP products of the northern mountains, the north-central coast and the Central Highlands come to the capital before the Tết shopping season.",
            "<p>Tuần hàng tại Cung Văn hóa Hữu nghị Việt – Xô, do Sở Công Thương Hà Nội phối hợp với các tỉnh tổ chức. Khách tham quan được tư vấn quà Tết, đặt hàng giao tận nhà trong nội thành.</p>",
            new(2026, 12, 10), new(2026, 12, 14), "08:30–21:30; ngày khai mạc từ 14:00",
            "Cung Văn hóa Hữu nghị Việt – Xô", "91 Trần Hưng Đạo, phường Cửa Nam, Hà Nội", "C00082", 21.0243, 105.8431,
            "Sở Công Thương Hà Nội", "024 3825 3322", "https://congthuong.hanoi.gov.vn",
            [
                new("HTX Sản xuất và Kinh doanh Quả sạch Hòa Cư", "C01", "Hồng giòn và hồng sấy mùa mới", ["Hồng không hạt Bảo Lâm"]),
                new("Công ty TNHH Đặc sản Mẫu Sơn", "C02", null, ["Hoa hồi khô Cao Lộc", "Tinh dầu hồi Mẫu Sơn"]),
                new("HTX Nông nghiệp và Dịch vụ Tân Lập", "D01", "Cà phê pha phin tại gian hàng", ["Mật ong rừng Kon Rẫy", "Cà phê Robusta Kon Rẫy", "Sâm dây Kon Rẫy"]),
                new("Tổ hợp tác Dệt thổ cẩm Kon Rlong", "D02", "Nghệ nhân dệt trình diễn", ["Khăn thổ cẩm Xơ Đăng"]),
                new("Công ty CP Trà Tây Sơn", "E01", null, ["Trà xanh Tây Sơn", "Tré Tây Sơn"]),
            ]),
        new("Phiên chợ OCOP Quy Nhơn 2026", "Quy Nhon OCOP Market 2026",
            "Phiên chợ cuối tuần của các chủ thể OCOP Gia Lai (Bình Định cũ) và Kon Tum bên bờ biển Quy Nhơn.",
            "A weekend market of OCOP producers from Gia Lai (former Binh Dinh) and Kon Tum on the Quy Nhon seafront.",
            "<p>Phiên chợ kết hợp lễ hội du lịch biển, giới thiệu đặc sản Tây Sơn và sản phẩm của đồng bào Tây Nguyên.</p>",
            new(2026, 9, 11), new(2026, 9, 15), "16:00–22:00 hằng ngày",
            "Quảng trường Nguyễn Tất Thành", "Đường Xuân Diệu, phường Quy Nhơn, Gia Lai", "C21583", 13.7705, 109.2290,
            "Sở Công Thương Gia Lai", "0256 3822 678", "https://socongthuong.gialai.gov.vn",
            [
                new("Công ty CP Trà Tây Sơn", "Q01", null, ["Trà xanh Tây Sơn"]),
                new("HTX Du lịch Sinh thái Hầm Hô", "Q02", "Đặt tour tại gian hàng được giảm giá", ["Tour sinh thái Hầm Hô"]),
                new("HTX Nông nghiệp và Dịch vụ Tân Lập", "Q03", null, ["Mật ong rừng Kon Rẫy", "Lan Kim Điệp Kon Rẫy"]),
            ]),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var slugs = Fairs.Select(f => SlugGenerator.Generate(f.Name)).ToList();
        var existing = await db.TradeFairs.Where(f => slugs.Contains(f.Slug)).Select(f => f.Slug).ToListAsync(ct);
        if (existing.Count == Fairs.Length) return;

        var producerSlugs = Fairs.SelectMany(f => f.Booths).Select(b => SlugGenerator.Generate(b.Producer)).Distinct().ToList();
        var producers = await db.Producers.AsNoTracking().Where(p => producerSlugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, p => p.Id, ct);
        var productSlugs = Fairs.SelectMany(f => f.Booths).SelectMany(b => b.Products).Select(SlugGenerator.Generate).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productSlugs.Contains(p.Slug) && p.IsPublished)
            .ToDictionaryAsync(p => p.Slug, p => new { p.Id, p.ProducerId }, ct);
        var codes = Fairs.Select(f => f.CommuneCode).ToList();
        var communes = await db.AdminUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, ct);

        var now = time.GetUtcNow();
        foreach (var f in Fairs)
        {
            var slug = SlugGenerator.Generate(f.Name);
            if (existing.Contains(slug)) continue;
            var fair = new TradeFair
            {
                Name = f.Name, NameEn = f.NameEn, Slug = slug, Summary = f.Summary, SummaryEn = f.SummaryEn, Description = f.Description,
                StartsOn = f.Starts, EndsOn = f.Ends, OpeningHours = f.Hours, VenueName = f.Venue, VenueAddress = f.Address,
                CommuneId = communes.TryGetValue(f.CommuneCode, out var commune) ? commune : null, Latitude = f.Lat, Longitude = f.Lng,
                Organiser = f.Organiser, ContactPhone = f.Phone, Website = f.Website, IsPublished = true, CreatedAt = now, UpdatedAt = now,
            };
            foreach (var b in f.Booths)
            {
                if (!producers.TryGetValue(SlugGenerator.Generate(b.Producer), out var producerId)) continue;
                var booth = new FairBooth { ProducerId = producerId, BoothCode = b.Code, Note = b.Note };
                foreach (var name in b.Products)
                {
                    // Only the producer's own published products: a booth shows what can be bought online too.
                    if (products.TryGetValue(SlugGenerator.Generate(name), out var p) && p.ProducerId == producerId)
                        booth.Products.Add(new FairBoothProduct { ProductId = p.Id });
                }
                fair.Booths.Add(booth);
            }
            db.TradeFairs.Add(fair);
        }
        await db.SaveChangesAsync(ct);
    }
}
