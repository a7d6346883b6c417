using OcopMarket.Core.Media;
using SkiaSharp;

namespace OcopMarket.Core.Tests.Media;

public sealed class ImageVariantTests : IDisposable
{
    private readonly MediaTestContext media = new();

    public void Dispose() => media.Dispose();

    [Fact]
    public async Task Webp_variant_has_exactly_the_requested_width()
    {
        var id = await StoreAsync(1200, 900);

        var variant = await media.NewVariants().GetAsync(id, 400, VariantFormat.WebP);

        Assert.NotNull(variant);
        Assert.Equal("image/webp", variant.ContentType);
        Assert.Equal(media.Paths.Variant(id, 400, VariantFormat.WebP), variant.PhysicalPath);
        using var codec = SKCodec.Create(variant.PhysicalPath);
        Assert.Equal(SKEncodedImageFormat.Webp, codec.EncodedFormat);
        Assert.Equal((400, 300), (codec.Info.Width, codec.Info.Height));
        using var bitmap = SKBitmap.Decode(variant.PhysicalPath);
        Assert.NotNull(bitmap);
    }

    [Fact]
    public async Task Jpeg_variant_decodes_as_jpeg()
    {
        var id = await StoreAsync(1200, 900);

        var variant = await media.NewVariants().GetAsync(id, 160, VariantFormat.Jpeg);

        using var codec = SKCodec.Create(variant!.PhysicalPath);
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        Assert.Equal((160, 120), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public async Task Small_originals_are_never_upscaled()
    {
        var id = await StoreAsync(300, 200);

        var variant = await media.NewVariants().GetAsync(id, 800, VariantFormat.WebP);

        using var codec = SKCodec.Create(variant!.PhysicalPath);
        Assert.Equal((300, 200), (codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public async Task Unknown_ids_and_unlisted_widths_are_not_served()
    {
        var id = await StoreAsync(800, 600);
        var variants = media.NewVariants();

        Assert.Null(await variants.GetAsync(id + 1000, 400, VariantFormat.WebP));
        Assert.Null(await variants.GetAsync(id, 401, VariantFormat.WebP));
        Assert.Null(await variants.GetPlaceholderAsync(1000, VariantFormat.Jpeg));
    }

    [Fact]
    public async Task Concurrent_requests_get_one_complete_file()
    {
        var id = await StoreAsync(1600, 1200);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => media.NewVariants().GetAsync(id, 800, VariantFormat.WebP))));

        Assert.All(results, r => Assert.Equal(results[0]!.PhysicalPath, r!.PhysicalPath));
        var written = File.GetLastWriteTimeUtc(results[0]!.PhysicalPath);
        using (var codec = SKCodec.Create(results[0]!.PhysicalPath))
            Assert.Equal(800, codec.Info.Width);
        Assert.DoesNotContain(media.StoredFiles(), f => f.EndsWith(".tmp", StringComparison.Ordinal));

        // Served from the cache afterwards: the file is not rewritten.
        await media.NewVariants().GetAsync(id, 800, VariantFormat.WebP);
        Assert.Equal(written, File.GetLastWriteTimeUtc(results[0]!.PhysicalPath));
    }

    [Theory]
    [InlineData(160, VariantFormat.WebP)]
    [InlineData(800, VariantFormat.Jpeg)]
    public async Task Placeholder_is_drawn_at_each_width(int width, VariantFormat format)
    {
        var variant = await media.NewVariants().GetPlaceholderAsync(width, format);

        using var codec = SKCodec.Create(variant!.PhysicalPath);
        Assert.Equal(width, codec.Info.Width);
        Assert.Equal(width * 3 / 4, codec.Info.Height);
        Assert.Equal(format == VariantFormat.WebP ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
    }

    private async Task<int> StoreAsync(int width, int height)
    {
        var result = await media.SaveAsync(TestImages.Encode(width, height, SKEncodedImageFormat.Jpeg));
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.File!.Id;
    }
}
