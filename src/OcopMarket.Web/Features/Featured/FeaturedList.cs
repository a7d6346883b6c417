using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Featured;

/// <summary>Whether a featured item is on the home page today, and if not, why.</summary>
public enum FeaturedState
{
    Shown = 1,
    Scheduled,
    Ended,
    /// <summary>The product or producer is not published (or the product's producer is not).</summary>
    Hidden,
    /// <summary>In its window and visible, but below the first <see cref="FeaturedList.ProductsShown"/> / <see cref="FeaturedList.ProducersShown"/>.</summary>
    BeyondLimit,
}

public sealed record FeaturedRow(int Id, FeaturedKind Kind, int TargetId, string Name, string Slug, string? Detail, int SortOrder,
    DateOnly? StartsOn, DateOnly? EndsOn, FeaturedState State);

public sealed record FeaturedOption(int Id, string Name, string? Detail);

public sealed record FeaturedPage(IReadOnlyList<FeaturedRow> Products, IReadOnlyList<FeaturedRow> Producers,
    IReadOnlyList<FeaturedOption> ProductOptions, IReadOnlyList<FeaturedOption> ProducerOptions, string? ProductSearch, string? ProducerSearch, DateOnly Today);

/// <summary>
/// The promotion staff's ordered lists of featured products and producers (FeaturedItems): the one source of what the
/// home page features. Product.IsFeatured is kept equal to "is in the list" in the same SaveChanges, so search
/// relevance (which ranks featured products first) follows the same list; nothing else writes it any more.
/// Every write evicts the storefront cache.
/// </summary>
public sealed class FeaturedList(OcopDbContext db, IOutputCacheStore pages, TimeProvider time)
{
    /// <summary>How many of each the home page shows.</summary>
    public const int ProductsShown = 8, ProducersShown = 6;
    private const int MaxOptions = 100;

    public DateOnly Today => VietnamTime.Today(time);

    public async Task<FeaturedPage> GetAsync(string? productSearch, string? producerSearch, CancellationToken ct)
    {
        var today = Today;
        var items = await db.FeaturedItems.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new
            {
                f.Id, f.Kind, f.ProductId, f.ProducerId, f.SortOrder, f.StartsOn, f.EndsOn,
                ProductName = f.Product != null ? f.Product.Name : null, ProductSlug = f.Product != null ? f.Product.Slug : null,
                ProductProducer = f.Product != null ? f.Product.Producer!.Name : null,
                ProductVisible = f.Product != null && f.Product.IsPublished && f.Product.Producer!.IsPublished,
                ProducerName = f.Producer != null ? f.Producer.Name : null, ProducerSlug = f.Producer != null ? f.Producer.Slug : null,
                ProducerVisible = f.Producer != null && f.Producer.IsPublished,
            })
            .ToListAsync(ct);

        List<FeaturedRow> Rows(FeaturedKind kind, int limit)
        {
            var shown = 0;
            var rows = new List<FeaturedRow>();
            foreach (var i in items.Where(i => i.Kind == kind))
            {
                var product = kind == FeaturedKind.Product;
                var visible = product ? i.ProductVisible : i.ProducerVisible;
                var state = i.StartsOn > today ? FeaturedState.Scheduled
                    : i.EndsOn < today ? FeaturedState.Ended
                    : !visible ? FeaturedState.Hidden
                    : ++shown > limit ? FeaturedState.BeyondLimit
                    : FeaturedState.Shown;
                rows.Add(new FeaturedRow(i.Id, kind, (product ? i.ProductId : i.ProducerId) ?? 0,
                    (product ? i.ProductName : i.ProducerName) ?? "", (product ? i.ProductSlug : i.ProducerSlug) ?? "",
                    product ? i.ProductProducer : null, i.SortOrder, i.StartsOn, i.EndsOn, state));
            }
            return rows;
        }

        var listedProducts = items.Where(i => i.ProductId != null).Select(i => i.ProductId!.Value).ToList();
        var listedProducers = items.Where(i => i.ProducerId != null).Select(i => i.ProducerId!.Value).ToList();
        var products = db.Products.AsNoTracking().Where(p => p.IsPublished && p.Producer!.IsPublished && !listedProducts.Contains(p.Id));
        if (Clean(productSearch) is { } pq)
        {
            var folded = VietnameseText.Fold(pq).ToLowerInvariant();
            products = products.Where(p => p.SearchKey.Contains(folded) || p.Producer!.Name.Contains(pq));
        }
        var producers = db.Producers.AsNoTracking().Where(p => p.IsPublished && !listedProducers.Contains(p.Id));
        if (Clean(producerSearch) is { } nq)
        {
            var slug = SlugGenerator.Generate(nq);
            producers = producers.Where(p => p.Name.Contains(nq) || (slug.Length > 0 && p.Slug.Contains(slug)));
        }
        var productOptions = await products.OrderBy(p => p.Name).Take(MaxOptions)
            .Select(p => new FeaturedOption(p.Id, p.Name, p.Producer!.Name)).ToListAsync(ct);
        var producerOptions = await producers.OrderBy(p => p.Name).Take(MaxOptions)
            .Select(p => new FeaturedOption(p.Id, p.Name, p.Province != null ? p.Province.Name : null)).ToListAsync(ct);
        return new FeaturedPage(Rows(FeaturedKind.Product, ProductsShown), Rows(FeaturedKind.Producer, ProducersShown),
            productOptions, producerOptions, Clean(productSearch), Clean(producerSearch), today);
    }

    /// <summary>The product's place in the list (1-based) and its dates, or null when it is not featured (for the product editor).</summary>
    public async Task<FeaturedRow?> ForProductAsync(int productId, CancellationToken ct)
    {
        var item = await db.FeaturedItems.AsNoTracking().Where(f => f.Kind == FeaturedKind.Product && f.ProductId == productId)
            .Select(f => new { f.Id, f.SortOrder, f.StartsOn, f.EndsOn }).FirstOrDefaultAsync(ct);
        if (item is null) return null;
        var position = await db.FeaturedItems.CountAsync(f => f.Kind == FeaturedKind.Product && (f.SortOrder < item.SortOrder || f.SortOrder == item.SortOrder && f.Id <= item.Id), ct);
        var today = Today;
        var state = item.StartsOn > today ? FeaturedState.Scheduled : item.EndsOn < today ? FeaturedState.Ended : FeaturedState.Shown;
        return new FeaturedRow(item.Id, FeaturedKind.Product, productId, "", "", null, position, item.StartsOn, item.EndsOn, state);
    }

    /// <summary>Puts a published product or producer at the end of its list, optionally only between two days.</summary>
    public async Task<OperationResult> AddAsync(FeaturedKind kind, int? targetId, DateOnly? startsOn, DateOnly? endsOn, int? userId, CancellationToken ct)
    {
        if (!Enum.IsDefined(kind)) return OperationResult.Fail("Choose what to feature.");
        if (targetId is not { } id)
            return OperationResult.Fail(kind == FeaturedKind.Product ? "Please choose a product." : "Please choose a producer.");
        if (Window(startsOn, endsOn) is { } windowError) return windowError;
        var product = kind == FeaturedKind.Product
            ? await db.Products.FirstOrDefaultAsync(p => p.Id == id && p.IsPublished && p.Producer!.IsPublished, ct)
            : null;
        var exists = kind == FeaturedKind.Product ? product is not null : await db.Producers.AnyAsync(p => p.Id == id && p.IsPublished, ct);
        if (!exists)
            return OperationResult.Fail(kind == FeaturedKind.Product ? "Only a product shown on the storefront can be featured." : "Only a producer shown on the storefront can be featured.");
        if (await db.FeaturedItems.AnyAsync(f => f.Kind == kind && (kind == FeaturedKind.Product ? f.ProductId == id : f.ProducerId == id), ct))
            return OperationResult.Fail("It is already in the list.");

        var last = await db.FeaturedItems.Where(f => f.Kind == kind).MaxAsync(f => (int?)f.SortOrder, ct) ?? 0;
        db.FeaturedItems.Add(new FeaturedItem
        {
            Kind = kind, ProductId = kind == FeaturedKind.Product ? id : null, ProducerId = kind == FeaturedKind.Producer ? id : null,
            SortOrder = last + 1, StartsOn = startsOn, EndsOn = endsOn, CreatedAt = time.GetUtcNow(), CreatedByUserId = userId,
        });
        if (product is not null) product.IsFeatured = true;
        await SaveAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<bool> RemoveAsync(int id, CancellationToken ct)
    {
        var item = await db.FeaturedItems.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (item is null) return false;
        db.FeaturedItems.Remove(item);
        if (item.ProductId is { } productId && await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct) is { } product)
            product.IsFeatured = false;
        var rest = await db.FeaturedItems.Where(f => f.Kind == item.Kind && f.Id != id).OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToListAsync(ct);
        Renumber(rest);
        await SaveAsync(ct);
        return true;
    }

    /// <summary>Swaps the item with its neighbour above (-1) or below (+1); the list is renumbered 1…n.</summary>
    public async Task<bool> MoveAsync(int id, int direction, CancellationToken ct)
    {
        var kind = await db.FeaturedItems.Where(f => f.Id == id).Select(f => (FeaturedKind?)f.Kind).FirstOrDefaultAsync(ct);
        if (kind is null) return false;
        var list = await db.FeaturedItems.Where(f => f.Kind == kind).OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToListAsync(ct);
        var at = list.FindIndex(f => f.Id == id);
        var to = at + Math.Sign(direction);
        if (to >= 0 && to < list.Count) (list[at], list[to]) = (list[to], list[at]);
        Renumber(list);
        await SaveAsync(ct);
        return true;
    }

    public async Task<OperationResult> SetWindowAsync(int id, DateOnly? startsOn, DateOnly? endsOn, CancellationToken ct)
    {
        var item = await db.FeaturedItems.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (item is null) return OperationResult.Fail("The item is no longer in the list.");
        if (Window(startsOn, endsOn) is { } error) return error;
        item.StartsOn = startsOn;
        item.EndsOn = endsOn;
        await SaveAsync(ct);
        return OperationResult.Ok;
    }

    private static OperationResult? Window(DateOnly? startsOn, DateOnly? endsOn) =>
        startsOn is { } s && endsOn is { } e && e < s ? OperationResult.Fail("The last day cannot be before the first day.") : null;

    private static void Renumber(List<FeaturedItem> items)
    {
        for (var i = 0; i < items.Count; i++)
            if (items[i].SortOrder != i + 1) items[i].SortOrder = i + 1;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(System.Text.NormalizationForm.FormC);
}

/// <summary>One of the two lists as the admin page draws it.</summary>
public sealed record FeaturedSection(FeaturedKind Kind, IReadOnlyList<FeaturedRow> Rows, IReadOnlyList<FeaturedOption> Options, string? Search, int Limit, string OtherSearchName, string? OtherSearch);
