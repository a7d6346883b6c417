using Autofac;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Media;
using OcopMarket.Core.Seeding;
using SkiaSharp;

namespace OcopMarket.Core.Promotions;

/// <summary>
/// Demo campaigns: one live over a wide window (so both today's site and the tests' 25/11/2026 see it) — 10% off the
/// 4★ products of Thanh Hóa, capped at 50.000 đ — and one upcoming honey season producers opt into. Idempotent by slug;
/// a campaign the office edited is left as it is.
/// </summary>
public sealed class DemoCampaigns(OcopDbContext db, IImageStore images, TimeProvider time) : IDemoSeedStep
{
    public const string LiveSlug = "tuan-le-ocop-thanh-hoa";
    public const string UpcomingSlug = "mua-mat-ong-2027";

    public int Order => 50;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var existing = await db.Campaigns.Where(c => c.Slug == LiveSlug || c.Slug == UpcomingSlug).Select(c => c.Slug).ToListAsync(ct);
        if (existing.Count == 2) return;
        var thanhHoa = await db.AdminUnits.Where(u => u.Code == "P38").Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        var honey = await db.Categories.Where(c => c.Code == "1.3").Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!existing.Contains(LiveSlug) && thanhHoa is not null)
        {
            db.Campaigns.Add(new Campaign
            {
                Name = "Tuần lễ OCOP Thanh Hóa",
                NameEn = "Thanh Hóa OCOP week",
                Slug = LiveSlug,
                Summary = "Giảm 10% (tối đa 50.000 đ mỗi sản phẩm) cho mọi sản phẩm OCOP 4 sao của Thanh Hóa: mật ong núi Nưa, đèn tre Thọ Tân...",
                SummaryEn = "10% off (up to 50,000 đ a unit) every 4-star OCOP product from Thanh Hóa.",
                Description = "<p>Chào mùa lễ hội cuối năm, các chủ thể OCOP 4 sao của Thanh Hóa giảm giá 10% cho mỗi sản phẩm, tối đa 50.000 đ mỗi đơn vị.</p><p>Giá giảm tự động áp dụng trên trang sản phẩm, trong giỏ hàng và khi đặt hàng, không cần mã.</p>",
                DescriptionEn = "<p>For the year-end festivals, Thanh Hóa's 4-star OCOP producers take 10% off, up to 50,000 đ a unit.</p><p>The discount applies by itself on product pages, in the cart and at checkout: no code needed.</p>",
                BannerMediaFileId = await BannerAsync("tuan-le-ocop-thanh-hoa.jpg", new SKColor(0x1F, 0x6F, 0x43), new SKColor(0xE0, 0xA1, 0x1B), 1, ct),
                StartsAt = Vn(2026, 11, 1),
                EndsAt = Vn(2027, 2, 1),
                Scope = CampaignScope.Rule,
                RuleMinStars = 4,
                RuleAdminUnitId = thanhHoa,
                DiscountKind = DiscountKind.Percent,
                DiscountValue = 10,
                MaxDiscountPerUnit = 50_000,
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
        if (!existing.Contains(UpcomingSlug) && honey is not null)
        {
            db.Campaigns.Add(new Campaign
            {
                Name = "Mùa mật ong 2027",
                NameEn = "Honey season 2027",
                Slug = UpcomingSlug,
                Summary = "Giảm 15% (tối đa 60.000 đ) cho mật ong OCOP từ 3 sao của các chủ thể tham gia, suốt tháng 3/2027.",
                SummaryEn = "15% off (up to 60,000 đ) 3-star-and-up OCOP honey from the producers who join, all March 2027.",
                Description = "<p>Mùa hoa nở rộ, mật ong mới vào vụ. Chủ thể OCOP đăng ký tham gia trên cổng chủ thể để sản phẩm mật ong của mình được giảm giá.</p>",
                DescriptionEn = "<p>Flowers are in bloom and new honey is in. OCOP producers join on the producer portal to offer the discount on their honey.</p>",
                BannerMediaFileId = await BannerAsync("mua-mat-ong-2027.jpg", new SKColor(0xC4, 0x6A, 0x16), new SKColor(0xF9, 0xD2, 0x5B), 2, ct),
                StartsAt = Vn(2027, 3, 1),
                EndsAt = Vn(2027, 4, 1),
                Scope = CampaignScope.Rule,
                RuleMinStars = 3,
                RuleCategoryId = honey,
                DiscountKind = DiscountKind.Percent,
                DiscountValue = 15,
                MaxDiscountPerUnit = 60_000,
                RequiresProducerOptIn = true,
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static DateTimeOffset Vn(int year, int month, int day) => new DateTimeOffset(year, month, day, 0, 0, 0, VietnamTime.Offset).ToUniversalTime();

    private async Task<int?> BannerAsync(string fileName, SKColor from, SKColor to, int seed, CancellationToken ct)
    {
        using var jpeg = new MemoryStream(DrawBanner(from, to, seed));
        var saved = await images.SaveAsync(jpeg, fileName, ct);
        return saved.Succeeded ? saved.File!.Id : null;
    }

    /// <summary>A wide abstract banner (no text: the page writes the campaign's name over it in HTML).</summary>
    private static byte[] DrawBanner(SKColor from, SKColor to, int seed)
    {
        const int width = 1600, height = 600;
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Cannot allocate the banner surface.");
        var canvas = surface.Canvas;
        using var paint = new SKPaint { IsAntialias = true };
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [from, to], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, paint);
        paint.Shader = null;
        var random = new Random(seed);
        // Honeycomb-like hexagons drifting to the right: decoration that leaves the left side calm for the title.
        for (var i = 0; i < 38; i++)
        {
            var cx = width * (0.45f + 0.55f * (float)random.NextDouble());
            var cy = height * (float)random.NextDouble();
            var r = 30 + random.Next(90);
            paint.Color = new SKColor(0xFF, 0xFF, 0xFF, (byte)(18 + random.Next(40)));
            using var hex = new SKPath();
            for (var k = 0; k < 6; k++)
            {
                var a = Math.PI / 3 * k + Math.PI / 6;
                var x = cx + r * (float)Math.Cos(a);
                var y = cy + r * (float)Math.Sin(a);
                if (k == 0) hex.MoveTo(x, y); else hex.LineTo(x, y);
            }
            hex.Close();
            canvas.DrawPath(hex, paint);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 86);
        return data.ToArray();
    }
}

public sealed class CampaignsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<DemoCampaigns>().As<IDemoSeedStep>().AsSelf().InstancePerLifetimeScope();
    }
}
