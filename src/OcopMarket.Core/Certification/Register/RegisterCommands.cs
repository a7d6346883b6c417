namespace OcopMarket.Core.Certification.Register;

/// <summary>The commune's check of the local criteria (DOMAIN.md), the gate before a dossier may be submitted.</summary>
public sealed record CommuneAssessment(
    string? LocalRawMaterials, string? LocalLabour, string? IdeaOrigin, string? LocalIdentity, bool Passed, DateOnly AssessedOn);

/// <summary>The council's result: who evaluated, under which criteria set, the three part scores and the date.</summary>
public sealed record CouncilEvaluation(CouncilLevel Level, CriteriaSet Set, decimal ScoreA, decimal ScoreB, decimal ScoreC, DateOnly EvaluatedOn);

/// <summary>The decision that certifies an evaluated dossier. Without <see cref="ExpiresOn"/> it runs 36 months.</summary>
public sealed record CertificateIssue(string DecisionNumber, string IssuingBody, DateOnly IssuedOn, DateOnly? ExpiresOn = null);

/// <summary>A revocation decision. Without <see cref="RevokedOn"/> it takes effect today.</summary>
public sealed record Revocation(string Reason, string DecisionNumber, DateOnly? RevokedOn = null);

/// <summary>An inspection to carry out: the producer (and optionally one of its products), when, and by whom.</summary>
public sealed record InspectionPlan(int ProducerId, int? ProductId, DateOnly PlannedOn, int InspectorUserId);

/// <summary>What the inspector found. A null finding was not checked.</summary>
public sealed record InspectionFindings(
    DateOnly InspectedOn, bool? ProductionContinuing, bool? StampUseCorrect, bool? FoodSafetyOk, bool? PackagingLabelOk,
    string? Findings, InspectionOutcome Outcome);

/// <summary>What a council evaluation led to: the total, the stars (0 = not ranked) and, when the council could not grant them itself, why.</summary>
public sealed record EvaluationResult(decimal Total, int Stars, DossierStatus Status, CouncilRuling Ruling);
