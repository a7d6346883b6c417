using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Portal;

/// <summary>The producer's certified products, each with its certificate history (newest first) and the status by today's date.</summary>
public sealed class PortalCertificatesQuery(OcopDbContext db, CertificateStatusPolicy policy)
{
    private sealed class CertifiedProductKey
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string Slug { get; init; } = "";
        public bool IsPublished { get; init; }
        public DateOnly LatestIssue { get; init; }
    }

    private static readonly SortMap<CertifiedProductKey> Sorts = new SortMap<CertifiedProductKey>()
        .Add("name", p => p.Name)
        .Add("issued", p => p.LatestIssue);

    public async Task<PortalCertificatesModel> GetAsync(int producerId, ListQuery query, CancellationToken ct)
    {
        var products = db.Products.AsNoTracking().Where(p => p.ProducerId == producerId && p.Certificates.Any());
        if (query.Text is { } text)
        {
            var folded = VietnameseText.Fold(text).ToLowerInvariant();
            products = products.Where(p => p.SearchKey.Contains(folded) || p.Certificates.Any(c => c.DecisionNumber.Contains(text)));
        }
        var keys = products.Select(p => new CertifiedProductKey
        {
            Id = p.Id,
            Name = p.Name,
            Slug = p.Slug,
            IsPublished = p.IsPublished,
            LatestIssue = p.Certificates.Max(c => c.IssuedOn),
        });
        var page = await keys.ToPagedListAsync(query, Sorts, ct);

        var ids = page.Items.Select(p => p.Id).ToList();
        var certificates = await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.ProductId)).ToListAsync(ct);
        var today = policy.Today;
        var result = page.Map(p => new PortalCertifiedProduct(p.Id, p.Name, p.Slug, p.IsPublished,
            certificates.Where(c => c.ProductId == p.Id)
                .OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id)
                .Select(c => Row(c, today)).ToList()));

        // The summary counts every product's current (newest) certificate, not just this page's.
        var all = await db.Certificates.AsNoTracking()
            .Where(c => db.Products.Any(p => p.Id == c.ProductId && p.ProducerId == producerId))
            .ToListAsync(ct);
        var current = all.GroupBy(c => c.ProductId)
            .Select(g => CertificateStatusPolicy.StatusOn(g.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id).First(), today))
            .ToList();
        return new PortalCertificatesModel(result,
            current.Count(s => s == CertificateStatus.Valid), current.Count(s => s == CertificateStatus.Expiring),
            current.Count(s => s == CertificateStatus.Expired), current.Count(s => s == CertificateStatus.Revoked));
    }

    private static PortalCertificateRow Row(Certificate c, DateOnly today) => new(
        c.Id, c.Stars, c.DecisionNumber, c.IssuingBody, c.CouncilLevel, c.Kind, c.IssuedOn, c.ExpiresOn,
        CertificateStatusPolicy.StatusOn(c, today), c.ExpiresOn.DayNumber - today.DayNumber,
        c.RevokedOn, c.RevocationReason, c.RevocationDecisionNumber);
}
