using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Places;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Plugin.Shipping.Pickup;

// Rows are classes with init properties (not positional records) so EF can sort and page on their members.
public sealed class PickupPointRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public DisplayPointType Type { get; init; }
    public string Address { get; init; } = "";
    public string Commune { get; init; } = "";
    public string? Province { get; init; }
    public int Products { get; init; }
    public bool IsPublished { get; init; }
}

public sealed record PickupPointListPage(PagedList<PickupPointRow> Rows);

public sealed class StockRow
{
    public int ProductId { get; init; }
    public string Name { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Producer { get; init; } = "";
    public string? Province { get; init; }
    public bool Nearby { get; init; }
    public bool Stocked { get; init; }
    public bool IsPublished { get; init; }
}

/// <summary>Which product list a point's page shows: everything, what it stocks, or goods of its own province.</summary>
public enum StockScope
{
    All = 0,
    Stocked = 1,
    Nearby = 2,
}

public sealed class StockListQuery : ListQuery
{
    public StockScope Scope { get; set; }
}

public sealed record PointStockPage(PickupPointRow Point, StockListQuery Query, PagedList<StockRow> Rows);

/// <summary>
/// The office chooses which products each display point stocks (pickup is offered only where the whole cart is
/// stocked). Deliberately small: issue 7 builds the full display-point management.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PickupPointsController(OcopDbContext db, IStringLocalizer<PickupResource> l) : Controller
{
    public const string Path = "/admin/nhan-tai-diem-ban";

    private static readonly SortMap<PickupPointRow> PointSorts = new SortMap<PickupPointRow>()
        .Add("name", p => p.Name).Add("province", p => p.Province).Add("products", p => p.Products);

    private static readonly SortMap<StockRow> StockSorts = new SortMap<StockRow>()
        .Add("name", p => p.Name).Add("producer", p => p.Producer).Add("stocked", p => p.Stocked);

    [HttpGet(Path)]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, CancellationToken ct)
    {
        var points = db.DisplayPoints.AsNoTracking();
        if (query.Text is { } text)
        {
            var slug = SlugGenerator.Generate(text);
            points = points.Where(p => p.Name.Contains(text) || p.Address.Contains(text) || p.Slug.Contains(slug) || p.Commune!.Name.Contains(text));
        }
        var rows = await Rows(points).ToPagedListAsync(query, PointSorts, ct);
        return View(new PickupPointListPage(rows));
    }

    [HttpGet(Path + "/{id:int}")]
    public async Task<IActionResult> Stock(int id, [FromQuery] StockListQuery query, CancellationToken ct)
    {
        var point = await Rows(db.DisplayPoints.AsNoTracking().Where(p => p.Id == id)).SingleOrDefaultAsync(ct);
        if (point is null) return NotFound();
        return View(new PointStockPage(point, query, await StockRowsAsync(id, query, ct)));
    }

    /// <summary>
    /// Saves the ticks of the products that were on the page (<paramref name="shown"/>); products on other pages
    /// or filtered out keep their state. One SaveChanges, so the page's changes commit together.
    /// </summary>
    [HttpPost(Path + "/{id:int}")]
    public async Task<IActionResult> Stock(int id, [FromForm] int[] shown, [FromForm] int[] stocked, [FromForm] string? returnQuery, CancellationToken ct)
    {
        if (!await db.DisplayPoints.AnyAsync(p => p.Id == id, ct)) return NotFound();
        var shownIds = shown.Distinct().Take(ListQuery.MaxPageSize).ToList();
        var wanted = stocked.Intersect(shownIds).ToHashSet();
        var valid = await db.Products.Where(p => shownIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        var set = db.Set<DisplayPointProduct>();
        var current = await set.Where(s => s.DisplayPointId == id && shownIds.Contains(s.ProductId)).ToListAsync(ct);

        set.RemoveRange(current.Where(s => !wanted.Contains(s.ProductId)));
        var added = valid.Where(wanted.Contains).Except(current.Select(s => s.ProductId)).ToList();
        set.AddRange(added.Select(p => new DisplayPointProduct { DisplayPointId = id, ProductId = p }));
        var removed = current.Count(s => !wanted.Contains(s.ProductId));
        await db.SaveChangesAsync(ct);

        TempData["Status"] = added.Count + removed == 0
            ? l["Nothing changed."].Value
            : l["Saved: {0} product(s) added to the shelf, {1} removed.", added.Count, removed].Value;
        TempData["StatusKind"] = "success";
        // Back to the same page, filter and sort (only a query string of our own shape is echoed).
        var back = returnQuery is { Length: > 0 and < 500 } && returnQuery.StartsWith('?') && !returnQuery.Contains("//") ? returnQuery : "";
        return Redirect($"{Path}/{id}{back}");
    }

    private IQueryable<PickupPointRow> Rows(IQueryable<DisplayPoint> points)
    {
        var stock = db.Set<DisplayPointProduct>();
        return points.Select(p => new PickupPointRow
        {
            Id = p.Id, Name = p.Name, Type = p.Type, Address = p.Address, Commune = p.Commune!.Name, Province = p.Commune.Parent!.Name,
            Products = stock.Count(s => s.DisplayPointId == p.Id), IsPublished = p.IsPublished,
        });
    }

    private async Task<PagedList<StockRow>> StockRowsAsync(int pointId, StockListQuery query, CancellationToken ct)
    {
        var provinceId = await db.DisplayPoints.Where(p => p.Id == pointId).Select(p => p.Commune!.ParentId).SingleAsync(ct);
        var stock = db.Set<DisplayPointProduct>().Where(s => s.DisplayPointId == pointId);
        // Drafts and rejected products cannot be sold, so they are not offered for a shelf.
        var products = db.Products.AsNoTracking().Where(p => p.ModerationStatus == ModerationStatus.Approved);
        if (query.Text is { } text)
        {
            var folded = VietnameseText.Fold(text).ToLowerInvariant();
            products = products.Where(p => p.SearchKey.Contains(folded) || p.Producer!.Name.Contains(text));
        }
        products = query.Scope switch
        {
            StockScope.Stocked => products.Where(p => stock.Any(s => s.ProductId == p.Id)),
            StockScope.Nearby => products.Where(p => p.Producer!.ProvinceId == provinceId),
            _ => products,
        };
        return await products
            .Select(p => new StockRow
            {
                ProductId = p.Id, Name = p.Name, Unit = p.Unit, Producer = p.Producer!.Name, Province = p.Producer.Province!.Name,
                Nearby = p.Producer.ProvinceId == provinceId, Stocked = stock.Any(s => s.ProductId == p.Id), IsPublished = p.IsPublished,
            })
            .ToPagedListAsync(query, StockSorts, ct);
    }
}
