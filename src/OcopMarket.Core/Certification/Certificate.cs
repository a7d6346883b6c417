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

/// <summary>An OCOP certificate (giấy chứng nhận). The star rank belongs here, not to the product.</summary>
public class Certificate : Entity
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
}
