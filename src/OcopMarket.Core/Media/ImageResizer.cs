using SkiaSharp;

namespace OcopMarket.Core.Media;

/// <summary>Encodes a stored original at a served width, never wider than the original.</summary>
public sealed class ImageResizer
{
    public const int WebPQuality = 80;
    public const int JpegQuality = 82;

    // Mipmaps keep large reductions (e.g. 4000 → 160 px) smooth instead of aliased.
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public byte[] Resize(string originalPath, int width, VariantFormat format)
    {
        using var codec = SKCodec.Create(originalPath)
            ?? throw new InvalidDataException("The stored original cannot be read as an image: " + originalPath);
        using var source = ImageDecoding.DecodeUpright(codec)
            ?? throw new InvalidDataException("The stored original is damaged: " + originalPath);

        var targetWidth = Math.Min(width, source.Width);
        var targetHeight = Math.Max(1, (int)Math.Round((double)source.Height * targetWidth / source.Width));
        using var image = SKImage.FromBitmap(source);
        var info = new SKImageInfo(targetWidth, targetHeight, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Cannot allocate a {targetWidth}×{targetHeight} surface.");
        var canvas = surface.Canvas;
        // JPEG has no alpha: transparent areas become white, as they look on the white storefront.
        canvas.Clear(format == VariantFormat.Jpeg ? SKColors.White : SKColors.Transparent);
        canvas.DrawImage(image, new SKRect(0, 0, targetWidth, targetHeight), Sampling);
        using var snapshot = surface.Snapshot();
        return Encode(snapshot, format);
    }

    internal static byte[] Encode(SKImage image, VariantFormat format)
    {
        using var data = format == VariantFormat.WebP
            ? image.Encode(SKEncodedImageFormat.Webp, WebPQuality)
            : image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return data?.ToArray() ?? throw new InvalidOperationException($"Skia could not encode {format}; is the native library complete?");
    }
}
