using OcopMarket.Core.Common;

namespace OcopMarket.Core.Catalog.Moderation;

public enum ChangeRequestStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>
/// A producer's change to an approved listing's name, category or images. The live listing keeps
/// its current values until the office approves; price and description changes never come here.
/// </summary>
public class ProductChangeRequest : Entity, Audit.IAudited
{
    public int ProductId { get; set; }
    public string ProposedName { get; set; } = "";
    public string? ProposedNameEn { get; set; }
    public int ProposedCategoryId { get; set; }
    /// <summary>Media file ids in display order, comma-separated.</summary>
    public string ProposedImageIds { get; set; } = "";
    public ChangeRequestStatus Status { get; set; } = ChangeRequestStatus.Pending;
    public string? DecisionNote { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public int? SubmittedByUserId { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public int? DecidedByUserId { get; set; }

    public IReadOnlyList<int> ImageIds =>
        ProposedImageIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}
