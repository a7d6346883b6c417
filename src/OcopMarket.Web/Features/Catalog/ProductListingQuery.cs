using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Catalog;

public sealed record ListingResult(IReadOnlyList<ProductCardModel> Products, int Total, IReadOnlyList<FacetModel> Facets);

/// <summary>
/// Products of a category or a text query, filtered, sorted and paged in the database, with facet
/// counts. A facet's counts ignore that facet's own selection, as shoppers expect.
/// </summary>
public sealed class ProductListingQuery(OcopDbContext db, CertificateStatusPolicy certificates, IStringLocalizer<SharedResource> t)
{
    private sealed record Location(int? ProvinceId, int? DistrictId, int? CommuneId);

    /// <returns>null when a location code names no unit (the caller answers 400).</returns>
    public async Task<ListingResult?> ExecuteAsync(IReadOnlyCollection<int>? categoryIds, ListingFilter f, CancellationToken ct)
    {
        var today = certificates.Today;
        var badge = CertificateStatusPolicy.BadgeValidOn(today);
        var location = await ResolveAsync(f, ct);
        if (location is null) return null;

        var scope = db.Products.AsNoTracking().Visible();
        if (categoryIds is not null) scope = scope.Where(p => categoryIds.Contains(p.CategoryId));
        foreach (var token in Tokens(f.Query))
            scope = scope.Where(p => p.SearchKey.Contains(token) || p.Producer!.Name.Contains(token));
        if (f.MinPrice is { } min) scope = scope.Where(p => p.Price >= min);
        if (f.MaxPriceFilter is { } max) scope = scope.Where(p => p.Price <= max);
        if (f.InStockOnly) scope = scope.Where(p => p.StockQuantity > 0);

        var withStars = ApplyStars(scope, f.Stars, badge);
        var filtered = ApplyLocation(withStars, location, province: true, district: true, commune: true);

        var total = await filtered.CountAsync(ct);
        var page = await Sort(filtered, f.Sort, badge)
            .Skip((f.Page - 1) * f.PageSize).Take(f.PageSize)
            .ToCards(today).ToListAsync(ct);

        var facets = new List<FacetModel>
        {
            await StarsFacetAsync(ApplyLocation(scope, location, true, true, true), f, badge, ct),
            await LocationFacetAsync("province", t["Province / city"], ApplyLocation(withStars, location, false, false, false),
                p => p.Producer!.ProvinceId, location.ProvinceId, ct),
        };
        if (location.ProvinceId is not null)
        {
            facets.Add(await LocationFacetAsync("district", t["District (before 7/2025)"], ApplyLocation(withStars, location, true, false, false),
                p => p.Producer!.DistrictId, location.DistrictId, ct));
            facets.Add(await LocationFacetAsync("commune", t["Commune / ward"], ApplyLocation(withStars, location, true, true, false),
                p => p.Producer!.Commune!.SuccessorId ?? p.Producer.CommuneId, location.CommuneId, ct));
        }
        return new ListingResult(page, total, facets.Where(x => x.Values.Count > 0).ToList());
    }

    /// <summary>Folded lower-case words of the query, the same folding as Product.SearchKey.</summary>
    public static IReadOnlyList<string> Tokens(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : VietnameseText.Fold(query).ToLowerInvariant()
                .Split([' ', ',', '.', '-', '/', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
                .Distinct().Take(8).ToList();

    private static IQueryable<Product> ApplyStars(IQueryable<Product> q, IReadOnlyList<int> stars, Expression<Func<Certificate, bool>> badge) =>
        stars.Count == 0 ? q : q.Where(p => stars.Contains(p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0));

    private static IQueryable<Product> ApplyLocation(IQueryable<Product> q, Location l, bool province, bool district, bool commune)
    {
        if (province && l.ProvinceId is { } pid) q = q.Where(p => p.Producer!.ProvinceId == pid);
        if (district && l.DistrictId is { } did) q = q.Where(p => p.Producer!.DistrictId == did);
        if (commune && l.CommuneId is { } cid) q = q.Where(p => p.Producer!.CommuneId == cid || p.Producer.Commune!.SuccessorId == cid);
        return q;
    }

    private static IQueryable<Product> Sort(IQueryable<Product> q, string sort, Expression<Func<Certificate, bool>> badge) => sort switch
    {
        "newest" => q.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
        "price-asc" => q.OrderBy(p => p.Price).ThenBy(p => p.Id),
        "price-desc" => q.OrderByDescending(p => p.Price).ThenBy(p => p.Id),
        "name" => q.OrderBy(p => p.Name).ThenBy(p => p.Id),
        "stars" => q.OrderByDescending(p => p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0).ThenBy(p => p.Id),
        _ => q.OrderByDescending(p => p.IsFeatured)
              .ThenByDescending(p => p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0)
              .ThenByDescending(p => p.StockQuantity > 0)
              .ThenBy(p => p.Id),
    };

    private async Task<FacetModel> StarsFacetAsync(IQueryable<Product> q, ListingFilter f, Expression<Func<Certificate, bool>> badge, CancellationToken ct)
    {
        var values = new List<FacetValueModel>();
        foreach (var n in new[] { 5, 4, 3 })
        {
            var count = await q.CountAsync(p => (p.Certificates.AsQueryable().Where(badge).Max(c => (int?)c.Stars) ?? 0) == n, ct);
            if (count > 0 || f.Stars.Contains(n))
                values.Add(new FacetValueModel(n.ToString(System.Globalization.CultureInfo.InvariantCulture), t["{0} stars", n], count, f.Stars.Contains(n)));
        }
        return new FacetModel("stars", t["OCOP stars"], values);
    }

    private async Task<FacetModel> LocationFacetAsync(string key, string title, IQueryable<Product> q, Expression<Func<Product, int?>> unitOf, int? selected, CancellationToken ct)
    {
        var counts = await q.Select(unitOf).Where(id => id != null).GroupBy(id => id)
            .Select(g => new { Id = g.Key!.Value, Count = g.Count() }).ToListAsync(ct);
        var ids = counts.Select(c => c.Id).Append(selected ?? 0).ToList();
        var units = await db.AdminUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        var values = units
            .Select(u => new FacetValueModel(u.Code, u.Name, counts.FirstOrDefault(c => c.Id == u.Id)?.Count ?? 0, u.Id == selected))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .ToList();
        return new FacetModel(key, title, values);
    }

    private async Task<Location?> ResolveAsync(ListingFilter f, CancellationToken ct)
    {
        var codes = new[] { f.Province, f.District, f.Commune }.Where(c => c is not null).ToList();
        if (codes.Count == 0) return new Location(null, null, null);
        var units = await db.AdminUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        if (units.Count != codes.Count) return null;
        return new Location(
            f.Province is null ? null : units[f.Province],
            f.District is null ? null : units[f.District],
            f.Commune is null ? null : units[f.Commune]);
    }
}
