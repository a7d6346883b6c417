using SkiaSharp;

namespace OcopMarket.Core.Media;

/// <summary>Decodes a codec's first frame into sRGB pixels, upright according to its EXIF orientation.</summary>
internal static class ImageDecoding
{
    /// <summary>Null when the data is damaged or truncated: a half-grey picture is worse than a clear refusal.</summary>
    public static SKBitmap? DecodeUpright(SKCodec codec)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul,
            SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            bitmap.Dispose();
            throw new InvalidOperationException($"Not enough memory to decode a {info.Width}×{info.Height} image.");
        }
        // Frame 0 only: an animated GIF becomes its first picture.
        var result = codec.GetPixels(info, bitmap.GetPixels(), new SKCodecOptions(0));
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return null;
        }
        return Orient(bitmap, codec.EncodedOrigin);
    }

    /// <summary>Applies the EXIF orientation so the stored pixels need no metadata to show the right way up.</summary>
    public static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft) return source;
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        int w = source.Width, h = source.Height;
        var info = source.Info.WithSize(swap ? h : w, swap ? w : h);
        var rotated = new SKBitmap(info);
        using (var canvas = new SKCanvas(rotated))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.SetMatrix(OriginMatrix(origin, w, h));
            canvas.DrawBitmap(source, 0, 0);
        }
        source.Dispose();
        return rotated;
    }

    // Maps source pixels into the upright frame; see the EXIF spec's eight orientations.
    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
