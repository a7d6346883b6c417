using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Traceability;
using OcopMarket.Web.Tests.Infrastructure;

namespace OcopMarket.Web.Tests.Stamps;

/// <summary>Lots made for one test (on a seeded product of the producer, with a unique code) and removed after it.</summary>
public static class StampTestData
{
    public sealed record TestLot(int Id, string Code, string Gtin14, int ProductId, string ProductName);

    public static Task<TestLot> CreateLotAsync(this OcopWebFactory site, int producerId, int quantity) => site.DbAsync(async db =>
    {
        var product = await db.Products.Where(p => p.ProducerId == producerId && p.Gtin != null).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.Gtin }).FirstAsync();
        var lot = new Lot
        {
            ProductId = product.Id,
            Code = "T" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant(),
            Gtin = Gtin.ToGtin14(product.Gtin)!,
            ProducedOn = new DateOnly(2026, 11, 1),
            Quantity = quantity,
            CreatedAt = site.Time.GetUtcNow(),
        };
        db.Lots.Add(lot);
        await db.SaveChangesAsync();
        return new TestLot(lot.Id, lot.Code, lot.Gtin, product.Id, product.Name);
    });

    /// <summary>Removes the lots with their stamps and series (and any scans of them).</summary>
    public static Task DeleteLotsAsync(this OcopWebFactory site, params int[] lotIds) => site.DbAsync(async db =>
    {
        await db.StampScans.Where(s => s.LotId != null && lotIds.Contains(s.LotId.Value)).ExecuteDeleteAsync();
        await db.StampAnomalies.Where(s => s.LotId != null && lotIds.Contains(s.LotId.Value)).ExecuteDeleteAsync();
        await db.Stamps.Where(s => lotIds.Contains(s.LotId)).ExecuteDeleteAsync();
        await db.StampSeries.Where(s => lotIds.Contains(s.LotId)).ExecuteDeleteAsync();
        await db.Lots.Where(l => lotIds.Contains(l.Id)).ExecuteDeleteAsync();
    });
}
