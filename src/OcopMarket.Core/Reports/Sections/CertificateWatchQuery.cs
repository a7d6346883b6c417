using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reports.Sections;

public sealed record CertificateDueRow(int CertificateId, string DecisionNumber, int Stars, DateOnly ExpiresOn, string Product, string Producer);

/// <summary>On <see cref="AsOf"/>: certificates expiring within 90 days, and expired ones still waiting for a re-evaluation.</summary>
public sealed record CertificateWatchSection(DateOnly AsOf, int Expiring, int ExpiredAwaiting, IReadOnlyList<CertificateDueRow> ExpiringList, IReadOnlyList<CertificateDueRow> ExpiredList);

/// <summary>
/// The watch list on the period's last day. "Expiring" is <see cref="CertificateStatus.Expiring"/> by
/// <see cref="CertificateStatusPolicy"/>'s window; "expired, awaiting re-evaluation" is an expired certificate, not revoked,
/// with no newer certificate of the product issued by then (whatever that one's state).
/// </summary>
public sealed class CertificateWatchQuery(OcopDbContext db)
{
    public const int ListSize = 100;

    public async Task<CertificateWatchSection> QueryAsync(ReportPeriod period, CancellationToken ct)
    {
        var day = period.AsOf;
        var until = day.AddDays(CertificateStatusPolicy.ExpiringWindowDays);
        var expiring = db.Certificates.Where(c => (c.RevokedOn == null || c.RevokedOn > day)
            && c.IssuedOn <= day && c.ExpiresOn >= day && c.ExpiresOn < until);
        var expired = db.Certificates.Where(c => c.ExpiresOn < day && (c.RevokedOn == null || c.RevokedOn > day)
            && !db.Certificates.Any(n => n.ProductId == c.ProductId && n.IssuedOn <= day
                && (n.IssuedOn > c.IssuedOn || (n.IssuedOn == c.IssuedOn && n.Id > c.Id))));
        return new CertificateWatchSection(day, await expiring.CountAsync(ct), await expired.CountAsync(ct),
            await ListAsync(expiring, ct), await ListAsync(expired, ct));
    }

    private async Task<List<CertificateDueRow>> ListAsync(IQueryable<Certificate> certificates, CancellationToken ct) =>
        await (
                from c in certificates
                join p in db.Products on c.ProductId equals p.Id
                join pr in db.Producers on p.ProducerId equals pr.Id
                orderby c.ExpiresOn, c.Id
                select new CertificateDueRow(c.Id, c.DecisionNumber, c.Stars, c.ExpiresOn, p.Name, pr.Name))
            .Take(ListSize).AsNoTracking().ToListAsync(ct);
}
