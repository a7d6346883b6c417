using System.Text;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Media;
using SkiaSharp;

namespace OcopMarket.Core.Tests.Media;

public sealed class SkiaImageStoreTests : IDisposable
{
    private readonly MediaTestContext media = new();

    public void Dispose() => media.Dispose();

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Webp, "image/jpeg")] // opaque WebP photos are stored as JPEG
    public async Task Valid_images_are_stored_with_their_dimensions_and_a_row(SKEncodedImageFormat format, string storedType)
    {
        var result = await media.SaveAsync(TestImages.Encode(640, 480, format), "C:\\Users\\lan\\Ảnh\\hồng.img");

        Assert.True(result.Succeeded, result.Error?.ToString());
        var file = result.File!;
        Assert.Equal((640, 480), (file.Width, file.Height));
        Assert.Equal(storedType, file.ContentType);
        Assert.Equal("hồng.img", file.FileName);
        Assert.Equal(media.Time.GetUtcNow(), file.CreatedAt);

        var stored = await media.NewDb().MediaFiles.SingleAsync(m => m.Id == file.Id);
        var path = media.Paths.Resolve(stored.StoragePath);
        Assert.StartsWith("originals/", stored.StoragePath, StringComparison.Ordinal);
        Assert.Equal(new FileInfo(path).Length, stored.Length);
        using var codec = SKCodec.Create(path);
        Assert.Equal((640, 480), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public async Task Exif_is_applied_then_stripped()
    {
        // Orientation 6: the camera was turned; the upright picture is the stored one rotated 90° clockwise.
        var upload = TestImages.JpegWithExif(80, 40, orientation: 6, secret: "GPS 21.9203N 106.8342E");
        Assert.Contains("GPS 21.9203N", Encoding.ASCII.GetString(upload), StringComparison.Ordinal);

        var result = await media.SaveAsync(upload);

        Assert.True(result.Succeeded);
        Assert.Equal((40, 80), (result.File!.Width, result.File.Height));
        var stored = await File.ReadAllBytesAsync(media.Paths.Resolve(result.File.StoragePath));
        var text = Encoding.ASCII.GetString(stored);
        Assert.DoesNotContain("GPS 21.9203N", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        using var codec = SKCodec.Create(SKData.CreateCopy(stored));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        // The green corner mark (top-left of the sensor image) now sits at the top-right.
        using var bitmap = SKBitmap.Decode(stored);
        var topRight = bitmap.GetPixel(36, 3);
        Assert.True(topRight.Green > 100 && topRight.Red < 100, $"expected the green mark top-right, got {topRight}");
    }

    [Fact]
    public async Task Transparent_png_stays_png()
    {
        var result = await media.SaveAsync(TestImages.Encode(100, 100, SKEncodedImageFormat.Png, transparent: true), "logo.png");

        Assert.True(result.Succeeded);
        Assert.EndsWith(".png", result.File!.StoragePath, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(media.Paths.Resolve(result.File.StoragePath));
        Assert.Equal(0, bitmap.GetPixel(99, 99).Alpha);
    }

    [Fact]
    public async Task Text_renamed_to_jpg_is_not_an_image()
    {
        var result = await media.SaveAsync(Encoding.UTF8.GetBytes("Đây là tệp văn bản, không phải ảnh.\n"), "anh-san-pham.jpg");

        Assert.Equal(ImageRejection.NotAnImage, result.Error);
        Assert.Empty(media.StoredFiles());
        Assert.False(await media.NewDb().MediaFiles.AnyAsync());
    }

    [Fact]
    public async Task Truncated_jpeg_is_not_an_image()
    {
        var jpeg = TestImages.Encode(400, 300, SKEncodedImageFormat.Jpeg);

        var result = await media.SaveAsync(jpeg[..(jpeg.Length / 2)]);

        Assert.Equal(ImageRejection.NotAnImage, result.Error);
    }

    [Fact]
    public async Task Decompression_bomb_is_refused_from_its_header()
    {
        var bomb = TestImages.BlankPng(20_000, 20_000);
        Assert.True(bomb.Length < 1024 * 1024, $"the test PNG should be small, it is {bomb.Length} bytes");
        using (var codec = SKCodec.Create(SKData.CreateCopy(bomb)))
            Assert.Equal((20_000, 20_000), (codec.Info.Width, codec.Info.Height)); // Skia reads it as a valid PNG

        var result = await media.SaveAsync(bomb, "bomb.png");

        Assert.Equal(ImageRejection.TooManyPixels, result.Error);
        Assert.Empty(media.StoredFiles());
    }

    [Fact]
    public async Task Bytes_over_the_limit_are_too_large()
    {
        using var small = new MediaTestContext(maxUploadBytes: 2_000);
        var jpeg = TestImages.Encode(600, 400, SKEncodedImageFormat.Jpeg);
        Assert.True(jpeg.Length > 2_000);

        var result = await small.SaveAsync(jpeg);

        Assert.Equal(ImageRejection.TooLarge, result.Error);
    }

    [Fact]
    public async Task Empty_upload_is_empty()
    {
        var result = await media.SaveAsync([]);

        Assert.Equal(ImageRejection.Empty, result.Error);
    }

    [Fact]
    public async Task Bmp_is_an_unsupported_format()
    {
        var result = await media.SaveAsync(Bmp(4, 4), "scan.bmp");

        Assert.Equal(ImageRejection.UnsupportedFormat, result.Error);
    }

    /// <summary>A 24-bit BMP: Skia decodes it, the store must still refuse it.</summary>
    private static byte[] Bmp(int width, int height)
    {
        var rowSize = (width * 3 + 3) & ~3;
        var pixels = rowSize * height;
        var b = new byte[54 + pixels];
        b[0] = (byte)'B';
        b[1] = (byte)'M';
        BitConverter.TryWriteBytes(b.AsSpan(2), b.Length);
        BitConverter.TryWriteBytes(b.AsSpan(10), 54);
        BitConverter.TryWriteBytes(b.AsSpan(14), 40);
        BitConverter.TryWriteBytes(b.AsSpan(18), width);
        BitConverter.TryWriteBytes(b.AsSpan(22), height);
        BitConverter.TryWriteBytes(b.AsSpan(26), (short)1);
        BitConverter.TryWriteBytes(b.AsSpan(28), (short)24);
        BitConverter.TryWriteBytes(b.AsSpan(34), pixels);
        return b;
    }
}
