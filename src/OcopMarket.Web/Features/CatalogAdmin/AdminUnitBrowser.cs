using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>current = in force today (since 1 July 2025); former = ended with the 2025 reform (or before).</summary>
public enum UnitEra
{
    Current = 1,
    Former = 2,
    Any = 3,
}

public sealed class AdminUnitQuery : ListQuery
{
    /// <summary>Browse the units under this one.</summary>
    public int? Parent { get; set; }
    public AdminUnitLevel? Level { get; set; }
    public UnitEra? Era { get; set; }
}

public sealed class AdminUnitRow
{
    public int Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public AdminUnitLevel Level { get; init; }
    public DateOnly? ValidTo { get; init; }
    public string? Parent { get; init; }
    public int? SuccessorId { get; init; }
    public string? Successor { get; init; }
    public int Predecessors { get; init; }
    public int Children { get; init; }
}

public sealed record UnitCrumb(int Id, string Name);

public sealed record AdminUnitListPage(PagedList<AdminUnitRow> Rows, AdminUnitQuery Query, IReadOnlyList<UnitCrumb> Path);

/// <summary>
/// Browses province → (pre-2025 district) → commune, or searches every unit by name or code. Without a
/// search or a parent it lists today's provinces, the usual way in.
/// </summary>
public sealed class AdminUnitBrowser(OcopDbContext db)
{
    private static readonly SortMap<AdminUnitRow> Sorts = new SortMap<AdminUnitRow>()
        .Add("name", r => r.Name)
        .Add("code", r => r.Code)
        .Add("level", r => r.Level)
        .Add("merged", r => r.Predecessors);

    public async Task<AdminUnitListPage> ListAsync(AdminUnitQuery query, CancellationToken ct)
    {
        var units = db.AdminUnits.AsNoTracking();
        if (query.Parent is { } parent) units = units.Where(u => u.ParentId == parent);
        if (query.Text is { } text)
        {
            var folded = SlugGenerator.Generate(text);
            var code = text.ToUpperInvariant();
            units = units.Where(u => u.Code == code || u.Code == "C" + code || u.Code == "OC" + code || u.Name.Contains(text) || (folded != "" && u.Slug.Contains(folded)));
        }
        // The way in (no parent, no search) is today's provinces; the selects show these effective values.
        var atRoot = query.Parent is null && query.Text is null;
        query.Level ??= atRoot ? AdminUnitLevel.Province : null;
        query.Era ??= atRoot ? UnitEra.Current : UnitEra.Any;
        if (query.Level is { } level) units = units.Where(u => u.Level == level);
        var era = query.Era;
        if (era == UnitEra.Current) units = units.Where(u => u.ValidTo == null);
        else if (era == UnitEra.Former) units = units.Where(u => u.ValidTo != null);

        var rows = units.Select(u => new AdminUnitRow
        {
            Id = u.Id,
            Code = u.Code,
            Name = u.Name,
            Level = u.Level,
            ValidTo = u.ValidTo,
            Parent = u.Parent != null ? u.Parent.Name : null,
            SuccessorId = u.SuccessorId,
            Successor = u.Successor != null ? u.Successor.Name : null,
            Predecessors = db.AdminUnits.Count(p => p.SuccessorId == u.Id),
            Children = db.AdminUnits.Count(c => c.ParentId == u.Id),
        });
        var page = await rows.ToPagedListAsync(query, Sorts, ct);
        var path = query.Parent is { } id ? await PathAsync(id, ct) : [];
        return new AdminUnitListPage(page, query, path);
    }

    /// <summary>The unit and its ancestors, top first (at most three levels).</summary>
    public async Task<IReadOnlyList<UnitCrumb>> PathAsync(int id, CancellationToken ct)
    {
        var path = new List<UnitCrumb>();
        int? next = id;
        while (next is { } current && path.Count < 4)
        {
            var unit = await db.AdminUnits.AsNoTracking().Where(u => u.Id == current).Select(u => new { u.Id, u.Name, u.ParentId }).FirstOrDefaultAsync(ct);
            if (unit is null) break;
            path.Insert(0, new UnitCrumb(unit.Id, unit.Name));
            next = unit.ParentId;
        }
        return path;
    }
}
