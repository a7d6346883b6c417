using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;

namespace OcopMarket.Core.Reports.Sections;

/// <summary>One campaign's results in the period: what sold at its price, and the coupons tied to it.</summary>
public sealed record CampaignRow(int Id, string Name, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Orders, int Units, long Revenue, long Discount,
    int Redemptions, long RedeemedAmount);

public sealed record CouponRow(int Id, string Code, int Redemptions, long Amount);

/// <summary>Campaigns live in the period (or with sales in it), and coupon redemptions in it.</summary>
public sealed record CampaignResultsSection(IReadOnlyList<CampaignRow> Campaigns, IReadOnlyList<CouponRow> Coupons)
{
    public int Units => Campaigns.Sum(c => c.Units);
    public long Revenue => Campaigns.Sum(c => c.Revenue);
    public long Discount => Campaigns.Sum(c => c.Discount);
    public int Redemptions => Coupons.Sum(c => c.Redemptions);
    public long RedeemedAmount => Coupons.Sum(c => c.Amount);
}

/// <summary>
/// Sales at a campaign price: order lines with <see cref="OrderLine.CampaignId"/>, in orders placed in the period that are
/// not cancelled (and whose parcel is not cancelled: the same "what was sold" as <see cref="OnlineSalesQuery"/>).
/// Revenue is the line total; the discount given is (ListPrice − UnitPrice) × quantity. Coupon redemptions count when
/// redeemed in the period and not released (a cancelled order releases its redemption).
/// </summary>
public sealed class CampaignResultsQuery(OcopDbContext db)
{
    public async Task<CampaignResultsSection> QueryAsync(ReportPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var sales = await (
                from l in db.OrderLines
                where l.CampaignId != null
                join s in db.Shipments on l.ShipmentId equals s.Id
                join o in db.Orders on l.OrderId equals o.Id
                where o.PlacedAt >= start && o.PlacedAt < end && o.Status != OrderStatus.Cancelled && s.Status != ShipmentStatus.Cancelled
                select new { CampaignId = l.CampaignId!.Value, l.OrderId, l.Quantity, l.LineTotal, Saving = (l.ListPrice - l.UnitPrice) * l.Quantity })
            .AsNoTracking().ToListAsync(ct);

        var redemptions = await (
                from r in db.CouponRedemptions
                where r.ReleasedAt == null && r.RedeemedAt >= start && r.RedeemedAt < end
                join c in db.Coupons on r.CouponId equals c.Id
                group r by new { c.Id, c.Code, c.CampaignId } into g
                select new { g.Key.Id, g.Key.Code, g.Key.CampaignId, Count = g.Count(), Amount = g.Sum(r => r.Amount) })
            .AsNoTracking().ToListAsync(ct);

        var soldIds = sales.Select(s => s.CampaignId).Distinct().ToList();
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => (c.IsPublished && c.StartsAt < end && c.EndsAt > start) || soldIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.StartsAt, c.EndsAt })
            .ToListAsync(ct);

        var rows = campaigns.OrderBy(c => c.StartsAt).ThenBy(c => c.Id).Select(c =>
        {
            var lines = sales.Where(s => s.CampaignId == c.Id).ToList();
            var coupons = redemptions.Where(r => r.CampaignId == c.Id).ToList();
            return new CampaignRow(c.Id, c.Name, c.StartsAt, c.EndsAt, lines.Select(l => l.OrderId).Distinct().Count(), lines.Sum(l => l.Quantity),
                lines.Sum(l => l.LineTotal), lines.Sum(l => l.Saving), coupons.Sum(r => r.Count), coupons.Sum(r => r.Amount));
        }).ToList();
        var couponRows = redemptions.OrderByDescending(r => r.Amount).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new CouponRow(r.Id, r.Code, r.Count, r.Amount)).ToList();
        return new CampaignResultsSection(rows, couponRows);
    }
}
