using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Places;
using OcopMarket.Web.Features.CatalogAdmin;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>The point list's filters besides the text: type, province, published or not.</summary>
public sealed class PointListQuery : ListQuery
{
    public DisplayPointType? Type { get; set; }
    public int? Province { get; set; }
    public bool? Published { get; set; }
}

/// <summary>One row (a member-init class so the database can sort and page on its columns).</summary>
public sealed class PointRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public DisplayPointType Type { get; init; }
    public string Address { get; init; } = "";
    public string Commune { get; init; } = "";
    public string Province { get; init; } = "";
    public int Products { get; init; }
    public int Photos { get; init; }
    public int? PhotoId { get; init; }
    public bool IsPublished { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed record PointListPage(PagedList<PointRow> Rows, PointListQuery Query, IReadOnlyList<PlaceOption> Provinces);

public sealed class PointList(OcopDbContext db, PlaceOptions places)
{
    private static readonly SortMap<PointRow> Sorts = new SortMap<PointRow>()
        .Add("name", r => r.Name)
        .Add("type", r => r.Type)
        .Add("province", r => r.Province)
        .Add("products", r => r.Products)
        .Add("photos", r => r.Photos)
        .Add("published", r => r.IsPublished)
        .Add("updated", r => r.UpdatedAt);

    public async Task<PointListPage> GetAsync(PointListQuery query, CancellationToken ct)
    {
        var points = db.DisplayPoints.AsNoTracking();
        if (query.Text is { } text)
        {
            var ids = await MatchingIdsAsync(text, ct);
            points = points.Where(p => ids.Contains(p.Id));
        }
        if (query.Type is { } type) points = points.Where(p => p.Type == type);
        if (query.Province is { } province) points = points.Where(p => p.Commune!.ParentId == province);
        if (query.Published is { } published) points = points.Where(p => p.IsPublished == published);

        var stock = db.DisplayPointProducts;
        var rows = points.Select(p => new PointRow
        {
            Id = p.Id,
            Name = p.Name,
            Slug = p.Slug,
            Type = p.Type,
            Address = p.Address,
            Commune = p.Commune!.Name,
            Province = p.Commune.Parent!.Name,
            Products = stock.Count(s => s.DisplayPointId == p.Id),
            Photos = p.Photos.Count,
            PhotoId = p.Photos.OrderBy(x => x.SortOrder).ThenBy(x => x.Id).Select(x => (int?)x.MediaFileId).FirstOrDefault(),
            IsPublished = p.IsPublished,
            UpdatedAt = p.UpdatedAt,
        });
        var page = await rows.ToPagedListAsync(query, Sorts, ct);
        return new PointListPage(page, query, await places.ProvincesAsync(ct));
    }

    /// <summary>
    /// Points whose name, address or commune contains the text, with or without diacritics ("cho dong kinh" finds
    /// "Chợ Đông Kinh"). Points have no folded column, so the three short texts are folded here; a district keeps
    /// tens of points, a province a few hundred, so this stays a small read.
    /// </summary>
    private async Task<List<int>> MatchingIdsAsync(string text, CancellationToken ct)
    {
        var needle = VietnameseText.Fold(text).ToLowerInvariant();
        var all = await db.DisplayPoints.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.Address, Commune = p.Commune!.Name })
            .ToListAsync(ct);
        return all.Where(p => VietnameseText.Fold($"{p.Name} | {p.Address} | {p.Commune}").ToLowerInvariant().Contains(needle))
            .Select(p => p.Id).ToList();
    }
}
