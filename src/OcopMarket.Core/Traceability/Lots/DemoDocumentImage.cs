using SkiaSharp;

namespace OcopMarket.Core.Traceability.Lots;

/// <summary>
/// Draws a small scanned-looking certificate or test report (PNG) for the demo documents: a header band, the title,
/// a few lines and a red seal. Text needs a font; where none is installed the shapes alone still read as a document.
/// </summary>
internal static class DemoDocumentImage
{
    public static byte[] Render(string issuer, string title, IReadOnlyList<string> lines)
    {
        const int width = 620, height = 820;
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Cannot allocate the document surface.");
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xFB, 0xFA, 0xF5));
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };

        stroke.Color = new SKColor(0x2E, 0x6B, 0x3F);
        canvas.DrawRect(new SKRect(18, 18, width - 18, height - 18), stroke);
        fill.Color = new SKColor(0x2E, 0x6B, 0x3F);
        canvas.DrawRect(new SKRect(18, 18, width - 18, 96), fill);

        using var typeface = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
        using var small = new SKFont(typeface, 15);
        using var heading = new SKFont(typeface, 24) { Embolden = true };
        using var body = new SKFont(typeface, 17);
        fill.Color = SKColors.White;
        canvas.DrawText(issuer, width / 2f, 64, SKTextAlign.Center, small, fill);

        fill.Color = new SKColor(0x1F, 0x29, 0x37);
        canvas.DrawText(title.ToUpperInvariant(), width / 2f, 160, SKTextAlign.Center, heading, fill);
        var y = 230f;
        foreach (var line in lines)
        {
            canvas.DrawText(line, 56, y, SKTextAlign.Left, body, fill);
            y += 38;
        }
        // Ruled lines for the rest of the form.
        stroke.Color = new SKColor(0xD1, 0xD5, 0xDB);
        stroke.StrokeWidth = 1;
        for (; y < height - 220; y += 38) canvas.DrawLine(56, y, width - 56, y, stroke);

        // The seal and the signature scribble.
        stroke.Color = new SKColor(0xC0, 0x26, 0x26);
        stroke.StrokeWidth = 4;
        canvas.DrawCircle(width - 160, height - 130, 62, stroke);
        stroke.StrokeWidth = 2;
        canvas.DrawCircle(width - 160, height - 130, 48, stroke);
        fill.Color = new SKColor(0xC0, 0x26, 0x26);
        canvas.DrawText("★", width - 160, height - 118, SKTextAlign.Center, heading, fill);
        using var scribble = new SKPath();
        scribble.MoveTo(90, height - 120);
        scribble.CubicTo(130, height - 170, 160, height - 70, 200, height - 130);
        scribble.CubicTo(220, height - 160, 250, height - 100, 290, height - 128);
        stroke.Color = new SKColor(0x1E, 0x3A, 0x8A);
        canvas.DrawPath(scribble, stroke);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
