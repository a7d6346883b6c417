using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.AuditLog;

/// <summary>
/// The audit log, read-only: a filtered, server-paged list (newest first) and one entry's before/after.
/// There is deliberately no POST, PUT or DELETE here: audit rows are only ever written by the unit of work.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class AuditLogController(OcopDbContext db, TimeProvider time) : Controller
{
    private static readonly SortMap<AuditEntry> Sorts = new SortMap<AuditEntry>()
        // Rows are only appended, so the id orders them by time (and breaks ties within one save).
        .Add("at", e => e.Id)
        .Add("user", e => e.UserName)
        .Add("type", e => e.EntityType)
        .Add("action", e => e.Action);

    /// <summary>Entity types that have an admin page, and where it is.</summary>
    private static readonly Dictionary<string, string> AdminPages = new()
    {
        ["Product"] = "/admin/san-pham/{0}",
        ["Producer"] = "/admin/chu-the/{0}",
        ["Certificate"] = "/admin/chung-nhan/{0}",
        ["AppUser"] = "/admin/nguoi-dung/{0}",
    };

    [HttpGet("/admin/nhat-ky")]
    public async Task<IActionResult> Index([FromQuery] AuditLogQuery query, CancellationToken ct)
    {
        var q = query;
        if (string.IsNullOrEmpty(q.Sort))
        {
            q.Sort = "at";
            q.Desc = true;
        }
        var zone = time.LocalTimeZone;
        var entries = db.AuditLog.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(q.Type)) entries = entries.Where(e => e.EntityType == q.Type.Trim());
        if (q.Action is { } action) entries = entries.Where(e => e.Action == action);
        if (!string.IsNullOrWhiteSpace(q.EntityId)) entries = entries.Where(e => e.EntityId == q.EntityId.Trim());
        if (!string.IsNullOrWhiteSpace(q.User))
        {
            var term = q.User.Trim().Normalize(System.Text.NormalizationForm.FormC).ToLower();
            var byFullName = db.Users.Where(u => u.FullName.ToLower().Contains(term)).Select(u => (int?)u.Id);
            entries = entries.Where(e => e.UserName.ToLower().Contains(term) || byFullName.Contains(e.UserId));
        }
        if (q.From is { } from)
        {
            var start = StartOf(from, zone);
            entries = entries.Where(e => e.At >= start);
        }
        if (q.To is { } to)
        {
            var end = StartOf(to.AddDays(1), zone);
            entries = entries.Where(e => e.At < end);
        }

        var page = await entries.ToPagedListAsync(q, Sorts, ct);
        var names = await FullNamesAsync(page.Items.Select(e => e.UserId), ct);
        var rows = page.Map(e => new AuditRow(e, e.UserId is { } id ? names.GetValueOrDefault(id) : null, ChangesOf(e)));
        var types = await db.AuditLog.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        return View(new AuditLogPageModel(q, rows, types, zone));
    }

    [HttpGet("/admin/nhat-ky/{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken ct)
    {
        var entry = await db.AuditLog.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return NotFound();
        var names = await FullNamesAsync([entry.UserId], ct);
        var url = entry.Action != AuditAction.Deleted && AdminPages.TryGetValue(entry.EntityType, out var pattern) && int.TryParse(entry.EntityId, out var entityId)
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, entityId)
            : null;
        return View(new AuditDetailPageModel(entry, entry.UserId is { } uid ? names.GetValueOrDefault(uid) : null, ChangesOf(entry), url, time.LocalTimeZone));
    }

    /// <summary>Midnight of a local (Việt Nam) date, as the instant stored in the log.</summary>
    private static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private async Task<Dictionary<int, string>> FullNamesAsync(IEnumerable<int?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        if (wanted.Count == 0) return [];
        return await db.Users.Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }

    private static IReadOnlyList<AuditChange> ChangesOf(AuditEntry entry)
    {
        try
        {
            return JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes) ?? [];
        }
        catch (JsonException)
        {
            return [new AuditChange("?", null, entry.Changes)];
        }
    }
}
