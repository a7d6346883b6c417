using OcopMarket.Core.Common;

namespace OcopMarket.Core.Places;

public enum AdminUnitLevel
{
    Province = 1,
    District = 2,
    Commune = 3,
}

/// <summary>
/// An administrative unit with validity dates. Since 1 July 2025 there is no district level and many
/// units merged; old units stay (ValidTo set, SuccessorId pointing at today's unit) so that old
/// certificates and addresses still read right.
/// </summary>
public class AdminUnit : Entity
{
    /// <summary>GSO code, prefixed by level and era to stay unique (e.g. "P38", "C15667", "OC15670").</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public AdminUnitLevel Level { get; set; }
    public int? ParentId { get; set; }
    public AdminUnit? Parent { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    /// <summary>The unit this one was merged into (for units that ended with the 2025 reform).</summary>
    public int? SuccessorId { get; set; }
    public AdminUnit? Successor { get; set; }

    public bool IsCurrent(DateOnly on) =>
        (ValidFrom is null || ValidFrom <= on) && (ValidTo is null || on <= ValidTo);
}
