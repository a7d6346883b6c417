using Microsoft.AspNetCore.OutputCaching;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>
/// After any change to a point, its photos or its shelf: drops the cached storefront pages (the points list and map,
/// point pages, "available at" on product pages), so visitors see the change on the next request.
/// The one place to add any cache of points that appears later.
/// </summary>
public sealed class PointsRefresh(IOutputCacheStore pages)
{
    public ValueTask AfterChangeAsync(CancellationToken ct) => pages.EvictByTagAsync(CacheTags.Storefront, ct);
}
