using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Search;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.Models;
using OcopMarket.Web.Infrastructure;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>
/// Category pages (the six OCOP groups and their subgroups) and the search page: one listing,
/// answered by whichever search provider is current (Lucene when enabled and ready, else the database).
/// </summary>
[OutputCache(PolicyName = StorefrontCachePolicy.Name)]
public sealed class CategoryController(
    CategoryTree tree, ISearchProviderSelector search, ProductCards cards, CertificateStatusPolicy certificates,
    Core.Data.OcopDbContext db, IStringLocalizer<SharedResource> t, Core.Settings.ISiteSettings settings)
    : Controller
{
    [HttpGet("/danh-muc")]
    public Task<IActionResult> All(CancellationToken ct) =>
        ListAsync(t["All OCOP products"], t["Certified local products from every commune, with their OCOP stars."], "/danh-muc", [], null, ct);

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
        var scope = (node.Category.ParentId is null ? FacetKeys.Group : FacetKeys.Subgroup, slug);
        return await ListAsync(link.Name, null, "/danh-muc/" + slug, crumbs, scope, ct, link.Children);
    }

    [HttpGet("/tim-kiem")]
    public Task<IActionResult> Search(CancellationToken ct)
    {
        var q = Request.Query["q"].ToString().Trim();
        var title = string.IsNullOrEmpty(q) ? t["Search"].Value : t["Results for “{0}”", q.Length > 60 ? q[..60] + "…" : q].Value;
        return ListAsync(title, null, "/tim-kiem", [new(t["Search"], null)], null, ct);
    }

    private async Task<IActionResult> ListAsync(string title, string? description, string baseUrl, IReadOnlyList<BreadcrumbItem> crumbs,
        (string Facet, string Slug)? categoryScope, CancellationToken ct, IReadOnlyList<CategoryLinkModel>? subcategories = null)
    {
        var raw = Request.Query.ToDictionary(kv => kv.Key, kv => kv.Value);
        var pageSize = Core.Settings.ShopSettings.From(settings).StorefrontPageSize;
        if (!ListingFilter.TryParse(raw, certificates.Today, out var query, pageSize) || !await UnitsExistAsync(query, ct)) return BadRequest();
        if (categoryScope is { } cs)
        {
            // The page's own category is a fixed filter, not a facet the shopper toggles.
            var filters = query.Filters.ToDictionary();
            filters[cs.Facet] = [cs.Slug];
            query = query with { Filters = filters };
        }

        var provider = search.Current;
        var result = await provider.SearchAsync(query, ct);
        var pager = new PagerModel(query.Page, query.PageSize, result.Total);
        // A page number past the end names nothing: 404, except page 1 of an empty listing.
        if (query.Page > pager.TotalPages) return NotFound();
        var products = await cards.ForIdsAsync(result.Hits.Select(h => h.ProductId).ToList(), query.Today, ct);

        subcategories ??= categoryScope is null && query.Text is null ? await tree.GetAsync(ct) : [];
        var facets = result.Facets
            .Where(f => categoryScope is null || f.Key != categoryScope.Value.Facet && !(categoryScope.Value.Facet == FacetKeys.Subgroup && f.Key == FacetKeys.Group))
            .Select(ToModel).Where(f => f.Values.Count > 0).ToList();
        var model = new ListingPageModel(title, description, baseUrl, crumbs, subcategories, products, facets, pager,
            query.Sort, query.MinPrice, query.MaxPrice, query.Text,
            Request.Query.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()))
        {
            Highlights = result.Hits.Where(h => h.HighlightedName is not null || h.HighlightedSnippet is not null)
                .ToDictionary(h => h.ProductId, h => new HighlightModel(h.HighlightedName, h.HighlightedSnippet)),
            DidYouMean = result.DidYouMean,
            Provider = provider.Name,
        };
        ViewData["Title"] = query.Page > 1 ? $"{title} – {t["Page {0}", query.Page]}" : title;
        ViewData["Canonical"] = query.Page > 1 ? $"{baseUrl}?page={query.Page}" : baseUrl;
        if (query.Text is not null || raw.Keys.Any(k => k != "page")) ViewData["NoIndex"] = true;
        return View("Listing", model);
    }

    /// <summary>A place code that names no unit is a broken link, not an empty result.</summary>
    private async Task<bool> UnitsExistAsync(SearchQuery query, CancellationToken ct)
    {
        var codes = query.Selected(FacetKeys.Province).Concat(query.Selected(FacetKeys.District)).Concat(query.Selected(FacetKeys.Commune)).ToList();
        return codes.Count == 0 || await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.AdminUnits.Where(u => codes.Contains(u.Code)), ct) == codes.Count;
    }

    private FacetModel ToModel(FacetResult f) => new(f.Key, FacetTitle(f.Key),
        f.Values.Select(v => new FacetValueModel(v.Value, FacetLabel(f.Key, v), v.Count, v.Selected)).ToList());

    private string FacetTitle(string key) => key switch
    {
        FacetKeys.Group => t["OCOP group"],
        FacetKeys.Subgroup => t["Subgroup"],
        FacetKeys.Stars => t["OCOP stars"],
        FacetKeys.Province => t["Province / city"],
        FacetKeys.District => t["District (before 7/2025)"],
        FacetKeys.Commune => t["Commune / ward"],
        FacetKeys.Producer => t["Producer"],
        FacetKeys.Price => t["Price"],
        FacetKeys.InStock => t["Availability"],
        _ => key,
    };

    private string FacetLabel(string key, FacetCount v) => key switch
    {
        FacetKeys.Stars => t["{0} stars", v.Value],
        FacetKeys.InStock => t["In stock only"],
        FacetKeys.Price => PriceRanges.Find(v.Value) switch
        {
            { From: null, To: { } to } => t["Under {0}", Core.Common.Vnd.Format(to)],
            { From: { } from, To: null } => t["{0} and more", Core.Common.Vnd.Format(from)],
            { From: { } from, To: { } to } => $"{Core.Common.Vnd.Format(from)} – {Core.Common.Vnd.Format(to)}",
            _ => v.Label,
        },
        _ => v.Label,
    };
}
