using OcopMarket.Core.Common;

namespace OcopMarket.Core.Certification;

public enum CouncilLevel
{
    Commune = 0,
    District = 1,
    Province = 2,
    Central = 3,
}

/// <summary>Which criteria set the evaluation used (parts and bands differ).</summary>
public enum CriteriaSet
{
    /// <summary>Decision 1048/QĐ-TTg (2019): may carry 1★ and 2★.</summary>
    Decision1048 = 1048,
    /// <summary>Decision 148/QĐ-TTg (2023).</summary>
    Decision148 = 148,
}

/// <summary>How a certificate came about: a first evaluation, a re-evaluation (same or lower rank), an upgrade, or a row imported from the office's old register.</summary>
public enum CertificateKind
{
    Initial = 1,
    ReEvaluation = 2,
    Upgrade = 3,
    Imported = 4,
}

/// <summary>An OCOP certificate (giấy chứng nhận). The star rank belongs here, not to the product.</summary>
public class Certificate : Entity, Audit.IAudited
{
    public int ProductId { get; set; }
    public string DecisionNumber { get; set; } = "";
    public string IssuingBody { get; set; } = "";
    public CouncilLevel CouncilLevel { get; set; }
    public CriteriaSet CriteriaSet { get; set; } = CriteriaSet.Decision148;
    public int Stars { get; set; }
    public decimal? Score { get; set; }
    public DateOnly IssuedOn { get; set; }
    /// <summary>36 months after IssuedOn unless the decision says otherwise.</summary>
    public DateOnly ExpiresOn { get; set; }
    public DateOnly? RevokedOn { get; set; }
    public string? RevocationReason { get; set; }
    public string? RevocationDecisionNumber { get; set; }
    public CertificateKind Kind { get; set; } = CertificateKind.Initial;
    /// <summary>The dossier whose evaluation produced it (none for imported or seeded rows).</summary>
    public int? DossierId { get; set; }
    /// <summary>The certificate this one follows (re-evaluation or upgrade); the old one stays as history.</summary>
    public int? PreviousCertificateId { get; set; }
}
