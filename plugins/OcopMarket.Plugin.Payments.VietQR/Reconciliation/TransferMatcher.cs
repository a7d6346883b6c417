using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Orders;
using OcopMarket.Core.Payments;

namespace OcopMarket.Plugin.Payments.VietQR.Reconciliation;

/// <summary>What reconciling a statement row will do.</summary>
public enum TransferMatch
{
    /// <summary>The order waits for this money and the amount covers it: it will be marked paid.</summary>
    Pay = 1,
    /// <summary>The money arrived after the order expired or was cancelled: recorded, and staff must refund it.</summary>
    PayLate = 2,
    /// <summary>Less than the order total: not recorded; staff ask the buyer for the rest.</summary>
    Short = 3,
    /// <summary>The order was already paid by another transfer: not recorded; check for a double payment.</summary>
    AlreadyPaid = 4,
    /// <summary>This bank reference was recorded before (the same statement uploaded again): nothing to do.</summary>
    AlreadyRecorded = 5,
    /// <summary>No VietQR order number in the description.</summary>
    Unknown = 6,
}

public sealed record ReconcileLine(StatementRow Row, TransferMatch Match, int? OrderId, string? OrderNumber, long? OrderTotal)
{
    public bool WillRecord => Match is TransferMatch.Pay or TransferMatch.PayLate;
}

/// <summary>
/// Finds the order each incoming transfer pays: the order number in the description (buyers and banks add
/// spaces, dashes or lower case: "ocp 261125-4ABCD" still matches), then compares the amount.
/// </summary>
public sealed partial class TransferMatcher(OcopDbContext db)
{
    public async Task<IReadOnlyList<ReconcileLine>> MatchAsync(IReadOnlyList<StatementRow> rows, CancellationToken ct = default)
    {
        var candidates = rows.ToDictionary(r => r, r => OrderNumbersIn(r.Description));
        var numbers = candidates.Values.SelectMany(n => n).Distinct().ToList();
        var orders = await db.Orders.AsNoTracking()
            .Where(o => numbers.Contains(o.Number) && o.PaymentMethod == VietQrPlugin.Name)
            .Select(o => new { o.Id, o.Number, o.Total, o.Status, o.PaymentStatus })
            .ToDictionaryAsync(o => o.Number, ct);
        var references = rows.Select(r => r.Reference).Distinct().ToList();
        var recorded = (await db.Payments.AsNoTracking()
            .Where(p => p.Provider == VietQrPlugin.Name && p.ProviderReference != null && references.Contains(p.ProviderReference))
            .Select(p => p.ProviderReference!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        var lines = new List<ReconcileLine>();
        var paidNow = new HashSet<int>();
        foreach (var row in rows)
        {
            var order = candidates[row].Select(orders.GetValueOrDefault).FirstOrDefault(o => o is not null);
            TransferMatch match;
            // The reference is checked first: the same statement uploaded twice (or a row repeated) records nothing twice.
            if (!recorded.Add(row.Reference)) match = TransferMatch.AlreadyRecorded;
            else if (order is null) match = TransferMatch.Unknown;
            else if (row.Amount < order.Total) match = TransferMatch.Short;
            else if (order.PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded || paidNow.Contains(order.Id))
                match = TransferMatch.AlreadyPaid;
            else if (order.Status == OrderStatus.Cancelled || order.PaymentStatus == PaymentStatus.Expired) match = TransferMatch.PayLate;
            else if (order.PaymentStatus is PaymentStatus.Pending or PaymentStatus.Failed) match = TransferMatch.Pay;
            else match = TransferMatch.Unknown; // COD-like states cannot carry a VietQR order, but never guess
            if (match is TransferMatch.Pay or TransferMatch.PayLate) paidNow.Add(order!.Id);
            lines.Add(new ReconcileLine(row, match, order?.Id, order?.Number, order?.Total));
        }
        return lines;
    }

    /// <summary>Every order number written in the text, however it is spaced or cased.</summary>
    public static IReadOnlyList<string> OrderNumbersIn(string description)
    {
        var squeezed = Separators().Replace(VietnameseText.Fold(description).ToUpperInvariant(), "");
        return OrderNumber().Matches(squeezed).Select(m => m.Value).Distinct().ToList();
    }

    [GeneratedRegex(@"[\s\-_.,/:]+")]
    private static partial Regex Separators();

    // "OCP" + yyMMdd + 5 letters/digits (OrderPlacement's format).
    [GeneratedRegex("OCP[0-9]{6}[A-Z0-9]{5}")]
    private static partial Regex OrderNumber();
}
