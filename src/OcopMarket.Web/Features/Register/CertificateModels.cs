using System.ComponentModel.DataAnnotations;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Certification.Register;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Register;

public sealed class CertificateListQuery : ListQuery
{
    /// <summary>Valid (more than 90 days left), Expiring, Expired or Revoked, by today's date.</summary>
    public CertificateStatus? Status { get; set; }
    public int? Stars { get; set; }
}

public sealed class CertificateRow
{
    public int Id { get; init; }
    public int ProductId { get; init; }
    public string ProductName { get; init; } = "";
    public string ProducerName { get; init; } = "";
    public int Stars { get; init; }
    public string DecisionNumber { get; init; } = "";
    public string IssuingBody { get; init; } = "";
    public CouncilLevel CouncilLevel { get; init; }
    public DateOnly IssuedOn { get; init; }
    public DateOnly ExpiresOn { get; init; }
    public DateOnly? RevokedOn { get; init; }
    public CertificateKind Kind { get; init; }
    /// <summary>Computed after the page is read (by date, in memory, with the same rule the filter ran in SQL).</summary>
    public CertificateStatus Status { get; set; }
}

public sealed record CertificateCounts(int Valid, int Expiring, int Expired, int Revoked);

public sealed record CertificateListModel(PagedList<CertificateRow> Page, CertificateListQuery Query, CertificateCounts Counts);

[LocalizedWith(typeof(RegisterResource))]
public sealed class RevokeForm
{
    [Display(Name = "Reason for the revocation")]
    [Required(ErrorMessage = "Give the reason for the revocation.")]
    [StringLength(CertificateRevocation.ReasonMaxLength, ErrorMessage = "{0} is too long (at most {1} characters).")]
    public string? Reason { get; set; }

    [Display(Name = "Revocation decision number")]
    [Required(ErrorMessage = "Enter the number of the revocation decision.")]
    [StringLength(CertificateIssuer.DecisionNumberMaxLength, ErrorMessage = "{0} is too long (at most {1} characters).")]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Revocation date")]
    public DateOnly? RevokedOn { get; set; }

    public Revocation ToCommand() => new(Reason!, DecisionNumber!, RevokedOn);
}

/// <summary>An inspection of the certified product (or of its producer as a whole), as the certificate page lists them.</summary>
public sealed record InspectionSummary(int Id, DateOnly? PlannedOn, DateOnly? InspectedOn, string InspectorName, InspectionStatus Status, InspectionOutcome? Outcome);

public sealed class CertificateDetailsModel
{
    public required Certificate Certificate { get; init; }
    public required CertificateStatus Status { get; init; }
    public required string ProductName { get; init; }
    public required string ProductSlug { get; init; }
    public required int ProducerId { get; init; }
    public required string ProducerName { get; init; }
    /// <summary>Every certificate of the product, oldest first; this one included.</summary>
    public required IReadOnlyList<CertificateSummary> History { get; init; }
    public CertificateSummary? Previous { get; init; }
    public CertificateSummary? Next { get; init; }
    public IReadOnlyList<InspectionSummary> Inspections { get; init; } = [];
    /// <summary>An open dossier of the product, if any (a new one cannot be opened meanwhile).</summary>
    public int? OpenDossierId { get; init; }
    public DateOnly Today { get; init; }
    public RevokeForm Revoke { get; set; } = new();
}
