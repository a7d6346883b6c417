using System.ComponentModel.DataAnnotations;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Register;

public sealed class InspectionListQuery : ListQuery
{
    public InspectionStatus? Status { get; set; }
    public InspectionOutcome? Outcome { get; set; }
}

public sealed class InspectionRow
{
    public int Id { get; init; }
    public int ProducerId { get; init; }
    public string ProducerName { get; init; } = "";
    public int? ProductId { get; init; }
    public string? ProductName { get; init; }
    public DateOnly? PlannedOn { get; init; }
    public DateOnly? InspectedOn { get; init; }
    public string InspectorName { get; init; } = "";
    public InspectionStatus Status { get; init; }
    public InspectionOutcome? Outcome { get; init; }
}

public sealed record InspectionListModel(PagedList<InspectionRow> Page, InspectionListQuery Query, int OpenCount, int ProposedRevocations);

[LocalizedWith(typeof(RegisterResource))]
public sealed class InspectionPlanForm
{
    [Display(Name = "Producer")]
    [Required(ErrorMessage = "Choose the producer to inspect.")]
    public int? ProducerId { get; set; }

    [Display(Name = "Product (optional)")]
    public int? ProductId { get; set; }

    [Display(Name = "Planned date")]
    [Required(ErrorMessage = "Enter the planned date.")]
    public DateOnly? PlannedOn { get; set; }

    [Display(Name = "Inspector")]
    [Required(ErrorMessage = "Choose the inspector.")]
    public int? InspectorUserId { get; set; }

    public InspectionPlan ToCommand() => new(ProducerId!.Value, ProductId, PlannedOn!.Value, InspectorUserId!.Value);
}

public sealed record NamedOption(int Id, string Name);

/// <summary>A producer to choose, with its products (for the optional product list).</summary>
public sealed record ProducerOption(int Id, string Name, IReadOnlyList<NamedOption> Products);

public sealed class InspectionCreateModel
{
    public InspectionPlanForm Form { get; set; } = new();
    public IReadOnlyList<ProducerOption> Producers { get; set; } = [];
    public IReadOnlyList<NamedOption> Inspectors { get; set; } = [];
}

[LocalizedWith(typeof(RegisterResource))]
public sealed class InspectionRecordForm
{
    [Display(Name = "Inspection date")]
    [Required(ErrorMessage = "Enter the date of the inspection.")]
    public DateOnly? InspectedOn { get; set; }

    [Display(Name = "Production is continuing")]
    public bool? ProductionContinuing { get; set; }

    [Display(Name = "The OCOP stamp is used correctly")]
    public bool? StampUseCorrect { get; set; }

    [Display(Name = "Food safety conditions are met")]
    public bool? FoodSafetyOk { get; set; }

    [Display(Name = "Packaging and label comply")]
    public bool? PackagingLabelOk { get; set; }

    [Display(Name = "Findings")]
    [StringLength(InspectionWorkflow.FindingsMaxLength, ErrorMessage = "{0} is too long (at most {1} characters).")]
    public string? Findings { get; set; }

    [Display(Name = "Outcome")]
    [Required(ErrorMessage = "Choose the outcome of the inspection.")]
    public InspectionOutcome? Outcome { get; set; }

    public InspectionFindings ToCommand() =>
        new(InspectedOn!.Value, ProductionContinuing, StampUseCorrect, FoodSafetyOk, PackagingLabelOk, Findings, Outcome!.Value);
}

/// <summary>A valid certificate an inspection proposes to revoke.</summary>
public sealed record RevocationTarget(int CertificateId, string ProductName, int Stars, string DecisionNumber, DateOnly ExpiresOn);

public sealed class InspectionDetailsModel
{
    public required Inspection Inspection { get; init; }
    public required string ProducerName { get; init; }
    public required string ProducerSlug { get; init; }
    public string? ProductName { get; init; }
    public string? ProductSlug { get; init; }
    /// <summary>The valid certificates concerned: the product's, or every product's of the producer when no product was named.</summary>
    public IReadOnlyList<RevocationTarget> ValidCertificates { get; init; } = [];
    public InspectionRecordForm Record { get; set; } = new();
}
