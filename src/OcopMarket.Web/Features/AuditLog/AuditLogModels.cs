using OcopMarket.Core.Audit;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.AuditLog;

/// <summary>The audit list's filters on top of paging and sorting (all from the query string).</summary>
public sealed class AuditLogQuery : ListQuery
{
    public string? Type { get; set; }
    public AuditAction? Action { get; set; }
    public string? User { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? EntityId { get; set; }
}

/// <summary>One row of the list: the entry, who it was (name when the user still exists), and the properties it touched.</summary>
public sealed record AuditRow(AuditEntry Entry, string? UserFullName, IReadOnlyList<AuditChange> Changes);

public sealed record AuditLogPageModel(AuditLogQuery Query, PagedList<AuditRow> Rows, IReadOnlyList<string> EntityTypes, TimeZoneInfo Zone);

public sealed record AuditDetailPageModel(AuditEntry Entry, string? UserFullName, IReadOnlyList<AuditChange> Changes, string? EntityUrl, TimeZoneInfo Zone);

/// <summary>What the before/after table of one entry needs.</summary>
public sealed record AuditChanges(AuditAction Action, IReadOnlyList<AuditChange> Changes);
