using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Certification.Register;

/// <summary>
/// Withdraws a certificate by decision (thu hồi). The badge goes as soon as the revocation date is
/// reached (<see cref="CertificateStatusPolicy"/>); the date defaults to today, so at once.
/// </summary>
public sealed class CertificateRevocation(OcopDbContext db, CertificateStatusPolicy calendar)
{
    public const string NoSuchCertificate = "The certificate does not exist.";
    public const string AlreadyRevoked = "This certificate was already revoked on {0:dd/MM/yyyy}.";
    public const string ReasonRequired = "Give the reason for the revocation.";
    public const string DecisionNumberRequired = "Enter the number of the revocation decision.";
    public const string RevokedBeforeIssue = "A certificate cannot be revoked before it was issued ({0:dd/MM/yyyy}).";

    public const int ReasonMaxLength = 1000;

    public async Task<OperationResult> RevokeAsync(int certificateId, Revocation revocation, CancellationToken ct = default)
    {
        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.Id == certificateId, ct);
        if (certificate is null) return OperationResult.Fail(NoSuchCertificate);
        if (certificate.RevokedOn is { } revoked) return OperationResult.Fail(AlreadyRevoked, revoked);

        var reason = RegisterText.Clean(revocation.Reason);
        var number = RegisterText.Clean(revocation.DecisionNumber);
        if (reason is null) return OperationResult.Fail(ReasonRequired);
        if (number is null) return OperationResult.Fail(DecisionNumberRequired);
        if ((RegisterText.CheckLength(reason, ReasonMaxLength, "Reason") ?? RegisterText.CheckLength(number, CertificateIssuer.DecisionNumberMaxLength, "Decision number")) is { } tooLong)
            return tooLong;
        var on = revocation.RevokedOn ?? calendar.Today;
        // Not later than today: a revocation the office records takes the badge away now, not on a future day.
        if (on > calendar.Today) return OperationResult.Fail(DossierWorkflow.DateInFuture);
        if (on < certificate.IssuedOn) return OperationResult.Fail(RevokedBeforeIssue, certificate.IssuedOn);

        certificate.RevokedOn = on;
        certificate.RevocationReason = reason;
        certificate.RevocationDecisionNumber = number;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }
}
