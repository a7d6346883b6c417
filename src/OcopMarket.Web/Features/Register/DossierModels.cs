using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Register;

// Display names and ErrorMessage values are English keys translated through RegisterResource.

public sealed class DossierListQuery : ListQuery
{
    public DossierStatus? Status { get; set; }
    public DossierKind? Kind { get; set; }
}

/// <summary>One line of the dossiers list (a class with setters so the database can sort on its members).</summary>
public sealed class DossierRow
{
    public int Id { get; init; }
    public int ProductId { get; init; }
    public string ProductName { get; init; } = "";
    public string ProducerName { get; init; } = "";
    public DossierKind Kind { get; init; }
    public DossierStatus Status { get; init; }
    public decimal? TotalScore { get; init; }
    public int? Stars { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateOnly? EvaluatedOn { get; init; }
    public int? CertificateId { get; init; }
}

public sealed record DossierListModel(PagedList<DossierRow> Page, DossierListQuery Query, IReadOnlyDictionary<DossierStatus, int> Counts);

[LocalizedWith(typeof(RegisterResource))]
public sealed class DossierCreateForm
{
    [Display(Name = "Product")]
    [Required(ErrorMessage = "Choose the product.")]
    public int? ProductId { get; set; }

    [Display(Name = "Kind of dossier")]
    [Required(ErrorMessage = "Choose the kind of dossier.")]
    public DossierKind? Kind { get; set; }

    [Display(Name = "Notes")]
    [StringLength(DossierWorkflow.NotesMaxLength, ErrorMessage = "{0} is too long (at most {1} characters).")]
    public string? Notes { get; set; }
}

/// <summary>A product to choose, with its current certificate to help choose the kind of dossier.</summary>
public sealed record ProductOption(int Id, string Name, int? Stars, DateOnly? ExpiresOn, CertificateStatus? Status);

public sealed record ProducerProducts(string Producer, IReadOnlyList<ProductOption> Products);

public sealed class DossierCreateModel
{
    public DossierCreateForm Form { get; set; } = new();
    public IReadOnlyList<ProducerProducts> Products { get; set; } = [];
}

[LocalizedWith(typeof(RegisterResource))]
public sealed class AssessmentForm
{
    [Display(Name = "Local raw materials")]
    [StringLength(DossierWorkflow.CriterionMaxLength, ErrorMessage = "{0} is too long (at most {1} characters).")]
    public string? LocalRawMaterials { get; set; }

    [Display(Name = "Local labour")]
    [StringLength(DossierWorkflow.CriterionMaxLength, ErrorMessage = "{0} is too long (at most {1} characters).")]
    public string? LocalLabour { get; set; }

    [Display(Name = "Origin of the idea")]
    [StringLength(DossierWorkflow.CriterionMaxLength, ErrorMessage = "{0} is too long (at most {1} characters).")]
    public string? IdeaOrigin { get; set; }

    [Display(Name = "Local identity")]
    [StringLength(DossierWorkflow.CriterionMaxLength, ErrorMessage = "{0} is too long (at most {1} characters).")]
    public string? LocalIdentity { get; set; }

    [Display(Name = "Result")]
    [Required(ErrorMessage = "Choose whether the commune assessment passed.")]
    public bool? Passed { get; set; }

    [Display(Name = "Assessment date")]
    [Required(ErrorMessage = "Enter the date of the assessment.")]
    public DateOnly? AssessedOn { get; set; }

    public CommuneAssessment ToCommand() =>
        new(LocalRawMaterials, LocalLabour, IdeaOrigin, LocalIdentity, Passed!.Value, AssessedOn!.Value);
}

[LocalizedWith(typeof(RegisterResource))]
public sealed class SubmitForm
{
    [Display(Name = "Submission date")]
    [Required(ErrorMessage = "Enter the date of the submission.")]
    public DateOnly? SubmittedOn { get; set; }
}

[LocalizedWith(typeof(RegisterResource))]
public sealed class EvaluationForm
{
    [Display(Name = "Council level")]
    [Required(ErrorMessage = "Choose the council level.")]
    public CouncilLevel? Level { get; set; }

    [Display(Name = "Criteria set")]
    [Required(ErrorMessage = "Choose the criteria set.")]
    public CriteriaSet? Set { get; set; } = CriteriaSet.Decision148;

    [Display(Name = "Part A – production organisation and community strength")]
    [Required(ErrorMessage = "Enter the score of part A.")]
    [ModelBinder(typeof(ScoreModelBinder))]
    public decimal? ScoreA { get; set; }

    [Display(Name = "Part B – marketing capacity and product story")]
    [Required(ErrorMessage = "Enter the score of part B.")]
    [ModelBinder(typeof(ScoreModelBinder))]
    public decimal? ScoreB { get; set; }

    [Display(Name = "Part C – product quality")]
    [Required(ErrorMessage = "Enter the score of part C.")]
    [ModelBinder(typeof(ScoreModelBinder))]
    public decimal? ScoreC { get; set; }

    [Display(Name = "Evaluation date")]
    [Required(ErrorMessage = "Enter the date of the evaluation.")]
    public DateOnly? EvaluatedOn { get; set; }

    public CouncilEvaluation ToCommand() => new(Level!.Value, Set!.Value, ScoreA!.Value, ScoreB!.Value, ScoreC!.Value, EvaluatedOn!.Value);
}

[LocalizedWith(typeof(RegisterResource))]
public sealed class IssueForm
{
    [Display(Name = "Decision number")]
    [Required(ErrorMessage = "Enter the decision number.")]
    [StringLength(CertificateIssuer.DecisionNumberMaxLength, ErrorMessage = "{0} is too long (at most {1} characters).")]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Issuing body")]
    [Required(ErrorMessage = "Enter the issuing body.")]
    [StringLength(CertificateIssuer.IssuingBodyMaxLength, ErrorMessage = "{0} is too long (at most {1} characters).")]
    public string? IssuingBody { get; set; }

    [Display(Name = "Decision date")]
    [Required(ErrorMessage = "Enter the date of the decision.")]
    public DateOnly? IssuedOn { get; set; }

    [Display(Name = "Expiry date")]
    public DateOnly? ExpiresOn { get; set; }

    public CertificateIssue ToCommand() => new(DecisionNumber!, IssuingBody!, IssuedOn!.Value, ExpiresOn);
}

/// <summary>A certificate as the dossier and certificate pages mention it.</summary>
public sealed record CertificateSummary(int Id, int Stars, string DecisionNumber, string IssuingBody, DateOnly IssuedOn, DateOnly ExpiresOn, CertificateStatus Status);

public sealed class DossierDetailsModel
{
    public required EvaluationDossier Dossier { get; init; }
    public required string ProductName { get; init; }
    public required string ProductSlug { get; init; }
    public required string ProducerName { get; init; }
    /// <summary>The product's latest certificate other than this dossier's (what a re-evaluation or upgrade follows).</summary>
    public CertificateSummary? Previous { get; init; }
    /// <summary>The certificate this dossier produced.</summary>
    public CertificateSummary? Certificate { get; init; }
    /// <summary>Why the certificate cannot be issued as things stand (a 5★ score from a province council, an upgrade that does not raise the rank).</summary>
    public string? IssueBlocker { get; init; }
    public DateOnly Today { get; init; }

    public AssessmentForm Assessment { get; set; } = new();
    public SubmitForm Submit { get; set; } = new();
    public EvaluationForm Evaluation { get; set; } = new();
    public IssueForm Issue { get; set; } = new();

    public bool CanAssess => Dossier.Status is DossierStatus.Draft or DossierStatus.CommuneAssessed;
    public bool CanSubmit => Dossier.Status == DossierStatus.CommuneAssessed && Dossier.CommuneAssessmentPassed == true;
    public bool CanEvaluate => Dossier.Status is DossierStatus.Submitted or DossierStatus.Evaluated;
    public bool CanIssue => Dossier.Status == DossierStatus.Evaluated && IssueBlocker is null;
    public bool CanWithdraw => !DossierWorkflow.Closed.Contains(Dossier.Status);
}
