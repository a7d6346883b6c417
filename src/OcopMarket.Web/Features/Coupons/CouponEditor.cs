using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Promotions;
using OcopMarket.Core.Promotions.Coupons;
using OcopMarket.Web.Features.CatalogAdmin;

namespace OcopMarket.Web.Features.Coupons;

/// <summary>Loads, checks and saves coupons; deletes only codes never redeemed (the others are deactivated, keeping their history).</summary>
public sealed class CouponEditor(OcopDbContext db, TimeProvider time)
{
    public const int MaxPercent = 90;

    public async Task<CouponForm?> LoadAsync(int id, CancellationToken ct)
    {
        var c = await db.Coupons.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        return new CouponForm
        {
            Id = c.Id, Code = c.Code, Description = c.Description, DiscountKind = c.DiscountKind, DiscountValue = c.DiscountValue,
            MaxDiscount = c.MaxDiscount, MinOrderSubtotal = c.MinOrderSubtotal, StartsAt = Local(c.StartsAt), EndsAt = Local(c.EndsAt),
            MaxUses = c.MaxUses, MaxUsesPerCustomer = c.MaxUsesPerCustomer, CombinesWithCampaigns = c.CombinesWithCampaigns,
            ProducerId = c.ProducerId, CampaignId = c.CampaignId, IsActive = c.IsActive, UsedCount = c.UsedCount,
            Redemptions = await db.CouponRedemptions.CountAsync(r => r.CouponId == id, ct),
        };
    }

    /// <summary>The choices of the producer and campaign selects.</summary>
    public async Task FillAsync(CouponForm form, CancellationToken ct)
    {
        form.Producers = (await db.Producers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            .Select(p => (p.Id, p.Name)).ToList();
        form.Campaigns = (await db.Campaigns.AsNoTracking().OrderByDescending(c => c.StartsAt).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name)).ToList();
    }

    /// <summary>A random unambiguous code no coupon has yet.</summary>
    public async Task<string> NewCodeAsync(CancellationToken ct)
    {
        var code = CouponCodes.Generate();
        for (var i = 0; i < 5 && await db.Coupons.AnyAsync(c => c.Code == code, ct); i++) code = CouponCodes.Generate();
        return code;
    }

    public async Task<(int? Id, FormErrors Errors)> SaveAsync(CouponForm form, CancellationToken ct)
    {
        var errors = new FormErrors();
        var code = CouponCodes.Normalize(form.Code);
        form.Code = code;
        if (code.Length == 0) errors.Add(nameof(form.Code), "Enter a code or press “Generate”.");
        else if (!CouponCodes.IsWellFormed(code)) errors.Add(nameof(form.Code), "A code has letters A–Z, digits and dashes only (no spaces or accents).");
        else if (await db.Coupons.AnyAsync(c => c.Code == code && c.Id != form.Id, ct)) errors.Add(nameof(form.Code), "The code {0} is already used by another coupon.", code);

        if (form.DiscountKind == DiscountKind.Percent && form.DiscountValue is < 1 or > MaxPercent)
            errors.Add(nameof(form.DiscountValue), "A percentage must be between 1 and {0}.", MaxPercent);
        if (form.DiscountKind == DiscountKind.Amount && form.DiscountValue is < 1_000)
            errors.Add(nameof(form.DiscountValue), "An amount must be at least 1.000 đ.");
        var starts = Utc(form.StartsAt);
        var ends = Utc(form.EndsAt);
        if (starts is not null && ends is not null && ends <= starts) errors.Add(nameof(form.EndsAt), "The end must be after the start.");
        if (form.ProducerId is { } producerId && !await db.Producers.AnyAsync(p => p.Id == producerId, ct)) errors.Add(nameof(form.ProducerId), "Choose a producer from the list.");
        if (form.CampaignId is { } campaignId && !await db.Campaigns.AnyAsync(c => c.Id == campaignId, ct)) errors.Add(nameof(form.CampaignId), "Choose a campaign from the list.");
        if (errors.Count > 0) return (null, errors);

        var now = time.GetUtcNow();
        Coupon? coupon;
        if (form.IsNew)
        {
            coupon = new Coupon { CreatedAt = now };
            db.Coupons.Add(coupon);
        }
        else
        {
            coupon = await db.Coupons.SingleOrDefaultAsync(c => c.Id == form.Id, ct);
            if (coupon is null) return (null, errors);
        }
        coupon.Code = code;
        coupon.Description = form.Description?.Trim() ?? "";
        coupon.DiscountKind = form.DiscountKind;
        coupon.DiscountValue = form.DiscountValue!.Value;
        coupon.MaxDiscount = form.DiscountKind == DiscountKind.Percent ? form.MaxDiscount : null;
        coupon.MinOrderSubtotal = form.MinOrderSubtotal ?? 0;
        coupon.StartsAt = starts;
        coupon.EndsAt = ends;
        coupon.MaxUses = form.MaxUses;
        coupon.MaxUsesPerCustomer = form.MaxUsesPerCustomer;
        coupon.CombinesWithCampaigns = form.CombinesWithCampaigns;
        coupon.ProducerId = form.ProducerId;
        coupon.CampaignId = form.CampaignId;
        coupon.IsActive = form.IsActive;
        coupon.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same code a moment ago: the unique index decided.
            db.ChangeTracker.Clear();
            if (!await db.Coupons.AnyAsync(c => c.Code == code && c.Id != form.Id, ct)) throw;
            errors.Add(nameof(form.Code), "The code {0} is already used by another coupon.", code);
            return (null, errors);
        }
        return (coupon.Id, errors);
    }

    /// <summary>Deletes a code no order ever used; a redeemed code is only deactivated (orders and reports point at it).</summary>
    public async Task<OperationResult> DeleteAsync(int id, CancellationToken ct)
    {
        var coupon = await db.Coupons.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (coupon is null) return OperationResult.Fail("The coupon does not exist.");
        if (await db.CouponRedemptions.AnyAsync(r => r.CouponId == id, ct))
            return OperationResult.Fail("This code has been used by orders, so it cannot be deleted. Switch it off instead.");
        db.Coupons.Remove(coupon);
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<bool> SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        var coupon = await db.Coupons.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (coupon is null) return false;
        coupon.IsActive = active;
        coupon.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static DateTime? Local(DateTimeOffset? at) => at?.ToVietnam().DateTime;

    private static DateTimeOffset? Utc(DateTime? local) =>
        local is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), VietnamTime.Offset).ToUniversalTime() : null;
}
