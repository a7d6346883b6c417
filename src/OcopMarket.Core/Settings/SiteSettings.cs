using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Settings;

/// <summary>
/// Key/value settings the office edits at run time. Read on almost every request (theme, footer), so all
/// rows are held in the memory cache and evicted when a save commits.
/// </summary>
public interface ISiteSettings
{
    /// <summary>The stored value, or null when the key has none.</summary>
    string? Get(string key);

    /// <summary>Sets several keys in one transaction; a null or blank value removes the key (the default applies again).</summary>
    Task SaveAsync(IReadOnlyDictionary<string, string?> values, CancellationToken ct = default);
}

public sealed class SiteSettings(OcopDbContext db, IMemoryCache cache) : ISiteSettings
{
    // One entry for all rows: there are a handful, and one query per eviction is cheaper than one per key.
    private const string CacheKey = "site-settings";
    public const int MaxValueLength = 4000;

    public string? Get(string key) => Load().GetValueOrDefault(key);

    public async Task SaveAsync(IReadOnlyDictionary<string, string?> values, CancellationToken ct = default)
    {
        var keys = values.Keys.ToList();
        var rows = await db.SiteSettings.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, ct);
        foreach (var (key, raw) in values)
        {
            var value = string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
            if (value?.Length > MaxValueLength) throw new ArgumentException($"The value of {key} is longer than {MaxValueLength} characters.", nameof(values));
            var row = rows.GetValueOrDefault(key);
            if (value is null)
            {
                if (row is not null) db.SiteSettings.Remove(row);
            }
            else if (row is null) db.SiteSettings.Add(new SiteSetting { Key = key, Value = value });
            else row.Value = value;
        }
        // One SaveChanges: every key and its audit rows commit together.
        await db.SaveChangesAsync(ct);
        cache.Remove(CacheKey);
    }

    private Dictionary<string, string> Load() =>
        cache.GetOrCreate(CacheKey, _ => db.SiteSettings.AsNoTracking().ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal))!;
}
