using Microsoft.Extensions.Logging;
using OcopMarket.Core.Data;
using SkiaSharp;

namespace OcopMarket.Core.Media;

/// <summary>
/// Accepts an upload only after Skia has parsed and decoded it, then stores a re-encoded copy:
/// re-encoding drops EXIF (GPS, camera serials) and anything smuggled after the image data.
/// </summary>
public sealed class SkiaImageStore(OcopDbContext db, MediaOptions options, MediaPaths paths, TimeProvider time, ILogger<SkiaImageStore> logger)
    : IImageStore
{
    private const int OriginalJpegQuality = 92;

    private static readonly SKEncodedImageFormat[] Accepted =
        [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp, SKEncodedImageFormat.Gif];

    public async Task<ImageSaveResult> SaveAsync(Stream content, string fileName, CancellationToken ct = default)
    {
        var bytes = await ReadBoundedAsync(content, options.MaxUploadBytes, ct);
        if (bytes is null) return ImageSaveResult.Fail(ImageRejection.TooLarge);
        if (bytes.Length == 0) return ImageSaveResult.Fail(ImageRejection.Empty);

        var encoded = Encode(bytes, out var rejection, out var width, out var height, out var asPng);
        if (encoded is null) return ImageSaveResult.Fail(rejection);

        var extension = asPng ? "png" : "jpg";
        var storagePath = $"{MediaPaths.OriginalsFolder}/{Guid.NewGuid():N}.{extension}";
        var fullPath = paths.Resolve(storagePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        await File.WriteAllBytesAsync(fullPath, encoded, ct);

        var file = new MediaFile
        {
            FileName = CleanFileName(fileName),
            ContentType = asPng ? "image/png" : "image/jpeg",
            Width = width,
            Height = height,
            Length = encoded.Length,
            StoragePath = storagePath,
            CreatedAt = time.GetUtcNow(),
        };
        db.MediaFiles.Add(file);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // No row, no file: an orphan original would never be cleaned up.
            db.MediaFiles.Entry(file).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            File.Delete(fullPath);
            throw;
        }
        logger.LogInformation("Stored image {Id} ({Width}×{Height}) from {FileName}", file.Id, width, height, file.FileName);
        return ImageSaveResult.Ok(file);
    }

    /// <summary>Parses, checks and re-encodes; null with the reason when the bytes are refused.</summary>
    private byte[]? Encode(byte[] bytes, out ImageRejection rejection, out int width, out int height, out bool asPng)
    {
        rejection = default;
        width = height = 0;
        asPng = false;
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            rejection = ImageRejection.NotAnImage;
            return null;
        }
        if (!Accepted.Contains(codec.EncodedFormat))
        {
            rejection = ImageRejection.UnsupportedFormat;
            return null;
        }
        // Checked from the header alone, before any pixel memory is allocated: a tiny PNG can claim 20000×20000.
        if ((long)codec.Info.Width * codec.Info.Height > options.MaxPixels)
        {
            rejection = ImageRejection.TooManyPixels;
            return null;
        }

        using var bitmap = ImageDecoding.DecodeUpright(codec);
        if (bitmap is null)
        {
            rejection = ImageRejection.NotAnImage;
            return null;
        }
        width = bitmap.Width;
        height = bitmap.Height;
        // Photos stay JPEG; PNG, GIF and transparent WebP stay lossless so logos and cut-outs keep their edges and alpha.
        asPng = codec.EncodedFormat is SKEncodedImageFormat.Png or SKEncodedImageFormat.Gif
            || (codec.EncodedFormat == SKEncodedImageFormat.Webp && codec.Info.AlphaType != SKAlphaType.Opaque);
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = asPng
            ? image.Encode(SKEncodedImageFormat.Png, 100)
            : image.Encode(SKEncodedImageFormat.Jpeg, OriginalJpegQuality);
        return encoded?.ToArray() ?? throw new InvalidOperationException("Skia could not encode the image; is the native library complete?");
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the stream holds more.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string CleanFileName(string fileName)
    {
        // Browsers may send a full client path; keep the name only, and within the column's 260 characters.
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length == 0) name = "image";
        return name.Length > 260 ? name[^260..] : name;
    }
}
