using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>An address's units as recorded, plus today's commune when the recorded one was merged in 2025.</summary>
public sealed class PlaceNames(OcopDbContext db)
{
    public async Task<PlaceModel> ForAsync(int communeId, int? districtId, int provinceId, CancellationToken ct)
    {
        var ids = new[] { communeId, districtId ?? 0, provinceId };
        var units = await db.AdminUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, Successor = u.Successor != null ? u.Successor.Name : null })
            .ToDictionaryAsync(u => u.Id, ct);
        var commune = units.GetValueOrDefault(communeId);
        return new PlaceModel(
            commune?.Name ?? "",
            districtId is { } d ? units.GetValueOrDefault(d)?.Name : null,
            units.GetValueOrDefault(provinceId)?.Name ?? "",
            commune?.Successor);
    }
}
