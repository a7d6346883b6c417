using SkiaSharp;

namespace SeedImages;

/// <summary>Drawing primitives for the product scenes: surfaces, soft shadows, glass, leaves, grain.</summary>
internal sealed class Studio(SKCanvas canvas, Random random, int seed)
{
    public const float W = Photo.Width;
    public const float H = Photo.Height;

    public SKCanvas Canvas { get; } = canvas;
    public Random Random { get; } = random;

    public float Next(float min, float max) => min + (float)Random.NextDouble() * (max - min);

    public static SKColor Hex(uint rgb, byte alpha = 255) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb, alpha);

    public static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + (b.Red - a.Red) * t), (byte)(a.Green + (b.Green - a.Green) * t),
        (byte)(a.Blue + (b.Blue - a.Blue) * t), (byte)(a.Alpha + (b.Alpha - a.Alpha) * t));

    public SKColor Jitter(SKColor c, float amount)
    {
        float J(byte v) => Math.Clamp(v + Next(-amount, amount) * 255, 0, 255);
        return new SKColor((byte)J(c.Red), (byte)J(c.Green), (byte)J(c.Blue), c.Alpha);
    }

    public static SKPaint Fill(SKColor color) => new() { IsAntialias = true, Style = SKPaintStyle.Fill, Color = color };

    public static SKPaint Stroke(SKColor color, float width) =>
        new() { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = color, StrokeWidth = width, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };

    public static SKShader Linear(float x0, float y0, float x1, float y1, params SKColor[] colors) =>
        SKShader.CreateLinearGradient(new SKPoint(x0, y0), new SKPoint(x1, y1), colors, SKShaderTileMode.Clamp);

    public static SKShader Radial(float cx, float cy, float r, params SKColor[] colors) =>
        SKShader.CreateRadialGradient(new SKPoint(cx, cy), r, colors, SKShaderTileMode.Clamp);

    /// <summary>A wall fading into a table top at <paramref name="horizon"/>: the usual product-shot set.</summary>
    public void Backdrop(SKColor wallTop, SKColor wallBottom, SKColor tableNear, SKColor tableFar, float horizon = 560)
    {
        using var wall = new SKPaint { Shader = Linear(0, 0, 0, horizon, wallTop, wallBottom) };
        Canvas.DrawRect(0, 0, W, horizon, wall);
        using var table = new SKPaint { Shader = Linear(0, horizon, 0, H, tableFar, tableNear) };
        Canvas.DrawRect(0, horizon, W, H - horizon, table);
        // Window light from the upper left.
        using var light = new SKPaint { Shader = Radial(260, 120, 900, Hex(0xFFFFFF, 70), Hex(0xFFFFFF, 0)), BlendMode = SKBlendMode.SoftLight };
        Canvas.DrawRect(0, 0, W, H, light);
    }

    /// <summary>Wood planks with grain lines across the lower part of the frame.</summary>
    public void WoodTable(SKColor baseColor, float top = 560)
    {
        using (var p = new SKPaint { Shader = Linear(0, top, 0, H, Mix(baseColor, SKColors.Black, 0.25f), baseColor) })
            Canvas.DrawRect(0, top, W, H - top, p);
        var plank = 0f;
        while (plank < H - top)
        {
            var height = Next(70, 120) * (0.6f + plank / (H - top));
            using var tone = Fill(Jitter(baseColor, 0.05f).WithAlpha(90));
            Canvas.DrawRect(0, top + plank, W, height, tone);
            for (var i = 0; i < 9; i++)
            {
                var y = top + plank + Next(4, height - 4);
                using var path = new SKPath();
                path.MoveTo(0, y);
                for (var x = 0f; x <= W; x += 150) path.QuadTo(x + 75, y + Next(-5, 5), x + 150, y + Next(-2, 2));
                using var grain = Stroke(Mix(baseColor, SKColors.Black, Next(0.2f, 0.4f)).WithAlpha((byte)Next(40, 90)), Next(1, 2.5f));
                Canvas.DrawPath(path, grain);
            }
            using var seam = Stroke(Mix(baseColor, SKColors.Black, 0.55f).WithAlpha(150), 2.5f);
            Canvas.DrawLine(0, top + plank + height, W, top + plank + height, seam);
            plank += height;
        }
    }

    /// <summary>Coarse jute: a woven cross-hatch over a base colour.</summary>
    public void Burlap(SKRect area, SKColor color)
    {
        using (var p = Fill(color)) Canvas.DrawRect(area, p);
        using var dark = Stroke(Mix(color, SKColors.Black, 0.3f).WithAlpha(90), 2.2f);
        using var light = Stroke(Mix(color, SKColors.White, 0.25f).WithAlpha(70), 1.6f);
        for (var x = area.Left; x < area.Right; x += 7) Canvas.DrawLine(x + Next(-1, 1), area.Top, x + Next(-1, 1), area.Bottom, x % 14 < 7 ? dark : light);
        for (var y = area.Top; y < area.Bottom; y += 7) Canvas.DrawLine(area.Left, y + Next(-1, 1), area.Right, y + Next(-1, 1), y % 14 < 7 ? light : dark);
    }

    /// <summary>A blurred contact shadow under an object standing on the table.</summary>
    public void Shadow(float cx, float cy, float rx, float ry, byte alpha = 110)
    {
        using var p = new SKPaint { IsAntialias = true, Color = SKColors.Black.WithAlpha(alpha), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, Math.Max(4, ry * 0.6f)) };
        Canvas.DrawOval(cx, cy, rx, ry, p);
    }

    /// <summary>A pointed leaf with a midrib and a few veins, rotated by <paramref name="degrees"/> (0 = pointing right).</summary>
    public void Leaf(float x, float y, float length, float width, float degrees, SKColor color)
    {
        Canvas.Save();
        Canvas.Translate(x, y);
        Canvas.RotateDegrees(degrees);
        using var path = new SKPath();
        path.MoveTo(0, 0);
        path.CubicTo(length * 0.3f, -width, length * 0.7f, -width * 0.8f, length, 0);
        path.CubicTo(length * 0.7f, width * 0.8f, length * 0.3f, width, 0, 0);
        path.Close();
        using (var fill = new SKPaint { IsAntialias = true, Shader = Linear(0, -width, 0, width, Mix(color, SKColors.White, 0.15f), Mix(color, SKColors.Black, 0.25f)) })
            Canvas.DrawPath(path, fill);
        using var vein = Stroke(Mix(color, SKColors.White, 0.35f).WithAlpha(170), Math.Max(1.2f, width * 0.06f));
        Canvas.DrawLine(0, 0, length * 0.97f, 0, vein);
        vein.StrokeWidth *= 0.6f;
        for (var t = 0.2f; t < 0.85f; t += 0.15f)
        {
            var half = width * 0.75f * MathF.Sin(MathF.PI * t);
            Canvas.DrawLine(length * t, 0, length * (t + 0.1f), -half, vein);
            Canvas.DrawLine(length * t, 0, length * (t + 0.1f), half, vein);
        }
        Canvas.Restore();
    }

    /// <summary>A cylinder-ish glass vessel: body, liquid, rim highlights. Returns the body rectangle.</summary>
    public void GlassJar(SKRect body, float fill, SKColor liquidLight, SKColor liquidDark, SKColor lid)
    {
        Shadow(body.MidX + 30, body.Bottom, body.Width * 0.62f, 26);
        var r = body.Width * 0.14f;
        var liquidTop = body.Bottom - body.Height * fill;
        Canvas.Save();
        using var clip = new SKPath();
        clip.AddRoundRect(body, r, r);
        Canvas.ClipPath(clip, antialias: true);
        using (var glass = Fill(Hex(0xFFFFFF, 40))) Canvas.DrawRect(body, glass);
        using (var liquid = new SKPaint { Shader = Linear(body.Left, 0, body.Right, 0, liquidDark, liquidLight, liquidLight, liquidDark) })
            Canvas.DrawRect(body.Left, liquidTop, body.Width, body.Bottom - liquidTop, liquid);
        using (var glow = new SKPaint { Shader = Radial(body.MidX, body.MidY + body.Height * 0.15f, body.Width * 0.6f, Mix(liquidLight, SKColors.White, 0.35f).WithAlpha(150), liquidLight.WithAlpha(0)) })
            Canvas.DrawRect(body.Left, liquidTop, body.Width, body.Bottom - liquidTop, glow);
        Canvas.Restore();
        using (var edge = Stroke(Hex(0xFFFFFF, 110), 3)) Canvas.DrawRoundRect(body, r, r, edge);
        using (var hi = Stroke(Hex(0xFFFFFF, 150), body.Width * 0.05f))
            Canvas.DrawLine(body.Left + body.Width * 0.14f, body.Top + r * 1.5f, body.Left + body.Width * 0.14f, body.Bottom - r * 1.5f, hi);
        using (var hi2 = Stroke(Hex(0xFFFFFF, 70), body.Width * 0.025f))
            Canvas.DrawLine(body.Right - body.Width * 0.12f, body.Top + r * 2, body.Right - body.Width * 0.12f, body.Bottom - r * 3, hi2);
        var lidRect = new SKRect(body.Left + body.Width * 0.04f, body.Top - body.Height * 0.14f, body.Right - body.Width * 0.04f, body.Top + 6);
        using (var lidPaint = new SKPaint { IsAntialias = true, Shader = Linear(lidRect.Left, 0, lidRect.Right, 0, Mix(lid, SKColors.Black, 0.3f), Mix(lid, SKColors.White, 0.25f), lid, Mix(lid, SKColors.Black, 0.4f)) })
            Canvas.DrawRoundRect(lidRect, 10, 10, lidPaint);
        using var ridges = Stroke(Mix(lid, SKColors.Black, 0.35f).WithAlpha(120), 2);
        for (var x = lidRect.Left + 12; x < lidRect.Right - 8; x += 12) Canvas.DrawLine(x, lidRect.Top + 6, x, lidRect.Bottom - 6, ridges);
    }

    /// <summary>A bottle with shoulders and a neck; <paramref name="label"/> draws the (text-free) label inside its rectangle.</summary>
    public void Bottle(float cx, float bottom, float width, float height, SKColor glass, SKColor liquid, float fill, SKColor cap, Action<SKRect>? label)
    {
        Shadow(cx + 30, bottom, width * 0.65f, 24);
        var half = width / 2;
        var shoulder = bottom - height * 0.62f;
        var neckHalf = width * 0.17f;
        var neckTop = bottom - height * 0.92f;
        using var path = new SKPath();
        path.MoveTo(cx - half, bottom - 14);
        path.QuadTo(cx - half, bottom, cx - half + 14, bottom);
        path.LineTo(cx + half - 14, bottom);
        path.QuadTo(cx + half, bottom, cx + half, bottom - 14);
        path.LineTo(cx + half, shoulder);
        path.CubicTo(cx + half, shoulder - height * 0.12f, cx + neckHalf, shoulder - height * 0.1f, cx + neckHalf, shoulder - height * 0.2f);
        path.LineTo(cx + neckHalf, neckTop);
        path.LineTo(cx - neckHalf, neckTop);
        path.LineTo(cx - neckHalf, shoulder - height * 0.2f);
        path.CubicTo(cx - neckHalf, shoulder - height * 0.1f, cx - half, shoulder - height * 0.12f, cx - half, shoulder);
        path.Close();

        using (var body = new SKPaint { IsAntialias = true, Shader = Linear(cx - half, 0, cx + half, 0, Mix(glass, SKColors.Black, 0.35f), glass, Mix(glass, SKColors.White, 0.2f), Mix(glass, SKColors.Black, 0.45f)) })
            Canvas.DrawPath(path, body);
        Canvas.Save();
        Canvas.ClipPath(path, antialias: true);
        var top = bottom - height * 0.92f * fill;
        using (var l = new SKPaint { Shader = Linear(cx - half, 0, cx + half, 0, Mix(liquid, SKColors.Black, 0.35f), liquid, Mix(liquid, SKColors.White, 0.15f), Mix(liquid, SKColors.Black, 0.45f)) })
            Canvas.DrawRect(cx - half, top, width, bottom - top, l);
        Canvas.Restore();
        using (var hi = Stroke(Hex(0xFFFFFF, 130), width * 0.06f))
            Canvas.DrawLine(cx - half * 0.62f, shoulder + 10, cx - half * 0.62f, bottom - 24, hi);
        using (var hi2 = Stroke(Hex(0xFFFFFF, 80), width * 0.03f))
            Canvas.DrawLine(cx - neckHalf * 0.5f, neckTop + 12, cx - neckHalf * 0.5f, shoulder - height * 0.18f, hi2);
        var capRect = new SKRect(cx - neckHalf * 1.25f, neckTop - height * 0.1f, cx + neckHalf * 1.25f, neckTop + 8);
        using (var c = new SKPaint { IsAntialias = true, Shader = Linear(capRect.Left, 0, capRect.Right, 0, Mix(cap, SKColors.Black, 0.35f), Mix(cap, SKColors.White, 0.25f), Mix(cap, SKColors.Black, 0.4f)) })
            Canvas.DrawRoundRect(capRect, 6, 6, c);
        label?.Invoke(new SKRect(cx - half + 8, shoulder + height * 0.1f, cx + half - 8, bottom - height * 0.12f));
    }

    /// <summary>A paper label: flat colour, border and a simple motif, no text (fonts may be absent).</summary>
    public void Label(SKRect r, SKColor paper, SKColor ink, bool stars = true)
    {
        using (var p = new SKPaint { IsAntialias = true, Shader = Linear(r.Left, 0, r.Right, 0, Mix(paper, SKColors.Black, 0.2f), paper, Mix(paper, SKColors.White, 0.1f), Mix(paper, SKColors.Black, 0.3f)) })
            Canvas.DrawRoundRect(r, 6, 6, p);
        using var line = Stroke(ink.WithAlpha(200), 3);
        var inset = r;
        inset.Inflate(-10, -10);
        Canvas.DrawRoundRect(inset, 4, 4, line);
        using var fill = Fill(ink.WithAlpha(220));
        Canvas.DrawRect(inset.Left + 14, inset.MidY - 4, inset.Width - 28, 8, fill);
        line.StrokeWidth = 2;
        Canvas.DrawLine(inset.Left + 30, inset.MidY + 22, inset.Right - 30, inset.MidY + 22, line);
        Canvas.DrawLine(inset.Left + 44, inset.MidY + 36, inset.Right - 44, inset.MidY + 36, line);
        if (!stars) return;
        for (var i = 0; i < 3; i++) Star(inset.MidX + (i - 1) * 22, inset.Top + 26, 8, ink);
    }

    public void Star(float cx, float cy, float r, SKColor color, int points = 5, float inner = 0.45f, float degrees = -90)
    {
        using var path = new SKPath();
        for (var i = 0; i < points * 2; i++)
        {
            var a = (degrees + i * 180f / points) * MathF.PI / 180;
            var rr = i % 2 == 0 ? r : r * inner;
            var pt = new SKPoint(cx + rr * MathF.Cos(a), cy + rr * MathF.Sin(a));
            if (i == 0) path.MoveTo(pt);
            else path.LineTo(pt);
        }
        path.Close();
        using var p = Fill(color);
        Canvas.DrawPath(path, p);
    }

    /// <summary>A cup seen slightly from above, with a liquid surface.</summary>
    public void Cup(float cx, float top, float width, float height, SKColor ceramic, SKColor drink)
    {
        Shadow(cx + 25, top + height, width * 0.6f, 22);
        var half = width / 2;
        using var body = new SKPath();
        body.MoveTo(cx - half, top);
        body.CubicTo(cx - half, top + height * 0.8f, cx - half * 0.6f, top + height, cx, top + height);
        body.CubicTo(cx + half * 0.6f, top + height, cx + half, top + height * 0.8f, cx + half, top);
        body.Close();
        using (var p = new SKPaint { IsAntialias = true, Shader = Linear(cx - half, 0, cx + half, 0, Mix(ceramic, SKColors.Black, 0.25f), Mix(ceramic, SKColors.White, 0.3f), Mix(ceramic, SKColors.Black, 0.35f)) })
            Canvas.DrawPath(body, p);
        var rim = height * 0.16f;
        using (var inner = Fill(Mix(ceramic, SKColors.Black, 0.15f))) Canvas.DrawOval(cx, top, half, rim, inner);
        using (var d = new SKPaint { IsAntialias = true, Shader = Radial(cx - half * 0.2f, top, half, Mix(drink, SKColors.White, 0.25f), drink, Mix(drink, SKColors.Black, 0.3f)) })
            Canvas.DrawOval(cx, top + rim * 0.12f, half * 0.9f, rim * 0.8f, d);
        using var edge = Stroke(Mix(ceramic, SKColors.White, 0.5f), 3);
        Canvas.DrawOval(cx, top, half, rim, edge);
    }

    /// <summary>Light falloff, warm grade and film grain: the difference between "vector art" and "photo".</summary>
    public void Finish()
    {
        using (var vignette = new SKPaint { Shader = Radial(W / 2, H * 0.45f, W * 0.78f, Hex(0x000000, 0), Hex(0x000000, 0), Hex(0x000000, 120)) })
            Canvas.DrawRect(0, 0, W, H, vignette);
        using (var grain = new SKPaint { Shader = SKShader.CreatePerlinNoiseFractalNoise(0.9f, 0.9f, 2, seed % 1000), BlendMode = SKBlendMode.Overlay, Color = SKColors.White.WithAlpha(46) })
            Canvas.DrawRect(0, 0, W, H, grain);
        using (var mottle = new SKPaint { Shader = SKShader.CreatePerlinNoiseFractalNoise(0.004f, 0.004f, 3, seed % 997), BlendMode = SKBlendMode.SoftLight, Color = SKColors.White.WithAlpha(60) })
            Canvas.DrawRect(0, 0, W, H, mottle);
    }
}
