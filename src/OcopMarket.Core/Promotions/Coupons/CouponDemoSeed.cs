using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Seeding;

namespace OcopMarket.Core.Promotions.Coupons;

/// <summary>
/// Demo codes: a welcome code (10 %, capped, once per customer), an amount-off code with a use limit and an expired one.
/// Adds only the codes that are missing, so it is idempotent and never undoes the office's edits.
/// </summary>
public sealed class CouponDemoSeed(OcopDbContext db, TimeProvider time) : IDemoSeedStep
{
    public int Order => 55;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var today = VietnamTime.Today(time);
        Coupon[] demo =
        [
            new()
            {
                Code = "CHAOMUNG", Description = "Chào mừng khách hàng mới: giảm 10% (tối đa 30.000 đ) cho đơn từ 200.000 đ, mỗi khách một lần.",
                DiscountKind = DiscountKind.Percent, DiscountValue = 10, MaxDiscount = 30_000, MinOrderSubtotal = 200_000,
                StartsAt = VietnamTime.StartOf(today.AddDays(-30)), EndsAt = VietnamTime.StartOf(today.AddYears(1)),
                MaxUsesPerCustomer = 1, CombinesWithCampaigns = false,
            },
            new()
            {
                Code = "MATONG50K", Description = "Giảm 50.000 đ cho đơn từ 500.000 đ, 100 lượt dùng.",
                DiscountKind = DiscountKind.Amount, DiscountValue = 50_000, MinOrderSubtotal = 500_000, MaxUses = 100,
                StartsAt = VietnamTime.StartOf(today.AddDays(-7)), EndsAt = VietnamTime.StartOf(today.AddMonths(3)),
                CombinesWithCampaigns = true,
            },
            new()
            {
                Code = "TET2026", Description = "Khuyến mại Tết Bính Ngọ 2026 (đã hết hạn).",
                DiscountKind = DiscountKind.Percent, DiscountValue = 15, MaxDiscount = 50_000, MinOrderSubtotal = 300_000,
                StartsAt = VietnamTime.StartOf(new DateOnly(2026, 1, 15)), EndsAt = VietnamTime.StartOf(new DateOnly(2026, 3, 1)),
                MaxUses = 500,
            },
        ];
        var codes = demo.Select(c => c.Code).ToList();
        var existing = await db.Coupons.Where(c => codes.Contains(c.Code)).Select(c => c.Code).ToListAsync(ct);
        foreach (var coupon in demo.Where(c => !existing.Contains(c.Code)))
        {
            coupon.CreatedAt = coupon.UpdatedAt = now;
            db.Coupons.Add(coupon);
        }
        await db.SaveChangesAsync(ct);
    }
}
