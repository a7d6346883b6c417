using OcopMarket.Core.Common;

namespace OcopMarket.Core.Certification;

public enum InspectionStatus
{
    Open = 0,
    Completed = 1,
}

public enum InspectionOutcome
{
    Ok = 1,
    Warning = 2,
    ProposeRevocation = 3,
}

/// <summary>An inspection of a certified producer (and optionally one product) after certification.</summary>
public class Inspection : Entity, Audit.IAudited
{
    public int ProducerId { get; set; }
    public int? ProductId { get; set; }
    public InspectionStatus Status { get; set; } = InspectionStatus.Open;
    public DateOnly? PlannedOn { get; set; }
    public DateOnly? InspectedOn { get; set; }
    public int? InspectorUserId { get; set; }
    public string InspectorName { get; set; } = "";

    // Findings: null = not checked.
    public bool? ProductionContinuing { get; set; }
    public bool? StampUseCorrect { get; set; }
    public bool? FoodSafetyOk { get; set; }
    public bool? PackagingLabelOk { get; set; }
    public string? Findings { get; set; }
    public InspectionOutcome? Outcome { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
