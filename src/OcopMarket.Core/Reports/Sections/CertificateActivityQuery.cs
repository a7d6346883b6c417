using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Reports.Sections;

public enum CertificateEventKind
{
    /// <summary>A first recognition (Kind Initial, or Imported from the office's old register).</summary>
    New = 1,
    Upgrade = 2,
    ReEvaluation = 3,
    Revocation = 4,
}

public sealed record CertificateEvent(DateOnly On, CertificateEventKind Kind, int CertificateId, string DecisionNumber, int Stars, int ProductId, string Product, string Producer);

/// <summary>Certificates issued in the period by kind, and revocations decided in it.</summary>
public sealed record CertificateActivitySection(int New, int Upgrades, int ReEvaluations, int Revocations, IReadOnlyList<CertificateEvent> Events)
{
    public int Issued => New + Upgrades + ReEvaluations;
}

/// <summary>What happened to the register in the period: issue dates and revocation dates inside it.</summary>
public sealed class CertificateActivityQuery(OcopDbContext db)
{
    public async Task<CertificateActivitySection> QueryAsync(ReportPeriod period, CancellationToken ct)
    {
        var (first, last) = (period.From, period.To);
        var rows = await (
                from c in db.Certificates
                where (c.IssuedOn >= first && c.IssuedOn <= last) || (c.RevokedOn != null && c.RevokedOn >= first && c.RevokedOn <= last)
                join p in db.Products on c.ProductId equals p.Id
                join pr in db.Producers on p.ProducerId equals pr.Id
                select new { c.Id, c.Kind, c.IssuedOn, c.RevokedOn, c.DecisionNumber, c.RevocationDecisionNumber, c.Stars, ProductId = p.Id, Product = p.Name, Producer = pr.Name })
            .AsNoTracking().ToListAsync(ct);

        var events = new List<CertificateEvent>();
        foreach (var r in rows)
        {
            if (period.Contains(r.IssuedOn))
                events.Add(new CertificateEvent(r.IssuedOn, KindOf(r.Kind), r.Id, r.DecisionNumber, r.Stars, r.ProductId, r.Product, r.Producer));
            if (r.RevokedOn is { } revoked && period.Contains(revoked))
                events.Add(new CertificateEvent(revoked, CertificateEventKind.Revocation, r.Id, r.RevocationDecisionNumber ?? r.DecisionNumber, r.Stars, r.ProductId, r.Product, r.Producer));
        }
        events = events.OrderBy(e => e.On).ThenBy(e => e.Kind).ThenBy(e => e.CertificateId).ToList();
        int Count(CertificateEventKind k) => events.Count(e => e.Kind == k);
        return new CertificateActivitySection(Count(CertificateEventKind.New), Count(CertificateEventKind.Upgrade),
            Count(CertificateEventKind.ReEvaluation), Count(CertificateEventKind.Revocation), events);
    }

    public static CertificateEventKind KindOf(CertificateKind kind) => kind switch
    {
        CertificateKind.Upgrade => CertificateEventKind.Upgrade,
        CertificateKind.ReEvaluation => CertificateEventKind.ReEvaluation,
        _ => CertificateEventKind.New,
    };
}
