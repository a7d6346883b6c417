using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;

namespace OcopMarket.Core.Certification.Register;

/// <summary>
/// Inspections after certification: planned for a producer (optionally one product) and an inspector,
/// then recorded once with the four findings and an outcome, which completes them.
/// </summary>
public sealed class InspectionWorkflow(OcopDbContext db, CertificateStatusPolicy calendar, TimeProvider time)
{
    public const string NoSuchInspection = "The inspection does not exist.";
    public const string NoSuchProducer = "Choose the producer to inspect.";
    public const string ProductOfAnotherProducer = "The product does not belong to this producer.";
    public const string NotAnInspector = "Choose an inspector (a user with the Inspector or office role).";
    public const string AlreadyRecorded = "This inspection has already been recorded.";
    public const string UnknownOutcome = "Choose the outcome of the inspection.";
    public const string DescribeFindings = "Describe what was found when the outcome is a warning or a revocation proposal.";

    public const int FindingsMaxLength = 4000;

    /// <summary>The roles whose users may carry out an inspection (see <see cref="Roles.Inspection"/>).</summary>
    public static readonly string[] InspectorRoles = [Roles.Inspector, Roles.OfficeStaff, Roles.Administrator];

    public async Task<OperationResult<int>> PlanAsync(InspectionPlan plan, CancellationToken ct = default)
    {
        if (!await db.Producers.AnyAsync(p => p.Id == plan.ProducerId, ct)) return OperationResult<int>.Fail(NoSuchProducer);
        if (plan.ProductId is { } productId && !await db.Products.AnyAsync(p => p.Id == productId && p.ProducerId == plan.ProducerId, ct))
            return OperationResult<int>.Fail(ProductOfAnotherProducer);
        var inspector = await EligibleInspectors().Where(u => u.Id == plan.InspectorUserId).Select(u => new { u.FullName, u.Email }).FirstOrDefaultAsync(ct);
        if (inspector is null) return OperationResult<int>.Fail(NotAnInspector);

        var inspection = new Inspection
        {
            ProducerId = plan.ProducerId,
            ProductId = plan.ProductId,
            PlannedOn = plan.PlannedOn,
            InspectorUserId = plan.InspectorUserId,
            InspectorName = string.IsNullOrWhiteSpace(inspector.FullName) ? inspector.Email ?? "" : inspector.FullName,
            Status = InspectionStatus.Open,
            CreatedAt = time.GetUtcNow(),
        };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return OperationResult<int>.Ok(inspection.Id);
    }

    public async Task<OperationResult> RecordAsync(int inspectionId, InspectionFindings findings, CancellationToken ct = default)
    {
        var inspection = await db.Inspections.FirstOrDefaultAsync(i => i.Id == inspectionId, ct);
        if (inspection is null) return OperationResult.Fail(NoSuchInspection);
        if (inspection.Status == InspectionStatus.Completed) return OperationResult.Fail(AlreadyRecorded);
        if (!Enum.IsDefined(findings.Outcome)) return OperationResult.Fail(UnknownOutcome);
        if (findings.InspectedOn > calendar.Today) return OperationResult.Fail(DossierWorkflow.DateInFuture);
        var text = RegisterText.Clean(findings.Findings);
        if (RegisterText.CheckLength(text, FindingsMaxLength, "Findings") is { } tooLong) return tooLong;
        if (findings.Outcome != InspectionOutcome.Ok && text is null) return OperationResult.Fail(DescribeFindings);

        inspection.InspectedOn = findings.InspectedOn;
        inspection.ProductionContinuing = findings.ProductionContinuing;
        inspection.StampUseCorrect = findings.StampUseCorrect;
        inspection.FoodSafetyOk = findings.FoodSafetyOk;
        inspection.PackagingLabelOk = findings.PackagingLabelOk;
        inspection.Findings = text;
        inspection.Outcome = findings.Outcome;
        inspection.Status = InspectionStatus.Completed;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>Users who may be named as the inspector, for the planning form's list and the check above.</summary>
    public IQueryable<AppUser> EligibleInspectors()
    {
        var roleIds = db.Roles.Where(r => InspectorRoles.Contains(r.Name!)).Select(r => r.Id);
        var userIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return db.Users.Where(u => userIds.Contains(u.Id));
    }
}
