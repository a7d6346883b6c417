using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>
/// An address's units as recorded, plus today's commune when the recorded one was merged in 2025.
/// The ~13,000 unit names are read once and kept in memory for a while: every product and producer
/// page needs three of them, and they change only when the office edits the units.
/// </summary>
public sealed class PlaceNames(OcopDbContext db, IMemoryCache cache)
{
    private const string CacheKey = "admin-unit-names";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private sealed record Unit(string Name, string? Successor);

    /// <summary>Drops the cached names (the office renamed a unit or recorded a merging).</summary>
    public void Invalidate() => cache.Remove(CacheKey);

    public async Task<PlaceModel> ForAsync(int communeId, int? districtId, int provinceId, CancellationToken ct)
    {
        var units = await AllAsync(ct);
        var commune = units.GetValueOrDefault(communeId);
        return new PlaceModel(
            commune?.Name ?? "",
            districtId is { } d ? units.GetValueOrDefault(d)?.Name : null,
            units.GetValueOrDefault(provinceId)?.Name ?? "",
            commune?.Successor);
    }

    private async Task<Dictionary<int, Unit>> AllAsync(CancellationToken ct) =>
        (await cache.GetOrCreateAsync(CacheKey, async e =>
        {
            e.AbsoluteExpirationRelativeToNow = Lifetime;
            var rows = await db.AdminUnits.AsNoTracking()
                .Select(u => new { u.Id, u.Name, Successor = u.Successor != null ? u.Successor.Name : null })
                .ToListAsync(ct);
            return rows.ToDictionary(u => u.Id, u => new Unit(u.Name, u.Successor));
        }))!;
}
