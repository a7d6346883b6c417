using OcopMarket.Core.Media;

namespace OcopMarket.Web.Framework.TagHelpers;

/// <summary>The public URLs of sized images; MediaController serves exactly these shapes.</summary>
public static class MediaUrls
{
    public static string Variant(int mediaId, int width, VariantFormat format) => $"/media/{mediaId}/{width}.{format.Extension()}";

    public static string Placeholder(int width, VariantFormat format) => $"/media/placeholder/{width}.{format.Extension()}";

    public static string For(int? mediaId, int width, VariantFormat format) =>
        mediaId is { } id ? Variant(id, width, format) : Placeholder(width, format);
}
