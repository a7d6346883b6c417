namespace OcopMarket.Core.Media;

/// <summary>The encodings served for derived sizes: WebP for browsers that take it, JPEG for the rest.</summary>
public enum VariantFormat
{
    WebP,
    Jpeg,
}

public static class VariantFormats
{
    /// <summary>Maps a URL extension ("webp", "jpg") to a format; anything else is not served.</summary>
    public static bool TryParse(string? extension, out VariantFormat format)
    {
        switch (extension)
        {
            case "webp":
                format = VariantFormat.WebP;
                return true;
            case "jpg":
                format = VariantFormat.Jpeg;
                return true;
            default:
                format = default;
                return false;
        }
    }

    public static string Extension(this VariantFormat format) => format == VariantFormat.WebP ? "webp" : "jpg";

    public static string ContentType(this VariantFormat format) => format == VariantFormat.WebP ? "image/webp" : "image/jpeg";
}
