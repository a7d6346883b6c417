using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;
using OcopMarket.Web.Infrastructure;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>Category pages (the six OCOP groups and their subgroups) and the search results page share one listing.</summary>
[OutputCache(PolicyName = StorefrontCachePolicy.Name)]
public sealed class CategoryController(CategoryTree tree, ProductListingQuery listing, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("/danh-muc")]
    public Task<IActionResult> All(CancellationToken ct) =>
        ListAsync(null, t["All OCOP products"], t["Certified local products from every commune, with their OCOP stars."], "/danh-muc", [], ct);

    [HttpGet("/danh-muc/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var node = await tree.FindBySlugAsync(slug, ct);
        if (node is null) return NotFound();
        var all = await tree.GetNodesAsync(ct);
        var link = tree.ToLink(node, all);
        var crumbs = new List<BreadcrumbItem> { new(t["Products"], "/danh-muc") };
        if (node.Category.ParentId is { } parentId && all.FirstOrDefault(n => n.Category.Id == parentId) is { } parent)
            crumbs.Add(new(tree.ToLink(parent, all).Name, "/danh-muc/" + parent.Category.Slug));
        crumbs.Add(new(link.Name, null));
        var ids = await tree.SelfAndDescendantIdsAsync(node.Category.Id, ct);
        return await ListAsync(ids, link.Name, null, "/danh-muc/" + slug, crumbs, ct, link.Children);
    }

    [HttpGet("/tim-kiem")]
    public Task<IActionResult> Search(CancellationToken ct)
    {
        var q = Request.Query["q"].ToString().Trim();
        var title = string.IsNullOrEmpty(q) ? t["Search"].Value : t["Results for “{0}”", q].Value;
        return ListAsync(null, title, null, "/tim-kiem", [new(t["Search"], null)], ct);
    }

    private async Task<IActionResult> ListAsync(IReadOnlyCollection<int>? categoryIds, string title, string? description, string baseUrl,
        IReadOnlyList<BreadcrumbItem> crumbs, CancellationToken ct, IReadOnlyList<CategoryLinkModel>? subcategories = null)
    {
        var query = Request.Query.ToDictionary(kv => kv.Key, kv => kv.Value);
        if (!ListingFilter.TryParse(query, out var filter)) return BadRequest();
        var result = await listing.ExecuteAsync(categoryIds, filter, ct);
        if (result is null) return BadRequest();
        var pager = new PagerModel(filter.Page, filter.PageSize, result.Total);
        // A page number past the end names nothing: 404, except page 1 of an empty listing.
        if (filter.Page > pager.TotalPages) return NotFound();

        subcategories ??= categoryIds is null && filter.Query is null ? await tree.GetAsync(ct) : [];
        var model = new ListingPageModel(title, description, baseUrl, crumbs, subcategories, result.Products, result.Facets, pager,
            filter.Sort, filter.MinPrice, filter.MaxPriceFilter, filter.Query,
            Request.Query.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
        ViewData["Title"] = filter.Page > 1 ? $"{title} – {t["Page {0}", filter.Page]}" : title;
        ViewData["Canonical"] = filter.Page > 1 ? $"{baseUrl}?page={filter.Page}" : baseUrl;
        if (filter.Query is not null || Request.QueryString.HasValue && filter.Page == 1 && query.Keys.Any(k => k != "page"))
            ViewData["NoIndex"] = true;
        return View("Listing", model);
    }
}
