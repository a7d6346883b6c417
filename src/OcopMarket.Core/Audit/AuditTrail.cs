using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace OcopMarket.Core.Audit;

/// <summary>
/// Turns the change tracker's audited entries into <see cref="AuditEntry"/> rows. Captured before the
/// save (original values are still known) and completed after it (inserted rows have their ids).
/// </summary>
public sealed class AuditTrail(IAuditActor actor, TimeProvider time)
{
    /// <summary>Recorded as "changed", never by value.</summary>
    private static readonly HashSet<string> Secret = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];
    /// <summary>Derived or bookkeeping columns that would only add noise.</summary>
    private static readonly HashSet<string> Ignored = ["SearchKey", "UpdatedAt", "NormalizedEmail", "NormalizedUserName", "NormalizedName"];
    private const string Hidden = "***";

    public static bool IsAudited(object entity) => entity is IAudited or IdentityUserRole<int>;

    public PendingAudit Capture(ChangeTracker tracker)
    {
        var items = new List<(EntityEntry Entry, AuditAction Action, List<AuditChange> Changes)>();
        foreach (var entry in tracker.Entries())
        {
            if (!IsAudited(entry.Entity)) continue;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Modified => AuditAction.Updated,
                EntityState.Deleted => AuditAction.Deleted,
                _ => (AuditAction?)null,
            };
            if (action is null) continue;
            var changes = Changes(entry, action.Value);
            if (action == AuditAction.Updated && changes.Count == 0) continue;
            items.Add((entry, action.Value, changes));
        }
        return new PendingAudit(items, actor, time.GetUtcNow());
    }

    private static List<AuditChange> Changes(EntityEntry entry, AuditAction action)
    {
        var changes = new List<AuditChange>();
        foreach (var p in entry.Properties)
        {
            var name = p.Metadata.Name;
            if (Ignored.Contains(name)) continue;
            if (action == AuditAction.Created && p.Metadata.IsPrimaryKey() && p.IsTemporary) continue;
            var before = action == AuditAction.Created ? null : Format(p.OriginalValue);
            var after = action == AuditAction.Deleted ? null : Format(p.CurrentValue);
            if (action == AuditAction.Updated && (!p.IsModified || before == after)) continue;
            if (action != AuditAction.Updated && before is null && after is null) continue;
            if (Secret.Contains(name))
            {
                before = before is null ? null : Hidden;
                after = after is null ? null : Hidden;
            }
            changes.Add(new AuditChange(name, before, after));
        }
        return changes;
    }

    internal static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

public sealed class PendingAudit
{
    private readonly List<(EntityEntry Entry, AuditAction Action, List<AuditChange> Changes)> _items;
    private readonly IAuditActor _actor;
    private readonly DateTimeOffset _at;

    internal PendingAudit(List<(EntityEntry, AuditAction, List<AuditChange>)> items, IAuditActor actor, DateTimeOffset at)
    {
        _items = items;
        _actor = actor;
        _at = at;
    }

    public bool IsEmpty => _items.Count == 0;

    /// <summary>The rows to insert, after the save gave new entities their keys.</summary>
    public IEnumerable<AuditEntry> Complete() => _items.Select(i => new AuditEntry
    {
        At = _at,
        UserId = _actor.UserId,
        UserName = _actor.Name,
        EntityType = i.Entry.Metadata.ClrType.Name,
        EntityId = KeyOf(i.Entry),
        Action = i.Action,
        Changes = JsonSerializer.Serialize(WithKeys(i), JsonOptions),
    });

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A created row's generated key was unknown at capture time; record it now.
    private static List<AuditChange> WithKeys((EntityEntry Entry, AuditAction Action, List<AuditChange> Changes) i)
    {
        if (i.Action == AuditAction.Deleted) return i.Changes;
        // A foreign key to a row inserted in the same save (a product with its new producer) held a
        // temporary value at capture time; the save has replaced it with the real one.
        var list = i.Changes.Select(c => i.Entry.Metadata.FindProperty(c.Property) is { } p && (p.IsKey() || p.IsForeignKey())
            ? c with { After = AuditTrail.Format(i.Entry.Property(c.Property).CurrentValue) }
            : c).ToList();
        if (i.Action != AuditAction.Created) return list;
        var keys = i.Entry.Metadata.FindPrimaryKey()?.Properties ?? [];
        foreach (var k in keys)
            if (list.All(c => c.Property != k.Name))
                list.Insert(0, new AuditChange(k.Name, null, AuditTrail.Format(i.Entry.Property(k.Name).CurrentValue)));
        return list;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        return string.Join("/", key.Properties.Select(p => AuditTrail.Format(entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue)));
    }
}
