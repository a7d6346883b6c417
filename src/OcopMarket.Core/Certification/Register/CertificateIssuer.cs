using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Certification.Register;

/// <summary>
/// Issues the certificate of an evaluated dossier. The rank, council level and criteria set come from
/// the evaluation; the decision (number, issuing body, date) from the office. A re-evaluation or an
/// upgrade points at the product's latest certificate, which is left exactly as it was.
/// </summary>
public sealed class CertificateIssuer(OcopDbContext db, CertificateStatusPolicy calendar)
{
    public const string NotEvaluated = "Only an evaluated dossier can be certified.";
    public const string AlreadyIssued = "A certificate has already been issued from this dossier.";
    public const string DecisionNumberRequired = "Enter the decision number.";
    public const string IssuingBodyRequired = "Enter the issuing body.";
    public const string IssuedBeforeEvaluation = "The decision cannot be dated before the council's evaluation ({0:dd/MM/yyyy}).";
    public const string ExpiryBeforeIssue = "The expiry date must be after the issue date.";
    public const string DecisionAlreadyCertifiesProduct = "Decision {0} of {1} is already recorded for this product.";
    public const string DecisionHasAnotherDate = "Decision {0} of {1} is already recorded with the date {2:dd/MM/yyyy}: one decision has one date.";

    public const int DecisionNumberMaxLength = 100;
    public const int IssuingBodyMaxLength = 200;

    public async Task<OperationResult<int>> IssueAsync(int dossierId, CertificateIssue issue, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null) return Fail(DossierWorkflow.NoSuchDossier);
        if (dossier.Status == DossierStatus.Certified || dossier.CertificateId is not null) return Fail(AlreadyIssued);
        if (dossier.Status != DossierStatus.Evaluated || dossier.Stars is not > 0 || dossier.CouncilLevel is null) return Fail(NotEvaluated);

        var number = RegisterText.Clean(issue.DecisionNumber);
        var body = RegisterText.Clean(issue.IssuingBody);
        if (number is null) return Fail(DecisionNumberRequired);
        if (body is null) return Fail(IssuingBodyRequired);
        if ((RegisterText.CheckLength(number, DecisionNumberMaxLength, "Decision number") ?? RegisterText.CheckLength(body, IssuingBodyMaxLength, "Issuing body")) is { } tooLong)
            return Fail(tooLong.Error!, tooLong.Arguments!);
        if (issue.IssuedOn > calendar.Today) return Fail(DossierWorkflow.DateInFuture);
        if (issue.IssuedOn < dossier.EvaluatedOn) return Fail(IssuedBeforeEvaluation, dossier.EvaluatedOn!.Value);
        var expiresOn = issue.ExpiresOn ?? CertificateStatusPolicy.DefaultExpiry(issue.IssuedOn);
        if (expiresOn <= issue.IssuedOn) return Fail(ExpiryBeforeIssue);

        // The decision date is what counts: a district council's 3★ evaluated before 6 July 2025 cannot be decided after it.
        var stars = dossier.Stars.Value;
        var ruling = CouncilRules.Judge(dossier.CouncilLevel.Value, stars, issue.IssuedOn);
        if (!ruling.MayGrant) return Fail(ruling.Reason!);

        var earlier = await db.Certificates.AsNoTracking().Where(c => c.ProductId == dossier.ProductId).ToListAsync(ct);
        var latest = CertificateSuccession.Latest(earlier);
        var follows = CertificateSuccession.MayFollow(dossier.Kind, latest, stars);
        if (!follows.Succeeded) return Fail(follows.Error!, follows.Arguments ?? []);

        // One decision often certifies several products at once, so the number is unique per issuing body
        // as a decision: the same number there means the same decision (same date), and names a product once.
        var sameDecision = await SameDecisionAsync(number, body, ct);
        if (sameDecision.Any(c => c.ProductId == dossier.ProductId)) return Fail(DecisionAlreadyCertifiesProduct, number, body);
        if (sameDecision.Where(c => c.IssuedOn != issue.IssuedOn).Select(c => (DateOnly?)c.IssuedOn).FirstOrDefault() is { } otherDate)
            return Fail(DecisionHasAnotherDate, number, body, otherDate);

        var certificate = new Certificate
        {
            ProductId = dossier.ProductId,
            DecisionNumber = number,
            IssuingBody = body,
            CouncilLevel = dossier.CouncilLevel.Value,
            CriteriaSet = dossier.CriteriaSet,
            Stars = stars,
            Score = dossier.TotalScore,
            IssuedOn = issue.IssuedOn,
            ExpiresOn = expiresOn,
            Kind = CertificateSuccession.KindOf(dossier.Kind),
            DossierId = dossier.Id,
            PreviousCertificateId = dossier.Kind == DossierKind.Initial ? null : latest?.Id,
        };

        // The certificate needs its id before the dossier can point at it: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync(ct);
        dossier.CertificateId = certificate.Id;
        dossier.Status = DossierStatus.Certified;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return OperationResult<int>.Ok(certificate.Id);
    }

    /// <summary>Why the certificate of <paramref name="dossier"/> cannot be issued as things stand (before the office fills the form), or null.</summary>
    public async Task<OperationResult?> BlockerAsync(EvaluationDossier dossier, CancellationToken ct = default)
    {
        if (dossier.Status != DossierStatus.Evaluated || dossier.Stars is not > 0 || dossier.CouncilLevel is null) return null;
        var ruling = CouncilRules.Judge(dossier.CouncilLevel.Value, dossier.Stars.Value, dossier.EvaluatedOn ?? calendar.Today);
        if (ruling.Verdict == CouncilVerdict.ProposeToCentral) return OperationResult.Fail(ruling.Reason!);
        var latest = CertificateSuccession.Latest(await db.Certificates.AsNoTracking().Where(c => c.ProductId == dossier.ProductId).ToListAsync(ct));
        var follows = CertificateSuccession.MayFollow(dossier.Kind, latest, dossier.Stars.Value);
        return follows.Succeeded ? null : follows;
    }

    /// <summary>
    /// Certificates recorded under the same decision. Compared folded, upper-case and without spaces in
    /// memory ("2156/QD-UBND" is "2156/QĐ-UBND"), as SQLite's upper() knows only ASCII; the leading digits
    /// narrow the rows in the database first.
    /// </summary>
    private async Task<List<(int ProductId, DateOnly IssuedOn)>> SameDecisionAsync(string number, string body, CancellationToken ct)
    {
        var digits = new string(number.TakeWhile(char.IsAsciiDigit).ToArray());
        var candidates = await db.Certificates.AsNoTracking()
            .Where(c => c.DecisionNumber.StartsWith(digits))
            .Select(c => new { c.ProductId, c.IssuedOn, c.DecisionNumber, c.IssuingBody })
            .ToListAsync(ct);
        var numberKey = DecisionKey(number);
        var bodyKey = DecisionKey(body);
        return candidates
            .Where(c => DecisionKey(c.DecisionNumber) == numberKey && DecisionKey(c.IssuingBody) == bodyKey)
            .Select(c => (c.ProductId, c.IssuedOn))
            .ToList();
    }

    internal static string DecisionKey(string text) =>
        string.Concat(VietnameseText.Fold(text).ToUpperInvariant().Where(ch => !char.IsWhiteSpace(ch)));

    private static OperationResult<int> Fail(string error, params object[] arguments) => OperationResult<int>.Fail(error, arguments);
}
