namespace OcopMarket.Core.Media;

/// <summary>Where originals and derived files live under the media root; one place so the layout stays consistent.</summary>
public sealed class MediaPaths(MediaOptions options)
{
    public const string OriginalsFolder = "originals";
    public const string CacheFolder = "cache";

    public string Root => options.RootPath;

    /// <summary>Resolves a MediaFile.StoragePath (relative, forward slashes) to an absolute path inside the root.</summary>
    public string Resolve(string storagePath)
    {
        var root = Path.GetFullPath(options.RootPath);
        var full = Path.GetFullPath(Path.Combine(root, storagePath.Replace('/', Path.DirectorySeparatorChar)));
        // A tampered row must not make us read outside the media root.
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("Media storage path escapes the media root: " + storagePath);
        return full;
    }

    public string Variant(int mediaId, int width, VariantFormat format) =>
        Path.Combine(options.RootPath, CacheFolder, $"{mediaId}-{width}.{format.Extension()}");

    public string Placeholder(int width, VariantFormat format) =>
        Path.Combine(options.RootPath, CacheFolder, $"placeholder-{width}.{format.Extension()}");
}
