namespace OcopMarket.Core.Media;

public sealed class MediaOptions
{
    /// <summary>Absolute folder for originals and derived sizes (the host sets App_Data/media).</summary>
    public string RootPath { get; set; } = "";
    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>Largest decoded image accepted (width × height); guards against decompression bombs.</summary>
    public long MaxPixels { get; set; } = 40_000_000;
    /// <summary>The only widths served, so the cache of derived files stays bounded.</summary>
    public int[] Widths { get; set; } = [160, 400, 800];
}
