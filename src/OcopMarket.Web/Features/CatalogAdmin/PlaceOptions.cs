using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>An option of a place select: id, name, and for a pre-2025 unit the unit it merged into.</summary>
public sealed record PlaceOption(int Id, string Name, string? MergedInto = null);

/// <summary>
/// The province → (pre-2025 district) → commune choices of an address form. A producer may be recorded
/// with today's commune or with the pre-2025 commune its papers name; both must lie in the chosen
/// (today's) province.
/// </summary>
public sealed class PlaceOptions(OcopDbContext db)
{
    private static readonly DateOnly ReformDate = AdminUnitImporter.ReformDate;

    public Task<List<PlaceOption>> ProvincesAsync(CancellationToken ct) =>
        db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == AdminUnitLevel.Province && u.ValidTo == null)
            .OrderBy(u => u.Name)
            .Select(u => new PlaceOption(u.Id, u.Name, null))
            .ToListAsync(ct);

    /// <summary>Today's communes of the province.</summary>
    public Task<List<PlaceOption>> CurrentCommunesAsync(int provinceId, CancellationToken ct) =>
        db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == AdminUnitLevel.Commune && u.ParentId == provinceId && u.ValidTo == null)
            .OrderBy(u => u.Name)
            .Select(u => new PlaceOption(u.Id, u.Name, null))
            .ToListAsync(ct);

    /// <summary>Pre-2025 communes merged into a commune of the province, with the commune they became.</summary>
    public Task<List<PlaceOption>> FormerCommunesAsync(int provinceId, CancellationToken ct) =>
        db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == AdminUnitLevel.Commune && u.ValidTo != null && u.Successor!.ParentId == provinceId)
            .OrderBy(u => u.Name)
            .Select(u => new PlaceOption(u.Id, u.Name, u.Successor!.Name))
            .ToListAsync(ct);

    /// <summary>Pre-2025 districts that lay in the province or in an old province merged into it.</summary>
    public Task<List<PlaceOption>> FormerDistrictsAsync(int provinceId, CancellationToken ct) =>
        db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == AdminUnitLevel.District
                        && (u.ParentId == provinceId || u.Parent!.SuccessorId == provinceId))
            .OrderBy(u => u.Name)
            .Select(u => new PlaceOption(u.Id, u.Name, null))
            .ToListAsync(ct);

    public Task<bool> IsProvinceAsync(int id, CancellationToken ct) =>
        db.AdminUnits.AnyAsync(u => u.Id == id && u.Level == AdminUnitLevel.Province && u.ValidTo == null, ct);

    public Task<bool> IsCommuneOfAsync(int communeId, int provinceId, CancellationToken ct) =>
        db.AdminUnits.AnyAsync(u => u.Id == communeId && u.Level == AdminUnitLevel.Commune
                                    && (u.ParentId == provinceId && u.ValidTo == null || u.ValidTo != null && u.Successor!.ParentId == provinceId), ct);

    public Task<bool> IsDistrictOfAsync(int districtId, int provinceId, CancellationToken ct) =>
        db.AdminUnits.AnyAsync(u => u.Id == districtId && u.Level == AdminUnitLevel.District
                                    && (u.ParentId == provinceId || u.Parent!.SuccessorId == provinceId), ct);

    /// <summary>Today's province of a commune (itself current, or through the unit it merged into).</summary>
    public Task<int?> ProvinceOfCommuneAsync(int communeId, CancellationToken ct) =>
        db.AdminUnits.AsNoTracking().Where(u => u.Id == communeId)
            .Select(u => u.ValidTo == null ? u.ParentId : u.Successor!.ParentId)
            .FirstOrDefaultAsync(ct);
}
