using Microsoft.AspNetCore.OutputCaching;
using OcopMarket.Core.Settings;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.SystemAdmin;

/// <summary>Saves settings the storefront shows (theme, contact, footer) and drops the cached pages that showed the old ones.</summary>
public sealed class StorefrontSettings(ISiteSettings settings, IOutputCacheStore pages)
{
    public async Task SaveAsync(IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        await settings.SaveAsync(values, ct);
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
    }
}
