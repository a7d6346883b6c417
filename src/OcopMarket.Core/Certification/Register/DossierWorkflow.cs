using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Certification.Register;

/// <summary>
/// An evaluation dossier's path: opened for a product → commune assessment → submitted → council
/// evaluation (stars from the total, checked against what the council may grant) → certified by
/// <see cref="CertificateIssuer"/>, or not ranked, or withdrawn. Each step is one save, audited by the context.
/// </summary>
public sealed class DossierWorkflow(OcopDbContext db, CertificateStatusPolicy calendar, TimeProvider time)
{
    public const string NoSuchDossier = "The dossier does not exist.";
    public const string NoSuchProduct = "The product does not exist.";
    public const string UnknownKind = "Choose the kind of dossier.";
    public const string DossierInProgress = "This product already has a dossier in progress (no. {0}): finish or withdraw it first.";
    public const string AssessmentClosed = "The commune assessment can only be recorded before the dossier is submitted.";
    public const string DescribeLocalCriteria = "Describe the four local criteria before recording a passed assessment.";
    public const string NeedsPassedAssessment = "Record a passed commune assessment before submitting the dossier.";
    public const string AlreadySubmitted = "The dossier has already been submitted.";
    public const string NotSubmitted = "Only a submitted dossier can be evaluated.";
    public const string UnknownCouncilLevel = "Choose the council level.";
    public const string UnknownCriteriaSet = "Choose the criteria set.";
    public const string DateInFuture = "The date cannot be in the future.";
    public const string SubmittedBeforeAssessment = "The dossier cannot be submitted before the commune assessment ({0:dd/MM/yyyy}).";
    public const string EvaluatedBeforeSubmission = "The council cannot evaluate before the dossier was submitted ({0:dd/MM/yyyy}).";
    public const string DossierClosed = "The dossier has been withdrawn.";
    public const string CannotWithdraw = "A dossier that is certified, not ranked or withdrawn is closed.";

    public const int CriterionMaxLength = 2000;
    public const int NotesMaxLength = 4000;

    /// <summary>Statuses that end a dossier: a product may then get a new one.</summary>
    public static readonly DossierStatus[] Closed = [DossierStatus.Certified, DossierStatus.NotRanked, DossierStatus.Withdrawn];

    public async Task<OperationResult<int>> CreateAsync(int productId, DossierKind kind, string? notes, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(kind)) return OperationResult<int>.Fail(UnknownKind);
        notes = RegisterText.Clean(notes);
        if (RegisterText.CheckLength(notes, NotesMaxLength, "Notes") is { } tooLong) return OperationResult<int>.Fail(tooLong.Error!, tooLong.Arguments!);
        if (!await db.Products.AnyAsync(p => p.Id == productId, ct)) return OperationResult<int>.Fail(NoSuchProduct);

        var open = await db.Dossiers.Where(d => d.ProductId == productId && !Closed.Contains(d.Status)).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        if (open is { } openId) return OperationResult<int>.Fail(DossierInProgress, openId);
        var latest = CertificateSuccession.Latest(await db.Certificates.AsNoTracking().Where(c => c.ProductId == productId).ToListAsync(ct));
        var may = CertificateSuccession.MayOpen(kind, latest);
        if (!may.Succeeded) return OperationResult<int>.Fail(may.Error!, may.Arguments ?? []);

        var dossier = new EvaluationDossier
        {
            ProductId = productId,
            Kind = kind,
            Status = DossierStatus.Draft,
            Notes = notes,
            CreatedAt = time.GetUtcNow(),
        };
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(ct);
        return OperationResult<int>.Ok(dossier.Id);
    }

    public async Task<OperationResult> RecordAssessmentAsync(int dossierId, CommuneAssessment assessment, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null) return OperationResult.Fail(NoSuchDossier);
        if (dossier.Status is not (DossierStatus.Draft or DossierStatus.CommuneAssessed)) return OperationResult.Fail(AssessmentClosed);
        if (assessment.AssessedOn > calendar.Today) return OperationResult.Fail(DateInFuture);

        string?[] criteria =
        [
            RegisterText.Clean(assessment.LocalRawMaterials), RegisterText.Clean(assessment.LocalLabour),
            RegisterText.Clean(assessment.IdeaOrigin), RegisterText.Clean(assessment.LocalIdentity),
        ];
        string[] names = ["Local raw materials", "Local labour", "Origin of the idea", "Local identity"];
        for (var i = 0; i < criteria.Length; i++)
            if (RegisterText.CheckLength(criteria[i], CriterionMaxLength, names[i]) is { } tooLong) return tooLong;
        if (assessment.Passed && criteria.Any(c => c is null)) return OperationResult.Fail(DescribeLocalCriteria);

        dossier.LocalRawMaterials = criteria[0];
        dossier.LocalLabour = criteria[1];
        dossier.IdeaOrigin = criteria[2];
        dossier.LocalIdentity = criteria[3];
        dossier.CommuneAssessmentPassed = assessment.Passed;
        dossier.CommuneAssessedOn = assessment.AssessedOn;
        dossier.Status = DossierStatus.CommuneAssessed;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <param name="submittedOn">Today when not given.</param>
    public async Task<OperationResult> SubmitAsync(int dossierId, DateOnly? submittedOn = null, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null) return OperationResult.Fail(NoSuchDossier);
        if (dossier.Status == DossierStatus.Withdrawn) return OperationResult.Fail(DossierClosed);
        if (dossier.Status > DossierStatus.CommuneAssessed) return OperationResult.Fail(AlreadySubmitted);
        if (dossier.Status != DossierStatus.CommuneAssessed || dossier.CommuneAssessmentPassed != true) return OperationResult.Fail(NeedsPassedAssessment);
        var on = submittedOn ?? calendar.Today;
        if (on > calendar.Today) return OperationResult.Fail(DateInFuture);
        if (on < dossier.CommuneAssessedOn) return OperationResult.Fail(SubmittedBeforeAssessment, dossier.CommuneAssessedOn!.Value);

        dossier.SubmittedOn = on;
        dossier.Status = DossierStatus.Submitted;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>
    /// Records the council's scores. A total below the lowest band closes the dossier as not ranked; a
    /// rank the council may not grant under the rule in force is refused and nothing is saved, except a
    /// province council's 5★ score, which is kept so the office can propose the product to the central
    /// council (whose result may then replace it: the evaluation can be recorded again until a certificate is issued).
    /// </summary>
    public async Task<OperationResult<EvaluationResult>> EvaluateAsync(int dossierId, CouncilEvaluation evaluation, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null) return Fail(NoSuchDossier);
        if (dossier.Status is not (DossierStatus.Submitted or DossierStatus.Evaluated)) return Fail(NotSubmitted);
        if (!Enum.IsDefined(evaluation.Level)) return Fail(UnknownCouncilLevel);
        if (!Enum.IsDefined(evaluation.Set)) return Fail(UnknownCriteriaSet);
        if (evaluation.EvaluatedOn > calendar.Today) return Fail(DateInFuture);
        if (evaluation.EvaluatedOn < dossier.SubmittedOn) return Fail(EvaluatedBeforeSubmission, dossier.SubmittedOn!.Value);

        var sheet = new ScoreSheet(evaluation.Set, evaluation.ScoreA, evaluation.ScoreB, evaluation.ScoreC);
        var valid = sheet.Validate();
        if (!valid.Succeeded) return Fail(valid.Error!, valid.Arguments ?? []);

        var stars = sheet.Stars;
        var ruling = stars == 0 ? new CouncilRuling(CouncilVerdict.Grant, null) : CouncilRules.Judge(evaluation.Level, stars, evaluation.EvaluatedOn);
        if (ruling.Verdict == CouncilVerdict.Refuse) return Fail(ruling.Reason!);

        dossier.CouncilLevel = evaluation.Level;
        dossier.CriteriaSet = evaluation.Set;
        dossier.ScoreA = evaluation.ScoreA;
        dossier.ScoreB = evaluation.ScoreB;
        dossier.ScoreC = evaluation.ScoreC;
        dossier.TotalScore = sheet.Total;
        dossier.Stars = stars;
        dossier.EvaluatedOn = evaluation.EvaluatedOn;
        dossier.Status = stars == 0 ? DossierStatus.NotRanked : DossierStatus.Evaluated;
        await db.SaveChangesAsync(ct);
        return OperationResult<EvaluationResult>.Ok(new EvaluationResult(sheet.Total, stars, dossier.Status, ruling));
    }

    /// <summary>Closes a dossier that will not lead to a certificate (the producer gave up, an upgrade fell short...).</summary>
    public async Task<OperationResult> WithdrawAsync(int dossierId, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null) return OperationResult.Fail(NoSuchDossier);
        if (Closed.Contains(dossier.Status)) return OperationResult.Fail(CannotWithdraw);
        dossier.Status = DossierStatus.Withdrawn;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    private static OperationResult<EvaluationResult> Fail(string error, params object[] arguments) => OperationResult<EvaluationResult>.Fail(error, arguments);
}
