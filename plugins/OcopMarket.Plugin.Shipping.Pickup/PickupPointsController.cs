using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
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

/// <summary>
/// The points where a buyer may collect an order (pickup is offered only where the whole cart is stocked), with how
/// many products each stocks. Choosing the products is the display point editor's job
/// (<see cref="DisplayPointAdminPaths.Shelf"/>): one editor of the shelf, linked from here.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PickupPointsController(OcopDbContext db) : Controller
{
    public const string Path = "/admin/nhan-tai-diem-ban";

    private static readonly SortMap<PickupPointRow> PointSorts = new SortMap<PickupPointRow>()
        .Add("name", p => p.Name).Add("province", p => p.Province).Add("products", p => p.Products);

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

    /// <summary>The shelf used to be edited here; old links and bookmarks land on the point editor's page.</summary>
    [HttpGet(Path + "/{id:int}")]
    public IActionResult Stock(int id) => Redirect(DisplayPointAdminPaths.Shelf(id) + Request.QueryString);

    private IQueryable<PickupPointRow> Rows(IQueryable<DisplayPoint> points)
    {
        var stock = db.Set<DisplayPointProduct>();
        return points.Select(p => new PickupPointRow
        {
            Id = p.Id, Name = p.Name, Type = p.Type, Address = p.Address, Commune = p.Commune!.Name, Province = p.Commune.Parent!.Name,
            Products = stock.Count(s => s.DisplayPointId == p.Id), IsPublished = p.IsPublished,
        });
    }
}
