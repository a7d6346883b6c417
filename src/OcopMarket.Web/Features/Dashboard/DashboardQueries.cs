using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;

namespace OcopMarket.Web.Features.Dashboard;

/// <summary>
/// The office dashboard's figures, each one aggregate query (no query per row). Dates come from
/// <see cref="CertificateStatusPolicy"/>, so "valid", "expiring" and "expired" mean what the storefront means.
/// </summary>
public sealed class DashboardQueries(OcopDbContext db, CertificateStatusPolicy policy)
{
    public const int ListSize = 15;

    /// <summary>Dossier states that still await a decision (a re-evaluation under way).</summary>
    public static readonly DossierStatus[] OpenDossier = [DossierStatus.Draft, DossierStatus.CommuneAssessed, DossierStatus.Submitted, DossierStatus.Evaluated];

    public async Task<DashboardModel> GetAsync(CancellationToken ct)
    {
        var today = policy.Today;
        var byCommune = await CertifiedByCommuneAsync(today, ct);
        var byStars = new Dictionary<int, int>
        {
            [3] = byCommune.Sum(c => c.Three),
            [4] = byCommune.Sum(c => c.Four),
            [5] = byCommune.Sum(c => c.Five),
        };

        var expiringUntil = today.AddDays(CertificateStatusPolicy.ExpiringWindowDays);
        var expiring = db.Certificates.Where(c => (c.RevokedOn == null || c.RevokedOn > today)
            && c.IssuedOn <= today && c.ExpiresOn >= today && c.ExpiresOn < expiringUntil);

        // Expired (not revoked), the product's latest certificate, nothing valid or pending after it, no dossier open.
        var expired = db.Certificates.Where(c => c.ExpiresOn < today && (c.RevokedOn == null || c.RevokedOn > today)
            && !db.Certificates.Any(n => n.ProductId == c.ProductId && (n.IssuedOn > c.IssuedOn || (n.IssuedOn == c.IssuedOn && n.Id > c.Id)))
            && !db.Certificates.Any(v => v.ProductId == c.ProductId && v.ExpiresOn >= today && (v.RevokedOn == null || v.RevokedOn > today))
            && !db.Dossiers.Any(d => d.ProductId == c.ProductId && OpenDossier.Contains(d.Status)));

        return new DashboardModel(
            today,
            byStars,
            byCommune,
            await expiring.CountAsync(ct),
            await ListAsync(expiring, ct),
            await expired.CountAsync(ct),
            await ListAsync(expired, ct),
            await db.Products.CountAsync(p => p.ModerationStatus == ModerationStatus.Submitted, ct),
            await db.ProductChangeRequests.CountAsync(r => r.Status == ChangeRequestStatus.Pending, ct),
            await db.Inspections.CountAsync(i => i.Status == InspectionStatus.Open, ct),
            await db.Dossiers.CountAsync(d => OpenDossier.Contains(d.Status), ct));
    }

    /// <summary>
    /// Products with a badge today, by today's commune (a producer recorded in a pre-2025 commune counts for
    /// the commune it merged into) and by the product's best valid rank.
    /// </summary>
    private async Task<List<CommuneStars>> CertifiedByCommuneAsync(DateOnly today, CancellationToken ct)
    {
        var best = db.Certificates.Where(CertificateStatusPolicy.BadgeValidOn(today))
            .GroupBy(c => c.ProductId)
            .Select(g => new { ProductId = g.Key, Stars = g.Max(c => c.Stars) });
        var counts = await (
                from b in best
                join p in db.Products on b.ProductId equals p.Id
                join pr in db.Producers on p.ProducerId equals pr.Id
                join u in db.AdminUnits on pr.CommuneId equals u.Id
                group b by new { CommuneId = u.SuccessorId ?? u.Id, b.Stars } into g
                select new { g.Key.CommuneId, g.Key.Stars, Count = g.Count() })
            .ToListAsync(ct);

        var ids = counts.Select(c => c.CommuneId).Distinct().ToList();
        var names = await db.AdminUnits.Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, Province = u.Parent != null ? u.Parent.Name : "" })
            .ToDictionaryAsync(u => u.Id, ct);
        return counts.GroupBy(c => c.CommuneId)
            .Select(g => new CommuneStars(g.Key, names.GetValueOrDefault(g.Key)?.Name ?? "?", names.GetValueOrDefault(g.Key)?.Province ?? "",
                g.Where(x => x.Stars == 3).Sum(x => x.Count), g.Where(x => x.Stars == 4).Sum(x => x.Count), g.Where(x => x.Stars == 5).Sum(x => x.Count)))
            .OrderByDescending(c => c.Total).ThenBy(c => c.Commune, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
    }

    /// <summary>The first certificates by expiry date, with their product and producer, in one query.</summary>
    private async Task<List<CertificateDue>> ListAsync(IQueryable<Certificate> certificates, CancellationToken ct) =>
        await (
                from c in certificates
                join p in db.Products on c.ProductId equals p.Id
                join pr in db.Producers on p.ProducerId equals pr.Id
                orderby c.ExpiresOn, c.Id
                select new CertificateDue(c.Id, c.DecisionNumber, c.Stars, c.ExpiresOn, p.Id, p.Name, pr.Id, pr.Name,
                    db.Dossiers.Any(d => d.ProductId == p.Id && OpenDossier.Contains(d.Status))))
            .Take(ListSize)
            .ToListAsync(ct);
}
