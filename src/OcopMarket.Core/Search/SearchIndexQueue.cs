using FluentMigrator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Data;
using OcopMarket.Core.Producers;

namespace OcopMarket.Core.Search;

public enum IndexTarget
{
    Product = 1,
    /// <summary>All products of a producer (its name, place or visibility changed).</summary>
    Producer = 2,
}

/// <summary>
/// The search index backlog (Smartstore's idea): a row per changed product or producer, written in
/// the same transaction as the change, drained by a background worker. Indexing is incremental and
/// survives a crash or restart between the save and the index update.
/// </summary>
public class SearchIndexQueueItem
{
    public long Id { get; set; }
    public IndexTarget Target { get; set; }
    public int TargetId { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
}

internal sealed class SearchIndexQueueItemConfiguration : IEntityTypeConfiguration<SearchIndexQueueItem>
{
    public void Configure(EntityTypeBuilder<SearchIndexQueueItem> b) => b.ToTable("SearchIndexQueue");
}

[Migration(2026112506, "Search: index backlog")]
public sealed class SearchIndexQueueMigration(MigrationDialect dialect) : OcopMigration(dialect)
{
    public override void Up() =>
        Create.Table("SearchIndexQueue")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Target").AsInt32().NotNullable()
            .WithColumn("TargetId").AsInt32().NotNullable()
            .WithColumn("QueuedAt").AsTimestamp(this).NotNullable();

    public override void Down() => Delete.Table("SearchIndexQueue");
}

/// <summary>
/// The save hook: any change to a product, its certificates or images, or a producer, queues it in
/// the same SaveChanges. Rows for products being inserted (no id yet) are added right after the
/// insert, in the caller's transaction when there is one.
/// </summary>
public sealed class SearchIndexQueueHook : SavingChangesHook
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<object>> _pending = new();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && TakePending(db)) db.SaveChanges();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && TakePending(db)) await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    protected override void OnSaving(DbContext context)
    {
        var now = DateTimeOffset.UtcNow;
        var seen = new HashSet<(IndexTarget, int)>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var (target, id) = Target(entry.Entity);
            if (target == 0) continue;
            if (id > 0)
            {
                if (seen.Add((target, id)))
                    context.Add(new SearchIndexQueueItem { Target = target, TargetId = id, QueuedAt = now });
            }
            else
            {
                _pending.GetOrCreateValue(context).Add(entry.Entity);
            }
        }
    }

    private bool TakePending(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var pending) || pending.Count == 0) return false;
        _pending.Remove(context);
        var now = DateTimeOffset.UtcNow;
        foreach (var (target, id) in pending.Select(Target).Where(t => t.Item2 > 0).Distinct())
            context.Add(new SearchIndexQueueItem { Target = target, TargetId = id, QueuedAt = now });
        return true;
    }

    private static (IndexTarget, int) Target(object entity) => entity switch
    {
        Product p => (IndexTarget.Product, p.Id),
        Certificate c => (IndexTarget.Product, c.ProductId),
        ProductImage i => (IndexTarget.Product, i.ProductId),
        Producer p => (IndexTarget.Producer, p.Id),
        _ => (0, 0),
    };
}
