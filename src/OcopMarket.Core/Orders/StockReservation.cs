using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Search;

namespace OcopMarket.Core.Orders;

/// <summary>
/// Takes stock for an order and gives it back, each as one conditional UPDATE, so two buyers can
/// never both get the last unit: "decrement if at least n are left" is decided by the database,
/// not by a read followed by a write. Call inside the order's transaction; the caller's next
/// SaveChanges also queues the product for the search index ("in stock" facet), since a bulk
/// UPDATE bypasses the change tracker and its save hooks.
/// </summary>
public sealed class StockReservation(OcopDbContext db, TimeProvider time)
{
    /// <returns>True when <paramref name="quantity"/> units were taken; false (nothing changed) when fewer are left.</returns>
    public async Task<bool> TryReserveAsync(int productId, int quantity, CancellationToken ct = default)
    {
        if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "Reserve at least one unit.");
        var rows = await db.Products
            .Where(p => p.Id == productId && p.IsPublished && p.StockQuantity >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.StockQuantity, p => p.StockQuantity - quantity), ct);
        if (rows == 1) QueueForIndex(productId);
        return rows == 1;
    }

    /// <summary>Returns units to stock (cancellation, expired payment).</summary>
    public async Task ReleaseAsync(int productId, int quantity, CancellationToken ct = default)
    {
        if (quantity <= 0) return;
        await db.Products
            .Where(p => p.Id == productId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.StockQuantity, p => p.StockQuantity + quantity), ct);
        QueueForIndex(productId);
    }

    private void QueueForIndex(int productId) =>
        db.SearchIndexQueue.Add(new SearchIndexQueueItem { Target = IndexTarget.Product, TargetId = productId, QueuedAt = time.GetUtcNow() });
}
