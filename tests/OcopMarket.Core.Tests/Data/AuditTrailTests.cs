using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Identity;

namespace OcopMarket.Core.Tests.Data;

public sealed class AuditTrailTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static List<AuditChange> ChangesOf(AuditEntry entry) => JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes)!;

    [Fact]
    public async Task Creating_an_audited_row_records_who_when_and_its_new_key()
    {
        var product = await _database.SeedProductAsync();

        await using var db = _database.NewDb();
        var entry = await db.AuditLog.SingleAsync(a => a.EntityType == "Product");
        Assert.Equal(AuditAction.Created, entry.Action);
        Assert.Equal(product.Id.ToString(), entry.EntityId);
        Assert.Equal(42, entry.UserId);
        Assert.Equal("canbo@ocopmarket.test", entry.UserName);
        Assert.Equal(_database.Time.GetUtcNow(), entry.At);
        var changes = ChangesOf(entry);
        Assert.Contains(changes, c => c.Property == "Id" && c.After == product.Id.ToString());
        Assert.Contains(changes, c => c.Property == "Price" && c.Before == null && c.After == "120000");
        // The producer created in the same save is audited too; the category as well.
        Assert.True(await db.AuditLog.AnyAsync(a => a.EntityType == "Producer" && a.Action == AuditAction.Created));
    }

    [Fact]
    public async Task An_update_records_only_the_changed_properties_with_before_and_after()
    {
        var product = await _database.SeedProductAsync();
        _database.Actor.UserId = 7;
        _database.Actor.Name = "nhasx@ocopmarket.test";
        await using (var db = _database.NewDb())
        {
            var p = await db.Products.SingleAsync(x => x.Id == product.Id);
            p.Price = 135_000;
            p.StockQuantity = 5; // unchanged value: not a change
            p.UpdatedAt = _database.Time.GetUtcNow().AddMinutes(1); // bookkeeping: not recorded
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewDb();
        var entry = await check.AuditLog.SingleAsync(a => a.EntityType == "Product" && a.Action == AuditAction.Updated);
        Assert.Equal(7, entry.UserId);
        var change = Assert.Single(ChangesOf(entry));
        Assert.Equal(new AuditChange("Price", "120000", "135000"), change);
    }

    [Fact]
    public async Task A_save_without_real_changes_writes_no_audit_row()
    {
        var product = await _database.SeedProductAsync();
        await using var db = _database.NewDb();
        var before = await db.AuditLog.CountAsync();
        var p = await db.Products.SingleAsync(x => x.Id == product.Id);
        p.Name = p.Name;
        await db.SaveChangesAsync();
        Assert.Equal(before, await db.AuditLog.CountAsync());
    }

    [Fact]
    public async Task Deleting_records_the_values_that_were_there()
    {
        var product = await _database.SeedProductAsync();
        await using (var db = _database.NewDb())
        {
            db.Products.Remove(await db.Products.SingleAsync(x => x.Id == product.Id));
            await db.SaveChangesAsync();
        }
        await using var check = _database.NewDb();
        var entry = await check.AuditLog.SingleAsync(a => a.EntityType == "Product" && a.Action == AuditAction.Deleted);
        Assert.Contains(ChangesOf(entry), c => c.Property == "Name" && c.Before == product.Name && c.After == null);
    }

    [Fact]
    public async Task Secrets_are_recorded_as_changed_but_never_by_value()
    {
        await using (var db = _database.NewDb())
        {
            db.Users.Add(new AppUser { UserName = "a@b.vn", Email = "a@b.vn", PasswordHash = "HASH-SECRET-VALUE", SecurityStamp = "STAMP", FullName = "Thử" });
            await db.SaveChangesAsync();
        }
        await using var check = _database.NewDb();
        var entry = await check.AuditLog.SingleAsync(a => a.EntityType == "AppUser");
        Assert.DoesNotContain("HASH-SECRET-VALUE", entry.Changes);
        Assert.DoesNotContain("STAMP", entry.Changes);
        Assert.Contains(ChangesOf(entry), c => c.Property == "PasswordHash" && c.After == "***");
    }

    [Fact]
    public async Task A_failed_save_leaves_neither_the_change_nor_its_audit_row()
    {
        var product = await _database.SeedProductAsync();
        await using (var db = _database.NewDb())
        {
            var p = await db.Products.SingleAsync(x => x.Id == product.Id);
            p.Price = 1;
            p.CategoryId = 999_999; // foreign key violation: the whole save fails
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await using var check = _database.NewDb();
        Assert.Equal(120_000, (await check.Products.SingleAsync(x => x.Id == product.Id)).Price);
        Assert.False(await check.AuditLog.AnyAsync(a => a.Action == AuditAction.Updated));
    }
}
