using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Register;

/// <summary>Reads for the dossier screens: the paged list, one dossier with its forms, and the products to open one for.</summary>
public sealed class DossierQueries(OcopDbContext db, RegisterSearch search, CertificateStatusPolicy calendar, CertificateIssuer issuer, RegisterLabels labels)
{
    private static readonly SortMap<DossierRow> Sorts = new SortMap<DossierRow>()
        .Add("created", r => r.CreatedAt)
        .Add("product", r => r.ProductName)
        .Add("producer", r => r.ProducerName)
        .Add("status", r => r.Status)
        .Add("score", r => r.TotalScore)
        .Add("evaluated", r => r.EvaluatedOn);

    public async Task<DossierListModel> ListAsync(DossierListQuery query, CancellationToken ct)
    {
        // Newest first unless the user picks a column.
        if (string.IsNullOrEmpty(query.Sort)) { query.Sort = "created"; query.Desc = true; }
        var dossiers = db.Dossiers.AsNoTracking();
        if (query.Text is { } text)
        {
            var folded = RegisterSearch.Fold(text);
            var producers = await search.ProducerIdsMatchingAsync(text, ct);
            var number = int.TryParse(text.TrimStart('#'), out var n) ? n : -1;
            var products = db.Products.Where(p => p.SearchKey.Contains(folded) || producers.Contains(p.ProducerId)).Select(p => p.Id);
            dossiers = dossiers.Where(d => products.Contains(d.ProductId) || d.Id == number);
        }
        if (query.Kind is { } kind) dossiers = dossiers.Where(d => d.Kind == kind);
        // Counts per status for the filter chips: after the text and kind filters, before the status filter.
        var counts = await dossiers.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        if (query.Status is { } status) dossiers = dossiers.Where(d => d.Status == status);

        var rows =
            from d in dossiers
            join p in db.Products on d.ProductId equals p.Id
            join producer in db.Producers on p.ProducerId equals producer.Id
            select new DossierRow
            {
                Id = d.Id,
                ProductId = p.Id,
                ProductName = p.Name,
                ProducerName = producer.Name,
                Kind = d.Kind,
                Status = d.Status,
                TotalScore = d.TotalScore,
                Stars = d.Stars,
                CreatedAt = d.CreatedAt,
                EvaluatedOn = d.EvaluatedOn,
                CertificateId = d.CertificateId,
            };
        var page = await rows.ToPagedListAsync(query, Sorts, ct);
        return new DossierListModel(page, query, counts);
    }

    public async Task<DossierDetailsModel?> DetailsAsync(int id, CancellationToken ct)
    {
        var dossier = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null) return null;
        var product = await db.Products.AsNoTracking().Where(p => p.Id == dossier.ProductId)
            .Select(p => new { p.Name, p.Slug, Producer = p.Producer!.Name }).FirstAsync(ct);
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.ProductId == dossier.ProductId).ToListAsync(ct);
        var own = certificates.FirstOrDefault(c => c.Id == dossier.CertificateId);
        var previous = CertificateSuccession.Latest(certificates.Where(c => c.Id != dossier.CertificateId));
        var blocker = await issuer.BlockerAsync(dossier, ct);
        var today = calendar.Today;

        return new DossierDetailsModel
        {
            Dossier = dossier,
            ProductName = product.Name,
            ProductSlug = product.Slug,
            ProducerName = product.Producer,
            Previous = Summary(previous),
            Certificate = Summary(own),
            IssueBlocker = blocker is null ? null : labels.Message(blocker),
            Today = today,
            Assessment = new AssessmentForm
            {
                LocalRawMaterials = dossier.LocalRawMaterials,
                LocalLabour = dossier.LocalLabour,
                IdeaOrigin = dossier.IdeaOrigin,
                LocalIdentity = dossier.LocalIdentity,
                Passed = dossier.CommuneAssessmentPassed,
                AssessedOn = dossier.CommuneAssessedOn ?? today,
            },
            Submit = new SubmitForm { SubmittedOn = dossier.SubmittedOn ?? today },
            Evaluation = new EvaluationForm
            {
                Level = dossier.CouncilLevel ?? (today >= CouncilAuthority.Decision1489EffectiveFrom ? CouncilLevel.Province : null),
                Set = dossier.CriteriaSet,
                ScoreA = dossier.ScoreA,
                ScoreB = dossier.ScoreB,
                ScoreC = dossier.ScoreC,
                EvaluatedOn = dossier.EvaluatedOn ?? today,
            },
            Issue = new IssueForm { IssuedOn = today },
        };
    }

    private CertificateSummary? Summary(Certificate? c) =>
        c is null ? null : new(c.Id, c.Stars, c.DecisionNumber, c.IssuingBody, c.IssuedOn, c.ExpiresOn, calendar.StatusOf(c));

    /// <summary>Every product, grouped by producer, with its latest certificate (a district has a few hundred at most).</summary>
    public async Task<IReadOnlyList<ProducerProducts>> ProductOptionsAsync(CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking()
            .Select(p => new { p.Id, p.Name, Producer = p.Producer!.Name })
            .ToListAsync(ct);
        var certificates = await db.Certificates.AsNoTracking().ToListAsync(ct);
        var latest = certificates.GroupBy(c => c.ProductId).ToDictionary(g => g.Key, g => CertificateSuccession.Latest(g)!);
        return products
            .GroupBy(p => p.Producer)
            .OrderBy(g => g.Key, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .Select(g => new ProducerProducts(g.Key, g
                .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
                .Select(p => latest.TryGetValue(p.Id, out var c)
                    ? new ProductOption(p.Id, p.Name, c.Stars, c.ExpiresOn, calendar.StatusOf(c))
                    : new ProductOption(p.Id, p.Name, null, null, null))
                .ToList()))
            .ToList();
    }
}
