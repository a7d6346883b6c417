using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;

namespace OcopMarket.Web.Features.Portal;

/// <summary>What a producer should act on: listings by status, low stock, certificates near or past expiry, the office's answers.</summary>
public sealed class PortalDashboardQuery(OcopDbContext db, CertificateStatusPolicy certificates, TimeProvider time)
{
    /// <summary>The storefront says "only N left" from here on; the portal warns at the same point.</summary>
    public const int LowStockThreshold = 10;
    private const int ListLimit = 8;
    private static readonly TimeSpan DecidedChangesShownFor = TimeSpan.FromDays(30);

    public async Task<PortalDashboardModel> GetAsync(CurrentProducer.Info producer, CancellationToken ct)
    {
        var mine = db.Products.AsNoTracking().Where(p => p.ProducerId == producer.Id);
        var counts = (await mine.GroupBy(p => p.ModerationStatus).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Count);
        foreach (var status in Enum.GetValues<ModerationStatus>()) counts.TryAdd(status, 0);

        var lowStock = await mine.Where(p => p.StockQuantity <= LowStockThreshold && p.ModerationStatus != ModerationStatus.Rejected)
            .OrderBy(p => p.StockQuantity).ThenBy(p => p.Name).Take(ListLimit)
            .Select(p => new LowStockRow(p.Id, p.Name, p.StockQuantity, p.Unit)).ToListAsync(ct);

        var rejected = await mine.Where(p => p.ModerationStatus == ModerationStatus.Rejected)
            .OrderByDescending(p => p.SubmittedAt).Take(ListLimit)
            .Select(p => new RejectedListingRow(p.Id, p.Name, p.ModerationNote, p.SubmittedAt)).ToListAsync(ct);

        var since = time.GetUtcNow() - DecidedChangesShownFor;
        var changes = (await db.ProductChangeRequests.AsNoTracking()
                .Join(mine, r => r.ProductId, p => p.Id, (r, p) => new { r, p.Name })
                .Where(x => x.r.Status == ChangeRequestStatus.Pending || x.r.Status == ChangeRequestStatus.Rejected)
                .Select(x => new ChangeRequestRow(x.r.ProductId, x.Name, x.r.ProposedName, x.r.Status, x.r.SubmittedAt, x.r.DecidedAt, x.r.DecisionNote))
                .ToListAsync(ct))
            // Pending ones always; the office's refusals for a month, so the producer sees the reason.
            .Where(r => r.Status == ChangeRequestStatus.Pending || r.DecidedAt >= since)
            .OrderBy(r => r.Status).ThenByDescending(r => r.DecidedAt ?? r.SubmittedAt).Take(ListLimit).ToList();

        return new PortalDashboardModel(producer.Name, producer.Slug, producer.IsPublished, counts,
            changes.Count(c => c.Status == ChangeRequestStatus.Pending), lowStock,
            await CertificateAlertsAsync(producer.Id, ct), rejected, changes, await DocumentAlertsAsync(producer.Id, ct));
    }

    /// <summary>Per product, its newest certificate when that one is expiring or already expired (older, replaced ones are history).</summary>
    private async Task<IReadOnlyList<CertificateAlertRow>> CertificateAlertsAsync(int producerId, CancellationToken ct)
    {
        var rows = await db.Certificates.AsNoTracking()
            .Join(db.Products.Where(p => p.ProducerId == producerId), c => c.ProductId, p => p.Id, (c, p) => new { Certificate = c, p.Name })
            .ToListAsync(ct);
        var today = certificates.Today;
        return rows.GroupBy(r => r.Certificate.ProductId)
            .Select(g => g.OrderByDescending(r => r.Certificate.IssuedOn).First())
            .Select(r => new CertificateAlertRow(r.Certificate.ProductId, r.Name, r.Certificate.Stars, r.Certificate.DecisionNumber,
                r.Certificate.IssuedOn, r.Certificate.ExpiresOn, certificates.StatusOf(r.Certificate), r.Certificate.ExpiresOn.DayNumber - today.DayNumber))
            .Where(r => r.Status is CertificateStatus.Expiring or CertificateStatus.Expired)
            .OrderBy(r => r.ExpiresOn)
            .ToList();
    }

    private async Task<IReadOnlyList<DocumentAlertRow>> DocumentAlertsAsync(int producerId, CancellationToken ct)
    {
        var today = certificates.Today;
        var horizon = today.AddDays(CertificateStatusPolicy.ExpiringWindowDays);
        return (await db.ProducerDocuments.AsNoTracking()
                .Where(d => d.ProducerId == producerId && d.ValidUntil != null && d.ValidUntil <= horizon)
                .OrderBy(d => d.ValidUntil).Take(ListLimit)
                .Select(d => new { d.Id, d.Title, d.Kind, ValidUntil = d.ValidUntil!.Value })
                .ToListAsync(ct))
            .Select(d => new DocumentAlertRow(d.Id, d.Title, d.Kind, d.ValidUntil, d.ValidUntil.DayNumber - today.DayNumber))
            .ToList();
    }
}
