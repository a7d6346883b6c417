using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Promotions;
using OcopMarket.Core.Promotions.Coupons;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Coupons;

public enum CouponState { Active, Scheduled, Expired, UsedUp, Disabled }

public sealed class CouponListQuery : ListQuery
{
    public CouponState? Status { get; set; }
}

/// <summary>One row (a member-init class so the database can sort and page on its columns).</summary>
public sealed class CouponRow
{
    public int Id { get; init; }
    public string Code { get; init; } = "";
    public string Description { get; init; } = "";
    public DiscountKind DiscountKind { get; init; }
    public long DiscountValue { get; init; }
    public long? MaxDiscount { get; init; }
    public long MinOrderSubtotal { get; init; }
    public DateTimeOffset? StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }
    public int? MaxUses { get; init; }
    public int UsedCount { get; init; }
    public bool IsActive { get; init; }
    public string? Producer { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public CouponState StateAt(DateTimeOffset now) =>
        !IsActive ? CouponState.Disabled
        : EndsAt is { } ends && ends <= now ? CouponState.Expired
        : MaxUses is { } max && UsedCount >= max ? CouponState.UsedUp
        : StartsAt is { } starts && starts > now ? CouponState.Scheduled
        : CouponState.Active;
}

public sealed record CouponListPage(PagedList<CouponRow> Rows, CouponListQuery Query, DateTimeOffset Now);

/// <summary>The office's coupon list: search by code or description, filter by state, sort, page — all in the database.</summary>
public sealed class CouponList(OcopDbContext db, TimeProvider time)
{
    private static readonly SortMap<CouponRow> Sorts = new SortMap<CouponRow>()
        .Add("updated", r => r.UpdatedAt)
        .Add("code", r => r.Code)
        .Add("starts", r => r.StartsAt)
        .Add("ends", r => r.EndsAt)
        .Add("used", r => r.UsedCount);

    public async Task<CouponListPage> GetAsync(CouponListQuery query, CancellationToken ct)
    {
        // Newest edits first unless the user picked a column.
        if (string.IsNullOrEmpty(query.Sort)) { query.Sort = "updated"; query.Desc = true; }
        var now = time.GetUtcNow();
        var coupons = db.Coupons.AsNoTracking();
        if (query.Text is { } text)
        {
            var code = CouponCodes.Normalize(text);
            coupons = coupons.Where(c => c.Code.Contains(code) || c.Description.Contains(text));
        }
        coupons = query.Status switch
        {
            CouponState.Disabled => coupons.Where(c => !c.IsActive),
            CouponState.Expired => coupons.Where(c => c.IsActive && c.EndsAt != null && c.EndsAt <= now),
            CouponState.UsedUp => coupons.Where(c => c.IsActive && (c.EndsAt == null || c.EndsAt > now) && c.MaxUses != null && c.UsedCount >= c.MaxUses),
            CouponState.Scheduled => coupons.Where(c => c.IsActive && (c.EndsAt == null || c.EndsAt > now) && (c.MaxUses == null || c.UsedCount < c.MaxUses) && c.StartsAt != null && c.StartsAt > now),
            CouponState.Active => coupons.Where(c => c.IsActive && (c.EndsAt == null || c.EndsAt > now) && (c.MaxUses == null || c.UsedCount < c.MaxUses) && (c.StartsAt == null || c.StartsAt <= now)),
            _ => coupons,
        };
        var rows = coupons.Select(c => new CouponRow
        {
            Id = c.Id, Code = c.Code, Description = c.Description, DiscountKind = c.DiscountKind, DiscountValue = c.DiscountValue,
            MaxDiscount = c.MaxDiscount, MinOrderSubtotal = c.MinOrderSubtotal, StartsAt = c.StartsAt, EndsAt = c.EndsAt,
            MaxUses = c.MaxUses, UsedCount = c.UsedCount, IsActive = c.IsActive, UpdatedAt = c.UpdatedAt,
            Producer = db.Producers.Where(p => p.Id == c.ProducerId).Select(p => p.Name).FirstOrDefault(),
        });
        return new CouponListPage(await rows.ToPagedListAsync(query, Sorts, ct), query, now);
    }
}

public sealed class RedemptionRow
{
    public int Id { get; init; }
    public string OrderNumber { get; init; } = "";
    public int OrderId { get; init; }
    public string CustomerKey { get; init; } = "";
    public string CustomerName { get; init; } = "";
    public long Amount { get; init; }
    public DateTimeOffset RedeemedAt { get; init; }
    public DateTimeOffset? ReleasedAt { get; init; }

    /// <summary>A guest's phone shows only its last three digits: the office needs to tell customers apart, not to call them from here.</summary>
    public string MaskedKey => CustomerKey.StartsWith("phone:", StringComparison.Ordinal) && CustomerKey.Length > 9
        ? "phone:" + new string('•', CustomerKey.Length - 9) + CustomerKey[^3..]
        : CustomerKey;
}

public sealed record RedemptionsPage(Coupon Coupon, PagedList<RedemptionRow> Rows);

/// <summary>A coupon's uses, newest first, with the orders they belong to.</summary>
public sealed class CouponRedemptionList(OcopDbContext db)
{
    private static readonly SortMap<RedemptionRow> Sorts = new SortMap<RedemptionRow>()
        .Add("redeemed", r => r.RedeemedAt)
        .Add("amount", r => r.Amount)
        .Add("order", r => r.OrderNumber);

    public async Task<RedemptionsPage?> GetAsync(int couponId, ListQuery query, CancellationToken ct)
    {
        var coupon = await db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Id == couponId, ct);
        if (coupon is null) return null;
        if (string.IsNullOrEmpty(query.Sort)) { query.Sort = "redeemed"; query.Desc = true; }
        var rows = from r in db.CouponRedemptions.AsNoTracking()
                   join o in db.Orders on r.OrderId equals o.Id
                   where r.CouponId == couponId
                   select new RedemptionRow
                   {
                       Id = r.Id, OrderId = o.Id, OrderNumber = o.Number, CustomerKey = r.CustomerKey, CustomerName = o.CustomerName,
                       Amount = r.Amount, RedeemedAt = r.RedeemedAt, ReleasedAt = r.ReleasedAt,
                   };
        if (query.Text is { } text) rows = rows.Where(r => r.OrderNumber.Contains(text.ToUpperInvariant()));
        return new RedemptionsPage(coupon, await rows.ToPagedListAsync(query, Sorts, ct));
    }
}
