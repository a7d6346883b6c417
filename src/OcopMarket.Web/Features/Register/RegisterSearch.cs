using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Web.Features.Register;

/// <summary>
/// The register lists' text filter, with or without diacritics ("hoa cu" finds "HTX Hòa Cư"). Products
/// carry a folded search key; producers do not, and there are only a district's few hundred of them,
/// so their names are folded here and matched as ids.
/// </summary>
public sealed class RegisterSearch(OcopDbContext db)
{
    public static string Fold(string text) => VietnameseText.Fold(text).ToLowerInvariant();

    public async Task<List<int>> ProducerIdsMatchingAsync(string text, CancellationToken ct)
    {
        var folded = Fold(text);
        var producers = await db.Producers.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return producers.Where(p => Fold(p.Name).Contains(folded, StringComparison.Ordinal)).Select(p => p.Id).ToList();
    }
}
