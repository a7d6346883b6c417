using OcopMarket.Core.Common;
using SeedImages;
using SkiaSharp;

// Procedural stand-ins for product photos: no downloads, no licences, reproducible (seeded by slug).
var output = args.Length > 0 ? args[0] : Path.Combine("src", "OcopMarket.Web", "SeedData", "images");
Directory.CreateDirectory(output);

// Optional second argument: a PNG contact sheet of everything drawn, for a quick look.
var sheetPath = args.Length > 1 ? args[1] : null;
var thumbs = new List<SKBitmap>();

var total = 0L;
foreach (var (name, scenes) in Catalogue.Scenes)
{
    var slug = SlugGenerator.Generate(name);
    for (var i = 0; i < scenes.Length; i++)
    {
        var file = Path.Combine(output, i == 0 ? $"{slug}.jpg" : $"{slug}--{i + 1}.jpg");
        var bytes = Photo.Render(scenes[i], seed: StableSeed(slug) + i);
        await File.WriteAllBytesAsync(file, bytes);
        total += bytes.Length;
        if (sheetPath is not null) thumbs.Add(SKBitmap.Decode(bytes).Resize(new SKImageInfo(300, 225), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)));
        Console.WriteLine($"{bytes.Length / 1024,5} KB  {file}");
    }
}
Console.WriteLine($"{total / 1024} KB in all");
if (sheetPath is not null) ContactSheet.Write(thumbs, sheetPath);

// string.GetHashCode is randomised per process; the pictures must not change between runs.
static int StableSeed(string s)
{
    var h = 17;
    foreach (var c in s) h = unchecked(h * 31 + c);
    return h & 0x7FFFFFFF;
}

namespace SeedImages
{
    internal static class ContactSheet
    {
        public static void Write(List<SKBitmap> thumbs, string path)
        {
            const int columns = 5;
            var rows = (thumbs.Count + columns - 1) / columns;
            using var sheet = new SKBitmap(columns * 300, rows * 225);
            using (var canvas = new SKCanvas(sheet))
                for (var i = 0; i < thumbs.Count; i++) canvas.DrawBitmap(thumbs[i], i % columns * 300, i / columns * 225);
            using var data = sheet.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(path, data.ToArray());
            foreach (var t in thumbs) t.Dispose();
        }
    }

    /// <summary>Renders a scene as a 1200×900 JPEG with the "photographic" finish: light falloff and grain.</summary>
    internal static class Photo
    {
        public const int Width = 1200;
        public const int Height = 900;

        public static byte[] Render(Action<Studio> scene, int seed)
        {
            var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
            using var surface = SKSurface.Create(info);
            var studio = new Studio(surface.Canvas, new Random(seed), seed);
            scene(studio);
            studio.Finish();
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
            return data.ToArray();
        }
    }
}
