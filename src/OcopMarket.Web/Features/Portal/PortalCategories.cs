using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.Localization;

namespace OcopMarket.Web.Features.Portal;

/// <summary>The categories a product may be filed under: subgroups (and any group without subgroups), grouped for the select.</summary>
public sealed class PortalCategories(OcopDbContext db)
{
    public async Task<IReadOnlyList<CategoryOption>> OptionsAsync(CancellationToken ct)
    {
        var all = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(ct);
        var parents = all.Where(c => c.ParentId is not null).Select(c => c.ParentId!.Value).ToHashSet();
        var byId = all.ToDictionary(c => c.Id);
        return all.Where(c => !parents.Contains(c.Id))
            .Select(c =>
            {
                var group = c.ParentId is { } pid && byId.TryGetValue(pid, out var parent) ? parent : c;
                return new CategoryOption(c.Id, Cultures.Pick(c.Name, c.NameEn), Cultures.Pick(group.Name, group.NameEn));
            })
            .ToList();
    }

    /// <summary>True when the id is a category a product may be filed under (exists and has no subgroups).</summary>
    public async Task<bool> IsSelectableAsync(int id, CancellationToken ct) =>
        await db.Categories.AnyAsync(c => c.Id == id, ct) && !await db.Categories.AnyAsync(c => c.ParentId == id, ct);

    public async Task<string> NameAsync(int id, CancellationToken ct)
    {
        var names = await db.Categories.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Name, c.NameEn }).FirstOrDefaultAsync(ct);
        return names is null ? "" : Cultures.Pick(names.Name, names.NameEn);
    }
}
