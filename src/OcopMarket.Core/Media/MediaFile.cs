using OcopMarket.Core.Common;

namespace OcopMarket.Core.Media;

/// <summary>An uploaded image: the validated original is stored under App_Data/media; sized variants are derived.</summary>
public class MediaFile : Entity
{
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
    public long Length { get; set; }
    /// <summary>Path relative to the media root.</summary>
    public string StoragePath { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
