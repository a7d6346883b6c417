using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using OcopMarket.Core.Data;
using OcopMarket.Core.Plugins;

namespace OcopMarket.Web.Framework.Plugins;

/// <summary>Which plugins are installed and enabled (database, cached in memory until a change).</summary>
public sealed class PluginStates(IServiceScopeFactory scopes, IMemoryCache cache, TimeProvider time, Microsoft.AspNetCore.OutputCaching.IOutputCacheStore pages)
{
    private const string CacheKey = "plugin-states";

    public bool IsEnabled(string systemName) =>
        Load().TryGetValue(systemName, out var s) && s is { Installed: true, Enabled: true };

    public PluginState? Get(string systemName) => Load().GetValueOrDefault(systemName);

    public async Task SetEnabledAsync(string systemName, bool enabled, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var state = await db.PluginStates.FindAsync([systemName], ct) ?? throw new InvalidOperationException($"Plugin {systemName} is not installed.");
        state.Enabled = enabled;
        state.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        cache.Remove(CacheKey);
        // Cached storefront pages may show the plugin's widgets: they go too.
        await pages.EvictByTagAsync(CacheTags.Storefront, ct);
    }

    /// <summary>Records newly discovered plugins as installed and enabled (their migrations ran at start-up).</summary>
    public async Task RegisterInstalledAsync(IEnumerable<string> systemNames, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var known = await db.PluginStates.Select(p => p.SystemName).ToListAsync(ct);
        foreach (var name in systemNames.Except(known))
            db.PluginStates.Add(new PluginState { SystemName = name, Installed = true, Enabled = true, UpdatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        cache.Remove(CacheKey);
    }

    private Dictionary<string, PluginState> Load() =>
        cache.GetOrCreate(CacheKey, _ =>
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            return db.PluginStates.AsNoTracking().ToDictionary(p => p.SystemName);
        })!;
}
