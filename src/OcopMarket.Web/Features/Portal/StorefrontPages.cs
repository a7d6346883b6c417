using Microsoft.AspNetCore.OutputCaching;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Portal;

/// <summary>Drops cached storefront pages after a producer's change, so visitors see new stock, prices and stories at once.</summary>
public sealed class StorefrontPages(IOutputCacheStore cache)
{
    public ValueTask EvictAsync(CancellationToken ct = default) => cache.EvictByTagAsync(CacheTags.Storefront, ct);
}
