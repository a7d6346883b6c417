using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Register;

/// <summary>Reads for the certificate screens. Statuses come from dates (CertificateStatusPolicy), in SQL for filters and in memory for display.</summary>
public sealed class CertificateQueries(OcopDbContext db, RegisterSearch search, CertificateStatusPolicy calendar)
{
    private static readonly SortMap<CertificateRow> Sorts = new SortMap<CertificateRow>()
        .Add("expires", r => r.ExpiresOn)
        .Add("product", r => r.ProductName)
        .Add("producer", r => r.ProducerName)
        .Add("stars", r => r.Stars)
        .Add("issued", r => r.IssuedOn)
        .Add("decision", r => r.DecisionNumber);

    public async Task<CertificateListModel> ListAsync(CertificateListQuery query, CancellationToken ct)
    {
        var today = calendar.Today;
        var expiringBefore = today.AddDays(CertificateStatusPolicy.ExpiringWindowDays);
        var certificates = db.Certificates.AsNoTracking();
        if (query.Text is { } text)
        {
            var folded = RegisterSearch.Fold(text);
            var producers = await search.ProducerIdsMatchingAsync(text, ct);
            var products = db.Products.Where(p => p.SearchKey.Contains(folded) || producers.Contains(p.ProducerId)).Select(p => p.Id);
            certificates = certificates.Where(c => products.Contains(c.ProductId) || c.DecisionNumber.Contains(text));
        }
        if (query.Stars is { } stars) certificates = certificates.Where(c => c.Stars == stars);

        // The same rule as CertificateStatusPolicy.StatusOn, as SQL. The four statuses split the register:
        // "valid" is more than 90 days from expiry, "expiring" within them.
        var notRevoked = certificates.Where(c => c.RevokedOn == null || c.RevokedOn > today);
        var current = notRevoked.Where(c => c.IssuedOn <= today && c.ExpiresOn >= today);
        var valid = current.Where(c => c.ExpiresOn >= expiringBefore);
        var expiring = current.Where(c => c.ExpiresOn < expiringBefore);
        var expired = notRevoked.Where(c => c.ExpiresOn < today);
        var revoked = certificates.Where(c => c.RevokedOn != null && c.RevokedOn <= today);
        var counts = new CertificateCounts(await valid.CountAsync(ct), await expiring.CountAsync(ct), await expired.CountAsync(ct), await revoked.CountAsync(ct));

        var filtered = query.Status switch
        {
            CertificateStatus.Valid => valid,
            CertificateStatus.Expiring => expiring,
            CertificateStatus.Expired => expired,
            CertificateStatus.Revoked => revoked,
            CertificateStatus.NotYetValid => notRevoked.Where(c => c.IssuedOn > today),
            _ => certificates,
        };
        var rows =
            from c in filtered
            join p in db.Products on c.ProductId equals p.Id
            join producer in db.Producers on p.ProducerId equals producer.Id
            select new CertificateRow
            {
                Id = c.Id,
                ProductId = p.Id,
                ProductName = p.Name,
                ProducerName = producer.Name,
                Stars = c.Stars,
                DecisionNumber = c.DecisionNumber,
                IssuingBody = c.IssuingBody,
                CouncilLevel = c.CouncilLevel,
                IssuedOn = c.IssuedOn,
                ExpiresOn = c.ExpiresOn,
                RevokedOn = c.RevokedOn,
                Kind = c.Kind,
            };
        var page = await rows.ToPagedListAsync(query, Sorts, ct);
        foreach (var row in page.Items)
            row.Status = CertificateStatusPolicy.StatusOn(new Certificate { IssuedOn = row.IssuedOn, ExpiresOn = row.ExpiresOn, RevokedOn = row.RevokedOn }, today);
        return new CertificateListModel(page, query, counts);
    }

    public async Task<CertificateDetailsModel?> DetailsAsync(int id, CancellationToken ct)
    {
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (certificate is null) return null;
        var product = await db.Products.AsNoTracking().Where(p => p.Id == certificate.ProductId)
            .Select(p => new { p.Name, p.Slug, p.ProducerId, Producer = p.Producer!.Name }).FirstAsync(ct);
        var all = await db.Certificates.AsNoTracking().Where(c => c.ProductId == certificate.ProductId).ToListAsync(ct);
        var history = all.OrderBy(c => c.IssuedOn).ThenBy(c => c.Id).Select(Summary).ToList();
        var previous = all.FirstOrDefault(c => c.Id == certificate.PreviousCertificateId);
        var next = all.Where(c => c.PreviousCertificateId == certificate.Id).OrderBy(c => c.IssuedOn).FirstOrDefault();
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.ProductId == certificate.ProductId || (i.ProductId == null && i.ProducerId == product.ProducerId))
            .OrderByDescending(i => i.InspectedOn ?? i.PlannedOn).ThenByDescending(i => i.Id)
            .Take(5)
            .Select(i => new InspectionSummary(i.Id, i.PlannedOn, i.InspectedOn, i.InspectorName, i.Status, i.Outcome))
            .ToListAsync(ct);
        var openDossier = await db.Dossiers.AsNoTracking()
            .Where(d => d.ProductId == certificate.ProductId && !DossierWorkflow.Closed.Contains(d.Status))
            .Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);

        return new CertificateDetailsModel
        {
            Certificate = certificate,
            Status = calendar.StatusOf(certificate),
            ProductName = product.Name,
            ProductSlug = product.Slug,
            ProducerId = product.ProducerId,
            ProducerName = product.Producer,
            History = history,
            Previous = previous is null ? null : Summary(previous),
            Next = next is null ? null : Summary(next),
            Inspections = inspections,
            OpenDossierId = openDossier,
            Today = calendar.Today,
            Revoke = new RevokeForm { RevokedOn = calendar.Today },
        };
    }

    private CertificateSummary Summary(Certificate c) =>
        new(c.Id, c.Stars, c.DecisionNumber, c.IssuingBody, c.IssuedOn, c.ExpiresOn, calendar.StatusOf(c));
}
