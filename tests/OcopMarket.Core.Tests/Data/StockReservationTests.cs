using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Orders;

namespace OcopMarket.Core.Tests.Data;

public sealed class StockReservationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Reserving_more_than_is_left_changes_nothing()
    {
        var product = await _database.SeedProductAsync(); // 5 in stock
        await using var db = _database.NewDb();
        var reservation = new StockReservation(db, _database.Time);
        Assert.False(await reservation.TryReserveAsync(product.Id, 6));
        Assert.True(await reservation.TryReserveAsync(product.Id, 5));
        Assert.False(await reservation.TryReserveAsync(product.Id, 1));
        await reservation.ReleaseAsync(product.Id, 2);
        Assert.Equal(2, await db.Products.Where(p => p.Id == product.Id).Select(p => p.StockQuantity).SingleAsync());
        await db.SaveChangesAsync();
        Assert.True(await db.SearchIndexQueue.AnyAsync(q => q.TargetId == product.Id), "stock changes must reach the search index");
    }

    [Fact]
    public async Task Concurrent_buyers_on_a_real_sqlite_file_never_take_more_than_the_stock()
    {
        var product = await _database.SeedProductAsync(); // 5 in stock
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            await using var db = _database.NewDb();
            await using var tx = await db.Database.BeginTransactionAsync();
            var ok = await new StockReservation(db, _database.Time).TryReserveAsync(product.Id, 1);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return ok;
        }));
        Assert.Equal(5, results.Count(r => r));
        await using var check = _database.NewDb();
        Assert.Equal(0, await check.Products.Where(p => p.Id == product.Id).Select(p => p.StockQuantity).SingleAsync());
    }
}
