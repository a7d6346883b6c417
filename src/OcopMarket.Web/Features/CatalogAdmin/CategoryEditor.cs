using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Catalog;
using OcopMarket.Core.Catalog.Moderation;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>One category row: groups and their subgroups, with how many products use each.</summary>
public sealed class CategoryRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string Code { get; init; } = "";
    public string Slug { get; init; } = "";
    public int? ParentId { get; init; }
    public string? Parent { get; init; }
    public int SortOrder { get; init; }
    public string? Icon { get; init; }
    public int Products { get; init; }
    public int Subgroups { get; init; }
    /// <summary>Orders the rows as a tree: a group, then its subgroups by their own order.</summary>
    public int TreeOrder { get; init; }
}

/// <summary>
/// The OCOP groups (Decision 148: six) and subgroups. Two levels only: a subgroup's parent is a group.
/// A category in use (products, subgroups, pending changes) cannot be deleted.
/// </summary>
public sealed class CategoryEditor(OcopDbContext db, StorefrontRefresh storefront)
{
    private static readonly SortMap<CategoryRow> Sorts = new SortMap<CategoryRow>()
        .Add("tree", r => r.TreeOrder)
        .Add("name", r => r.Name)
        .Add("code", r => r.Code)
        .Add("products", r => r.Products);

    public Task<PagedList<CategoryRow>> ListAsync(ListQuery query, CancellationToken ct)
    {
        var categories = db.Categories.AsNoTracking();
        if (query.Text is { } text)
        {
            var folded = SlugGenerator.Generate(text);
            categories = categories.Where(c => c.Name.Contains(text) || c.NameEn.Contains(text) || c.Code.Contains(text) || (folded != "" && c.Slug.Contains(folded)));
        }
        var rows = categories.Select(c => new CategoryRow
        {
            Id = c.Id,
            Name = c.Name,
            NameEn = c.NameEn,
            Code = c.Code,
            Slug = c.Slug,
            ParentId = c.ParentId,
            Parent = c.Parent != null ? c.Parent.Name : null,
            SortOrder = c.SortOrder,
            Icon = c.Icon,
            Products = db.Products.Count(p => p.CategoryId == c.Id),
            Subgroups = db.Categories.Count(s => s.ParentId == c.Id),
            TreeOrder = c.Parent != null ? c.Parent.SortOrder * 10_000 + 1 + c.SortOrder : c.SortOrder * 10_000,
        });
        return rows.ToPagedListAsync(query, Sorts, ct);
    }

    public async Task<CategoryForm?> LoadAsync(int id, CancellationToken ct)
    {
        var c = await db.Categories.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        return new CategoryForm
        {
            Id = c.Id,
            Name = c.Name,
            NameEn = c.NameEn,
            Code = c.Code,
            Slug = c.Slug,
            CurrentSlug = c.Slug,
            ParentId = c.ParentId,
            SortOrder = c.SortOrder.ToString(CultureInfo.InvariantCulture),
            Icon = c.Icon,
        };
    }

    public async Task FillAsync(CategoryForm form, CancellationToken ct)
    {
        var groups = await db.Categories.AsNoTracking().Where(c => c.ParentId == null && c.Id != form.Id)
            .OrderBy(c => c.SortOrder).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        form.Groups = groups.Select(g => (g.Id, g.Name)).ToList();
        if (form.Id != 0)
        {
            form.ProductCount = await db.Products.CountAsync(p => p.CategoryId == form.Id, ct);
            form.SubgroupCount = await db.Categories.CountAsync(c => c.ParentId == form.Id, ct);
            form.CurrentSlug ??= await db.Categories.Where(c => c.Id == form.Id).Select(c => c.Slug).FirstOrDefaultAsync(ct);
        }
    }

    public async Task<(int? Id, FormErrors Errors)> SaveAsync(CategoryForm form, CancellationToken ct)
    {
        var errors = new FormErrors();
        Category? category = null;
        if (form.Id != 0)
        {
            category = await db.Categories.FirstOrDefaultAsync(c => c.Id == form.Id, ct);
            if (category is null) return (null, errors);
        }
        var name = VietnameseText.Normalize(form.Name) ?? "";
        var code = form.Code.Trim();
        if (await db.Categories.AnyAsync(c => c.Code == code && c.Id != form.Id, ct))
            errors.Add(nameof(form.Code), "Another category already has this code.");

        string? slug = null;
        var typed = form.Slug?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(typed))
        {
            if (!SlugGenerator.IsValid(typed))
                errors.Add(nameof(form.Slug), "Use only lower-case letters without accents, digits and hyphens (e.g. {0}).", SlugGenerator.Generate(typed) is { Length: > 0 } s ? s : "mat-ong");
            else if (await db.Categories.AnyAsync(c => c.Slug == typed && c.Id != form.Id, ct))
                errors.Add(nameof(form.Slug), "Another category already uses this address; choose another.");
            else slug = typed;
        }
        else
        {
            var stem = SlugGenerator.Generate(name);
            slug = await ProducerEditor.FreeSlugAsync(stem.Length > 0 ? stem : "nhom", s => db.Categories.AnyAsync(c => c.Slug == s && c.Id != form.Id, ct));
        }

        if (form.ParentId is { } parentId)
        {
            var parent = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId, ct);
            if (parent is null || parent.Id == form.Id || parent.ParentId is not null)
                errors.Add(nameof(form.ParentId), "The parent must be one of the OCOP groups.");
            else if (form.Id != 0 && await db.Categories.AnyAsync(c => c.ParentId == form.Id, ct))
                errors.Add(nameof(form.ParentId), "This group has subgroups, so it cannot become a subgroup itself.");
        }

        int order;
        if (string.IsNullOrWhiteSpace(form.SortOrder)) order = await NextOrderAsync(form.ParentId, ct);
        else if (FormNumbers.TryParseWhole(form.SortOrder, out var typedOrder) && typedOrder is >= 0 and <= 10_000) order = (int)typedOrder;
        else
        {
            errors.Add(nameof(form.SortOrder), "The sort order must be a whole number from 0 to 10000.");
            order = 0;
        }

        if (errors.Count > 0) return (null, errors);
        var creating = category is null;
        category ??= new Category();
        category.Name = name;
        category.NameEn = VietnameseText.Normalize(form.NameEn) ?? "";
        category.Code = code;
        category.Slug = slug!;
        category.ParentId = form.ParentId;
        category.SortOrder = order;
        category.Icon = string.IsNullOrWhiteSpace(form.Icon) ? null : form.Icon.Trim();
        if (creating) db.Categories.Add(category);
        await db.SaveChangesAsync(ct);
        await storefront.AfterCatalogChangeAsync(ct);
        return (category.Id, errors);
    }

    public async Task<OperationResult> DeleteAsync(int id, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return OperationResult.Fail("The category does not exist.");
        var products = await db.Products.CountAsync(p => p.CategoryId == id, ct);
        if (products > 0)
            return OperationResult.Fail("{0} cannot be deleted: {1} products use it. Move them to another category first.", category.Name, products);
        var subgroups = await db.Categories.CountAsync(c => c.ParentId == id, ct);
        if (subgroups > 0)
            return OperationResult.Fail("{0} cannot be deleted: it has {1} subgroups. Delete or move them first.", category.Name, subgroups);
        if (await db.ProductChangeRequests.AnyAsync(r => r.ProposedCategoryId == id && r.Status == ChangeRequestStatus.Pending, ct))
            return OperationResult.Fail("{0} cannot be deleted: a producer's pending change proposes it.", category.Name);
        db.Categories.Remove(category);
        await db.SaveChangesAsync(ct);
        await storefront.AfterCatalogChangeAsync(ct);
        return OperationResult.Ok;
    }

    private async Task<int> NextOrderAsync(int? parentId, CancellationToken ct) =>
        (await db.Categories.Where(c => c.ParentId == parentId).MaxAsync(c => (int?)c.SortOrder, ct) ?? 0) + 1;
}
