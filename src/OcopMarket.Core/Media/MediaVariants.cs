using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Media;

/// <summary>A derived file ready to send.</summary>
public sealed record MediaVariant(string PhysicalPath, string ContentType);

/// <summary>Finds or makes the sized files the storefront links to; null for anything not served.</summary>
public sealed class MediaVariants(
    OcopDbContext db, MediaOptions options, MediaPaths paths, MediaFileCache cache, ImageResizer resizer, PlaceholderRenderer placeholder)
{
    public bool IsServedWidth(int width) => options.Widths.Contains(width);

    public async Task<MediaVariant?> GetAsync(int mediaId, int width, VariantFormat format, CancellationToken ct = default)
    {
        if (!IsServedWidth(width)) return null;
        var target = paths.Variant(mediaId, width, format);
        // Cached files need no database round trip: they only exist for ids that were found before.
        if (!File.Exists(target))
        {
            var storagePath = await db.MediaFiles.AsNoTracking().Where(m => m.Id == mediaId).Select(m => m.StoragePath).FirstOrDefaultAsync(ct);
            if (storagePath is null) return null;
            var original = paths.Resolve(storagePath);
            if (!File.Exists(original)) return null;
            await cache.GetOrCreateAsync(target, () => resizer.Resize(original, width, format));
        }
        return new MediaVariant(target, format.ContentType());
    }

    public async Task<MediaVariant?> GetPlaceholderAsync(int width, VariantFormat format)
    {
        if (!IsServedWidth(width)) return null;
        var target = await cache.GetOrCreateAsync(paths.Placeholder(width, format), () => placeholder.Render(width, format));
        return new MediaVariant(target, format.ContentType());
    }
}
