using OcopMarket.Core.Orders;

namespace OcopMarket.Plugin.Payments.VietQR.Reconciliation;

public sealed record ReconcileOutcome(int Paid, int PaidLate, int Failed);

/// <summary>
/// Records the payments a reconciliation preview promised. Each row goes through OrderPayments, which is
/// idempotent by the bank reference, so an interrupted run or the same file confirmed twice pays nothing twice.
/// </summary>
public sealed class TransferReconciliation(TransferMatcher matcher, OrderPayments payments)
{
    public async Task<(IReadOnlyList<ReconcileLine> Lines, ReconcileOutcome Outcome)> ConfirmAsync(IReadOnlyList<StatementRow> rows, int? userId, CancellationToken ct = default)
    {
        // Matched again now, not trusted from the preview: an order may have been paid or expired meanwhile.
        var lines = await matcher.MatchAsync(rows, ct);
        int paid = 0, late = 0, failed = 0;
        foreach (var line in lines.Where(l => l.WillRecord))
        {
            var result = await payments.RecordPaymentAsync(line.OrderId!.Value, VietQrPlugin.Name, line.Row.Reference, line.Row.Amount, userId, ct);
            if (!result.Succeeded) failed++;
            else if (line.Match == TransferMatch.PayLate) late++;
            else paid++;
        }
        return (lines, new ReconcileOutcome(paid, late, failed));
    }
}
