using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;

namespace OcopMarket.Web.Features.Places;

/// <summary>What a typed place was understood as, and where we estimate it lies.</summary>
/// <param name="MatchedName">The unit's name ("Xã Triệu Sơn", "Huyện Cao Lộc (trước 2025)"), null when nothing matched.</param>
/// <param name="Estimate">The centre of the points and producers we know in the unit (or, failing that, in its province).</param>
/// <param name="FromProvince">The estimate (or the lack of one) comes from the province, not from the unit itself.</param>
public sealed record PlaceResolution(string Typed, string? MatchedName, bool IsFormer, int? ProvinceId, string? ProvinceName, GeoPoint? Estimate, bool FromProvince)
{
    public bool Matched => MatchedName is not null;
}

/// <summary>
/// Turns a typed place ("Triệu Sơn", "xa hoa cu", "Cao Lộc, Lạng Sơn") into a position. Names are compared folded
/// (the units' slugs are folded names), against today's communes and provinces and the pre-2025 districts, provinces
/// and communes merged into them. Units carry no coordinates, so the position is estimated from what we know there.
/// </summary>
public sealed class TypedPlaceResolver(OcopDbContext db)
{
    // Unit names start with their kind; people usually type the bare name.
    private static readonly string[] Kinds = ["xa-", "phuong-", "thi-tran-", "dac-khu-", "huyen-", "quan-", "thi-xa-", "thanh-pho-", "tinh-"];
    public const int MaxLength = 100;

    private sealed record Candidate(int Id, string Name, string Slug, AdminUnitLevel Level, bool IsCurrent, int? ParentId, bool ParentIsCurrent,
        int? ParentSuccessorId, int? SuccessorId, int? SuccessorParentId)
    {
        public int? ProvinceId => Level switch
        {
            AdminUnitLevel.Province => IsCurrent ? Id : SuccessorId,
            AdminUnitLevel.Commune => IsCurrent ? ParentId : SuccessorParentId,
            _ => ParentIsCurrent ? ParentId : ParentSuccessorId,
        };

        /// <summary>Today's units before the former ones; among those, the wider one (a province before a commune of the same name).</summary>
        public int Rank => (Level, IsCurrent) switch
        {
            (AdminUnitLevel.Province, true) => 0,
            (AdminUnitLevel.Commune, true) => 1,
            (AdminUnitLevel.District, _) => 2,
            (AdminUnitLevel.Province, false) => 3,
            _ => 4,
        };
    }

    public async Task<PlaceResolution> ResolveAsync(string typed, CancellationToken ct)
    {
        typed = typed.Trim();
        var parts = typed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var slug = parts.Length == 0 ? "" : SlugGenerator.Generate(parts[0]);
        var none = new PlaceResolution(typed, null, false, null, null, null, false);
        if (slug.Length < 2) return none;
        var bare = Bare(slug);
        var slugs = Kinds.Select(k => k + bare).Append(bare).Append(slug).Distinct().ToList();
        var candidates = await db.AdminUnits.AsNoTracking()
            .Where(u => slugs.Contains(u.Slug))
            .Select(u => new Candidate(u.Id, u.Name, u.Slug, u.Level, u.ValidTo == null, u.ParentId,
                u.Parent != null && u.Parent.ValidTo == null, u.Parent != null ? u.Parent.SuccessorId : null,
                u.SuccessorId, u.Successor != null ? u.Successor.ParentId : null))
            .Take(200)
            .ToListAsync(ct);
        if (candidates.Count == 0) return none;

        var provinceIds = candidates.Select(c => c.ProvinceId).OfType<int>().Distinct().ToList();
        var provinces = await db.AdminUnits.AsNoTracking().Where(u => provinceIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Slug }).ToDictionaryAsync(u => u.Id, ct);
        var withPoints = (await db.DisplayPoints.AsNoTracking().Where(d => d.IsPublished).Select(d => d.Commune!.ParentId).Distinct().ToListAsync(ct))
            .OfType<int>().ToHashSet();
        // "Cao Lộc, Lạng Sơn": the last part names the province.
        var within = parts.Length > 1 ? Bare(SlugGenerator.Generate(parts[^1])) : null;

        var best = candidates
            .OrderByDescending(c => c.Slug == slug)
            .ThenByDescending(c => within is not null && c.ProvinceId is { } p && provinces.TryGetValue(p, out var pr) && Bare(pr.Slug) == within)
            .ThenByDescending(c => c.ProvinceId is { } p && withPoints.Contains(p))
            .ThenBy(c => c.Rank)
            .ThenBy(c => c.Id)
            .First();
        var provinceName = best.ProvinceId is { } pid && provinces.TryGetValue(pid, out var prov) ? prov.Name : null;

        var estimate = NearestFirst.Centre(await KnownPositionsInAsync(best, ct));
        var fromProvince = false;
        if (estimate is null && best.ProvinceId is { } provinceId && best.Id != provinceId)
        {
            estimate = NearestFirst.Centre(await KnownPositionsInProvinceAsync(provinceId, ct));
            fromProvince = true;
        }
        else if (estimate is null) fromProvince = true;
        return new PlaceResolution(typed, best.Name, !best.IsCurrent, best.ProvinceId, provinceName, estimate, fromProvince);
    }

    private static string Bare(string slug)
    {
        foreach (var k in Kinds)
            if (slug.StartsWith(k, StringComparison.Ordinal) && slug.Length > k.Length) return slug[k.Length..];
        return slug;
    }

    /// <summary>Published points and producers that lie in the unit (for former units: in what it became, or by their recorded old units).</summary>
    private async Task<List<GeoPoint>> KnownPositionsInAsync(Candidate unit, CancellationToken ct)
    {
        var points = db.DisplayPoints.AsNoTracking().Where(d => d.IsPublished);
        var producers = db.Producers.AsNoTracking().Where(p => p.IsPublished && p.Latitude != null && p.Longitude != null);
        var id = unit.Id;
        switch (unit.Level, unit.IsCurrent)
        {
            case (AdminUnitLevel.Province, true):
                return await PositionsAsync(points.Where(d => d.Commune!.ParentId == id), producers.Where(p => p.ProvinceId == id), ct);
            case (AdminUnitLevel.Commune, true):
                // Producers keep the commune of their address as recorded (often a pre-2025 one merged into this).
                return await PositionsAsync(points.Where(d => d.CommuneId == id),
                    producers.Where(p => p.CommuneId == id || p.Commune!.SuccessorId == id), ct);
            case (AdminUnitLevel.District, _):
                return await PositionsAsync(
                    points.Where(d => db.AdminUnits.Any(u => u.ParentId == id && u.SuccessorId == d.CommuneId)),
                    producers.Where(p => p.DistrictId == id), ct);
            case (AdminUnitLevel.Province, false):
                return await PositionsAsync(null, producers.Where(p => p.District!.ParentId == id), ct);
            default:
                return await PositionsAsync(points.Where(d => d.CommuneId == unit.SuccessorId), producers.Where(p => p.CommuneId == id), ct);
        }
    }

    private async Task<List<GeoPoint>> KnownPositionsInProvinceAsync(int provinceId, CancellationToken ct) =>
        await PositionsAsync(db.DisplayPoints.AsNoTracking().Where(d => d.IsPublished && d.Commune!.ParentId == provinceId),
            db.Producers.AsNoTracking().Where(p => p.IsPublished && p.Latitude != null && p.Longitude != null && p.ProvinceId == provinceId), ct);

    private static async Task<List<GeoPoint>> PositionsAsync(IQueryable<DisplayPoint>? points, IQueryable<Core.Producers.Producer> producers, CancellationToken ct)
    {
        var result = points is null ? [] : await points.Select(d => new GeoPoint(d.Latitude, d.Longitude)).ToListAsync(ct);
        result.AddRange(await producers.Select(p => new GeoPoint(p.Latitude!.Value, p.Longitude!.Value)).ToListAsync(ct));
        return result;
    }
}
