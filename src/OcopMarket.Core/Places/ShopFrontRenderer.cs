using OcopMarket.Core.Places;
using SkiaSharp;

namespace OcopMarket.Core.Places;

/// <summary>
/// Draws a believable shop front for a display point (the demo's photos): a facade in the colours of the point's
/// type, a striped awning, a sign with the point's name, shop windows with OCOP goods on shelves, a door.
/// The name is drawn only when an installed font has every glyph of it (servers may have no Vietnamese font).
/// </summary>
public sealed class ShopFrontRenderer : IDisposable
{
    // Drawn on a 960×640 design grid, stored at 800×533: big enough for the point page, quick to store and resize.
    private const int Width = 960, Height = 640;
    public const int OutputWidth = 800, OutputHeight = 533;

    // Loaded once: looking fonts up is the slow part of drawing.
    private readonly Lazy<IReadOnlyList<SKTypeface>> _typefaces = new(LoadTypefaces);

    private sealed record Palette(SKColor Facade, SKColor Awning, SKColor Sign, SKColor SignText, SKColor Trim);

    public static readonly IReadOnlyDictionary<DisplayPointType, (string Facade, string Awning)> Colours = new Dictionary<DisplayPointType, (string, string)>
    {
        [DisplayPointType.Shop] = ("#F4EBD9", "#1F6F43"),
        [DisplayPointType.HotelCorner] = ("#EDE6DA", "#1D3557"),
        [DisplayPointType.RestaurantCorner] = ("#F3E3D3", "#9C2F22"),
        [DisplayPointType.TouristSiteKiosk] = ("#E8F0EA", "#0F766E"),
        [DisplayPointType.FairBooth] = ("#FFF1DC", "#D9480F"),
        [DisplayPointType.PostOffice] = ("#FFF6D5", "#C99A06"),
        [DisplayPointType.RestStop] = ("#E6EEF5", "#1C64A8"),
    };

    /// <summary>A JPEG of the shop front; <paramref name="seed"/> varies the goods in the windows.</summary>
    public byte[] Render(string name, DisplayPointType type, int seed)
    {
        var (facadeHex, awningHex) = Colours.TryGetValue(type, out var c) ? c : Colours[DisplayPointType.Shop];
        var awning = SKColor.Parse(awningHex);
        var palette = new Palette(SKColor.Parse(facadeHex), awning, Darken(awning, 0.55f), new SKColor(0xFF, 0xF4, 0xD6), Darken(awning, 0.8f));
        var info = new SKImageInfo(OutputWidth, OutputHeight, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Cannot allocate the shop-front surface.");
        var canvas = surface.Canvas;
        canvas.Scale((float)OutputWidth / Width);
        var random = new Random(seed);
        DrawSkyAndStreet(canvas);
        DrawFacade(canvas, palette);
        DrawWindows(canvas, palette, random);
        DrawDoor(canvas, palette);
        DrawAwning(canvas, palette);
        DrawSign(canvas, palette, name);
        DrawPlants(canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 88);
        return data.ToArray();
    }

    private static void DrawSkyAndStreet(SKCanvas canvas)
    {
        using var paint = new SKPaint { IsAntialias = true };
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 300),
            [new SKColor(0xBF, 0xDD, 0xF2), new SKColor(0xE9, 0xF3, 0xF8)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, Width, Height, paint);
        paint.Shader = null;
        paint.Color = new SKColor(0xB9, 0xB4, 0xAA); // pavement
        canvas.DrawRect(0, 560, Width, 80, paint);
        paint.Color = new SKColor(0xA3, 0x9E, 0x94);
        for (var x = 0; x < Width; x += 64) canvas.DrawRect(x, 560, 2, 80, paint);
        canvas.DrawRect(0, 560, Width, 3, paint);
    }

    private static void DrawFacade(SKCanvas canvas, Palette p)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = p.Facade };
        canvas.DrawRect(60, 70, Width - 120, 490, paint);
        paint.Color = p.Trim;
        canvas.DrawRect(50, 60, Width - 100, 16, paint); // cornice
        canvas.DrawRect(60, 548, Width - 120, 12, paint); // plinth
        paint.Color = Darken(p.Facade, 0.93f);
        canvas.DrawRect(60, 76, 14, 472, paint);
        canvas.DrawRect(Width - 74, 76, 14, 472, paint);
    }

    private static void DrawWindows(SKCanvas canvas, Palette p, Random random)
    {
        foreach (var left in new[] { 110f, 590f })
        {
            var rect = new SKRect(left, 300, left + 260, 530);
            using var frame = new SKPaint { IsAntialias = true, Color = p.Trim };
            canvas.DrawRoundRect(rect, 6, 6, frame);
            var glass = SKRect.Inflate(rect, -10, -10);
            using var fill = new SKPaint { IsAntialias = true };
            fill.Shader = SKShader.CreateLinearGradient(new SKPoint(glass.Left, glass.Top), new SKPoint(glass.Right, glass.Bottom),
                [new SKColor(0xFF, 0xF6, 0xE0), new SKColor(0xF2, 0xE2, 0xC0)], SKShaderTileMode.Clamp);
            canvas.DrawRect(glass, fill);
            fill.Shader = null;
            // Two shelves of goods: jars of honey, tea packs, bottles, baskets.
            foreach (var shelfY in new[] { glass.Top + 95, glass.Bottom - 8 })
            {
                fill.Color = new SKColor(0x8B, 0x5E, 0x34);
                canvas.DrawRect(glass.Left, shelfY, glass.Width, 6, fill);
                var x = glass.Left + 10;
                while (x < glass.Right - 30)
                {
                    var w = random.Next(22, 38);
                    var h = random.Next(38, 70);
                    fill.Color = Goods[random.Next(Goods.Length)];
                    var item = new SKRect(x, shelfY - h, x + w, shelfY);
                    if (random.Next(3) == 0) canvas.DrawOval(item, fill);
                    else canvas.DrawRoundRect(item, 4, 4, fill);
                    fill.Color = new SKColor(0xFF, 0xFF, 0xFF, 0xC0); // label
                    canvas.DrawRect(x + 4, shelfY - h * 0.6f, w - 8, h * 0.25f, fill);
                    x += w + random.Next(6, 14);
                }
            }
            fill.Color = new SKColor(0xFF, 0xFF, 0xFF, 0x40); // reflection
            using var shine = new SKPath();
            shine.MoveTo(glass.Left + 30, glass.Top);
            shine.LineTo(glass.Left + 80, glass.Top);
            shine.LineTo(glass.Left + 10, glass.Bottom);
            shine.LineTo(glass.Left, glass.Bottom);
            shine.Close();
            canvas.DrawPath(shine, fill);
        }
    }

    private static readonly SKColor[] Goods =
    [
        new(0xE0, 0xA1, 0x1B), new(0xC4, 0x6A, 0x16), new(0x6B, 0x8E, 0x23), new(0x2E, 0x7D, 0x32), new(0xB7, 0x1C, 0x1C),
        new(0x8D, 0x6E, 0x63), new(0xD8, 0x43, 0x15), new(0x55, 0x8B, 0x2F), new(0xF9, 0xA8, 0x25),
    ];

    private static void DrawDoor(SKCanvas canvas, Palette p)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = p.Trim };
        canvas.DrawRoundRect(new SKRect(400, 290, 560, 548), 8, 8, paint);
        paint.Color = new SKColor(0xDC, 0xEB, 0xF2, 0xE0);
        canvas.DrawRect(412, 302, 64, 234, paint);
        canvas.DrawRect(484, 302, 64, 234, paint);
        paint.Color = new SKColor(0xF2, 0xC1, 0x4E);
        canvas.DrawCircle(470, 430, 5, paint);
        canvas.DrawCircle(490, 430, 5, paint);
    }

    private static void DrawAwning(SKCanvas canvas, Palette p)
    {
        const float top = 218, bottom = 282, left = 70, right = Width - 70;
        const int stripes = 14;
        var w = (right - left) / stripes;
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < stripes; i++)
        {
            paint.Color = i % 2 == 0 ? p.Awning : new SKColor(0xFB, 0xF7, 0xEE);
            var x = left + i * w;
            canvas.DrawRect(x, top, w + 0.5f, bottom - top, paint);
            canvas.DrawOval(new SKRect(x, bottom - 14, x + w, bottom + 14), paint); // scalloped edge
        }
        paint.Color = new SKColor(0, 0, 0, 0x22);
        canvas.DrawRect(left, top, right - left, 8, paint);
    }

    private void DrawSign(SKCanvas canvas, Palette p, string name)
    {
        var board = new SKRect(100, 96, Width - 100, 200);
        using var paint = new SKPaint { IsAntialias = true, Color = p.Sign };
        canvas.DrawRoundRect(board, 10, 10, paint);
        paint.Color = new SKColor(0xF2, 0xC1, 0x4E);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 4;
        canvas.DrawRoundRect(SKRect.Inflate(board, -8, -8), 6, 6, paint);
        paint.Style = SKPaintStyle.Fill;

        // An "OCOP" star badge at the left of the sign.
        var badge = new SKPoint(board.Left + 56, board.MidY);
        paint.Color = new SKColor(0xF2, 0xC1, 0x4E);
        canvas.DrawCircle(badge, 36, paint);
        paint.Color = p.Sign;
        using (var star = Star(badge, 24, 10)) canvas.DrawPath(star, paint);

        var typeface = _typefaces.Value.FirstOrDefault(t => Covers(t, name));
        if (typeface is null) return;
        using var font = new SKFont(typeface, 40);
        var maxWidth = board.Width - 140;
        var lines = Wrap(name, font, maxWidth);
        while (lines.Count > 2 && font.Size > 22)
        {
            font.Size -= 2;
            lines = Wrap(name, font, maxWidth);
        }
        paint.Color = p.SignText;
        var lineHeight = font.Size * 1.15f;
        var y = board.MidY - (lines.Count - 1) * lineHeight / 2 + font.Size * 0.35f;
        foreach (var line in lines.Take(2))
        {
            canvas.DrawText(line, board.Left + 110 + (maxWidth - font.MeasureText(line)) / 2, y, SKTextAlign.Left, font, paint);
            y += lineHeight;
        }
    }

    private static void DrawPlants(SKCanvas canvas)
    {
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var x in new[] { 82f, Width - 82f })
        {
            paint.Color = new SKColor(0x9A, 0x5B, 0x2E);
            using var pot = new SKPath();
            pot.MoveTo(x - 22, 520);
            pot.LineTo(x + 22, 520);
            pot.LineTo(x + 16, 560);
            pot.LineTo(x - 16, 560);
            pot.Close();
            canvas.DrawPath(pot, paint);
            paint.Color = new SKColor(0x3F, 0x8F, 0x4A);
            canvas.DrawCircle(x, 496, 26, paint);
            paint.Color = new SKColor(0x2F, 0x7A, 0x3B);
            canvas.DrawCircle(x - 14, 506, 16, paint);
            canvas.DrawCircle(x + 14, 504, 17, paint);
        }
    }

    private static SKPath Star(SKPoint centre, float outer, float inner)
    {
        var path = new SKPath();
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? outer : inner;
            var a = Math.PI / 5 * i - Math.PI / 2;
            var pt = new SKPoint(centre.X + (float)(r * Math.Cos(a)), centre.Y + (float)(r * Math.Sin(a)));
            if (i == 0) path.MoveTo(pt); else path.LineTo(pt);
        }
        path.Close();
        return path;
    }

    /// <summary>Bold sans-serif faces that are installed, preferred first (Noto and DejaVu cover Vietnamese).</summary>
    private static IReadOnlyList<SKTypeface> LoadTypefaces()
    {
        var found = new List<SKTypeface>();
        foreach (var family in new[] { "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial" })
        {
            var typeface = SKTypeface.FromFamilyName(family, SKFontStyle.Bold);
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase)) found.Add(typeface);
            else typeface?.Dispose();
        }
        if (found.Count == 0 && SKTypeface.FromFamilyName(null, SKFontStyle.Bold) is { } fallback) found.Add(fallback);
        return found;
    }

    private static bool Covers(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyphs(text);
    }

    public void Dispose()
    {
        if (!_typefaces.IsValueCreated) return;
        foreach (var t in _typefaces.Value) t.Dispose();
    }

    private static List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private static SKColor Darken(SKColor c, float factor) =>
        new((byte)(c.Red * factor), (byte)(c.Green * factor), (byte)(c.Blue * factor), c.Alpha);
}
