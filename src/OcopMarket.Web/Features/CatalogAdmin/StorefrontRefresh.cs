using Microsoft.AspNetCore.OutputCaching;
using OcopMarket.Web.Features.Catalog;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.CatalogAdmin;

/// <summary>
/// After an office edit that changes what shoppers see: drops the cached storefront pages and the
/// category menu (its product counts), so the change shows on the next request instead of within a minute.
/// </summary>
public sealed class StorefrontRefresh(IOutputCacheStore pages, CategoryTree categories)
{
    public async Task AfterCatalogChangeAsync(CancellationToken ct)
    {
        categories.Invalidate();
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
    }
}
