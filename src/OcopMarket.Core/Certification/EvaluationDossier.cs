using OcopMarket.Core.Common;

namespace OcopMarket.Core.Certification;

public enum DossierKind
{
    Initial = 1,
    ReEvaluation = 2,
    Upgrade = 3,
}

/// <summary>The dossier's path: commune assessment → submission → council evaluation → certificate (or not ranked).</summary>
public enum DossierStatus
{
    Draft = 0,
    CommuneAssessed = 1,
    Submitted = 2,
    Evaluated = 3,
    Certified = 4,
    NotRanked = 5,
    Withdrawn = 6,
}

/// <summary>An evaluation dossier (hồ sơ đánh giá) for one product: the commune's assessment, then the council's scores.</summary>
public class EvaluationDossier : Entity, Audit.IAudited
{
    public int ProductId { get; set; }
    public DossierKind Kind { get; set; } = DossierKind.Initial;
    public DossierStatus Status { get; set; } = DossierStatus.Draft;

    // Commune assessment (DOMAIN.md: local raw materials, local labour, idea origin, local identity).
    public string? LocalRawMaterials { get; set; }
    public string? LocalLabour { get; set; }
    public string? IdeaOrigin { get; set; }
    public string? LocalIdentity { get; set; }
    public bool? CommuneAssessmentPassed { get; set; }
    public DateOnly? CommuneAssessedOn { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    // Council evaluation.
    public CouncilLevel? CouncilLevel { get; set; }
    public CriteriaSet CriteriaSet { get; set; } = CriteriaSet.Decision148;
    /// <summary>Part A: production organisation and community strength.</summary>
    public decimal? ScoreA { get; set; }
    /// <summary>Part B: marketing capacity, including the product story.</summary>
    public decimal? ScoreB { get; set; }
    /// <summary>Part C: quality.</summary>
    public decimal? ScoreC { get; set; }
    public decimal? TotalScore { get; set; }
    public int? Stars { get; set; }
    public DateOnly? EvaluatedOn { get; set; }

    /// <summary>The certificate issued from this dossier.</summary>
    public int? CertificateId { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
