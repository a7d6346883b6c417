namespace OcopMarket.Core.Audit;

/// <summary>Marks an entity whose every insert, update and delete is written to the audit log.</summary>
public interface IAudited;

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}

/// <summary>
/// One audited change: who, when, which row, and each changed property's value before and after
/// (<see cref="Changes"/>, JSON). Rows are only ever inserted; no screen edits or deletes them.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int? UserId { get; set; }
    public string UserName { get; set; } = "";
    /// <summary>The entity's CLR name: Product, Certificate, Producer, AppUser...</summary>
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }
    /// <summary>JSON array of <see cref="AuditChange"/>.</summary>
    public string Changes { get; set; } = "[]";
}

/// <summary>One property's change. Secrets (password hashes, stamps) are recorded as changed, never by value.</summary>
public sealed record AuditChange(string Property, string? Before, string? After);

/// <summary>Who is making the change: the signed-in user on a request, "system" for jobs and seeding.</summary>
public interface IAuditActor
{
    int? UserId { get; }
    string Name { get; }
}

public sealed class SystemAuditActor : IAuditActor
{
    public int? UserId => null;
    public string Name => "system";
}
