using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.Localization;
using OcopMarket.Web.Framework.Models;

namespace OcopMarket.Web.Features.Catalog;

/// <summary>The six OCOP groups with their subgroups and product counts, cached briefly (read on every page's menu).</summary>
public sealed class CategoryTree(OcopDbContext db, IMemoryCache cache)
{
    private const string CacheKey = "category-nodes";

    public sealed record Node(Category Category, int OwnCount);

    /// <summary>Drops the cached tree (the office edited a category or a product's visibility) so the next page reads it afresh.</summary>
    public void Invalidate() => cache.Remove(CacheKey);

    public async Task<IReadOnlyList<Node>> GetNodesAsync(CancellationToken ct) =>
        (await cache.GetOrCreateAsync(CacheKey, async e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            var counts = await db.Products.AsNoTracking().Visible().GroupBy(p => p.CategoryId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            var all = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);
            return all.Select(c => new Node(c, counts.GetValueOrDefault(c.Id))).ToList();
        }))!;

    /// <summary>Top-level groups with children, names in the UI language.</summary>
    public async Task<IReadOnlyList<CategoryLinkModel>> GetAsync(CancellationToken ct)
    {
        var nodes = await GetNodesAsync(ct);
        return nodes.Where(n => n.Category.ParentId is null).Select(n => ToLink(n, nodes)).ToList();
    }

    public async Task<Node?> FindBySlugAsync(string slug, CancellationToken ct) =>
        (await GetNodesAsync(ct)).FirstOrDefault(n => n.Category.Slug == slug);

    public async Task<IReadOnlyList<int>> SelfAndDescendantIdsAsync(int id, CancellationToken ct)
    {
        var nodes = await GetNodesAsync(ct);
        return nodes.Where(n => n.Category.Id == id || n.Category.ParentId == id).Select(n => n.Category.Id).ToList();
    }

    public CategoryLinkModel ToLink(Node node, IReadOnlyList<Node> all)
    {
        var children = all.Where(c => c.Category.ParentId == node.Category.Id).Select(c => ToLink(c, all)).ToList();
        return new CategoryLinkModel(node.Category.Id, Cultures.Pick(node.Category.Name, node.Category.NameEn), node.Category.Slug,
            node.Category.Icon, node.OwnCount + children.Sum(c => c.ProductCount), children);
    }
}
