using SkiaSharp;

namespace OcopMarket.Core.Media;

/// <summary>Draws the picture shown for products without photos: a basket with a leaf, no text (fonts may be absent).</summary>
public sealed class PlaceholderRenderer
{
    // Drawn on a 400×300 design grid and scaled, so every width shows the same picture.
    private const float DesignWidth = 400f;
    private const float DesignHeight = 300f;

    public byte[] Render(int width, VariantFormat format)
    {
        var height = (int)Math.Round(width * DesignHeight / DesignWidth);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Cannot allocate the placeholder surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(width / DesignWidth);
        Draw(canvas);
        using var image = surface.Snapshot();
        return ImageResizer.Encode(image, format);
    }

    private static void Draw(SKCanvas canvas)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };

        fill.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, DesignHeight),
            [new SKColor(0xF3, 0xF1, 0xEA), new SKColor(0xE6, 0xE3, 0xD9)], SKShaderTileMode.Clamp);
        canvas.DrawRoundRect(new SKRect(6, 6, DesignWidth - 6, DesignHeight - 6), 22, 22, fill);
        fill.Shader = null;

        // Leaf rising behind the basket.
        using (var leaf = new SKPath())
        {
            leaf.MoveTo(200, 150);
            leaf.CubicTo(170, 120, 180, 70, 232, 58);
            leaf.CubicTo(246, 100, 232, 140, 200, 150);
            leaf.Close();
            fill.Color = new SKColor(0x9D, 0xB8, 0x8F);
            canvas.DrawPath(leaf, fill);
        }
        stroke.Color = new SKColor(0x7C, 0x9A, 0x6E);
        stroke.StrokeWidth = 3;
        canvas.DrawLine(202, 148, 226, 72, stroke);

        // Handle, then the body as a trapezoid with a woven grid.
        stroke.Color = new SKColor(0xB8, 0xA8, 0x8E);
        stroke.StrokeWidth = 9;
        canvas.DrawArc(new SKRect(140, 80, 260, 220), 180, 180, false, stroke);

        using var body = new SKPath();
        body.MoveTo(118, 150);
        body.LineTo(282, 150);
        body.LineTo(262, 238);
        body.LineTo(138, 238);
        body.Close();
        fill.Color = new SKColor(0xCF, 0xC2, 0xAA);
        canvas.DrawPath(body, fill);

        canvas.Save();
        canvas.ClipPath(body, antialias: true);
        stroke.Color = new SKColor(0xB8, 0xA8, 0x8E);
        stroke.StrokeWidth = 3;
        for (var y = 165f; y < 240; y += 16) canvas.DrawLine(110, y, 290, y, stroke);
        for (var x = 126f; x < 290; x += 18) canvas.DrawLine(x, 150, x + (200 - x) * 0.12f, 240, stroke);
        canvas.Restore();

        fill.Color = new SKColor(0xB8, 0xA8, 0x8E);
        canvas.DrawRoundRect(new SKRect(110, 142, 290, 158), 6, 6, fill);
    }
}
