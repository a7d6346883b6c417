using SkiaSharp;
using static SeedImages.Studio;

namespace SeedImages;

/// <summary>Crafts, rice, wine, cakes and roots.</summary>
internal static class Scenes2
{
    public static void RattanBasket(Studio s)
    {
        s.Backdrop(Hex(0xE8E4DA), Hex(0xD3CCBC), Hex(0xA89A82), Hex(0x968770), 600);
        s.Shadow(620, 800, 360, 50, 140);
        Basket(s, new SKRect(300, 380, 900, 800));
        // Handle.
        using (var handle = Stroke(Hex(0x8A5F2E), 34)) s.Canvas.DrawArc(new SKRect(380, 120, 820, 640), 195, 150, false, handle);
        using (var wrap = Stroke(Hex(0xB88A50), 4))
            for (var a = 200f; a < 340; a += 6)
            {
                var rad = a * MathF.PI / 180;
                var p = new SKPoint(600 + 220 * MathF.Cos(rad), 380 + 260 * MathF.Sin(rad));
                s.Canvas.DrawLine(p.X - 12, p.Y - 10, p.X + 12, p.Y + 10, wrap);
            }
        s.Leaf(880, 700, 160, 40, -30, Hex(0x587E32));
    }

    public static void RattanWeaveDetail(Studio s) => Weave(s, new SKRect(0, 0, W, H), 60);

    private static void Basket(Studio s, SKRect r)
    {
        using var body = new SKPath();
        body.MoveTo(r.Left, r.Top);
        body.LineTo(r.Right, r.Top);
        body.CubicTo(r.Right - 20, r.Bottom - 120, r.Right - 60, r.Bottom, r.MidX + 140, r.Bottom);
        body.LineTo(r.MidX - 140, r.Bottom);
        body.CubicTo(r.Left + 60, r.Bottom, r.Left + 20, r.Bottom - 120, r.Left, r.Top);
        body.Close();
        s.Canvas.Save();
        s.Canvas.ClipPath(body, antialias: true);
        Weave(s, r, 34);
        using (var shade = new SKPaint { Shader = Linear(r.Left, 0, r.Right, 0, Hex(0x000000, 110), Hex(0x000000, 0), Hex(0x000000, 0), Hex(0x000000, 140)) })
            s.Canvas.DrawRect(r, shade);
        s.Canvas.Restore();
        using (var rim = new SKPaint { IsAntialias = true, Shader = Linear(0, r.Top - 30, 0, r.Top + 30, Hex(0xC89A5E), Hex(0x7A5226)) })
            s.Canvas.DrawOval(r.MidX, r.Top, r.Width / 2 + 12, 40, rim);
        using (var inside = Fill(Hex(0x4A3018))) s.Canvas.DrawOval(r.MidX, r.Top + 4, r.Width / 2 - 14, 26, inside);
    }

    /// <summary>Over-under basket weave: alternating horizontal and vertical strands.</summary>
    private static void Weave(Studio s, SKRect area, float cell)
    {
        using (var bg = Fill(Hex(0x5A3A1A))) s.Canvas.DrawRect(area, bg);
        for (var y = area.Top; y < area.Bottom; y += cell)
            for (var x = area.Left; x < area.Right; x += cell)
            {
                var odd = ((int)((x - area.Left) / cell) + (int)((y - area.Top) / cell)) % 2 == 0;
                var strand = s.Jitter(Hex(0xC8965A), 0.05f);
                var rect = odd ? new SKRect(x + 2, y + cell * 0.12f, x + cell - 2, y + cell * 0.88f) : new SKRect(x + cell * 0.12f, y + 2, x + cell * 0.88f, y + cell - 2);
                using var p = new SKPaint
                {
                    IsAntialias = true,
                    Shader = odd
                        ? Linear(0, rect.Top, 0, rect.Bottom, Mix(strand, SKColors.Black, 0.3f), Mix(strand, SKColors.White, 0.25f), Mix(strand, SKColors.Black, 0.35f))
                        : Linear(rect.Left, 0, rect.Right, 0, Mix(strand, SKColors.Black, 0.3f), Mix(strand, SKColors.White, 0.2f), Mix(strand, SKColors.Black, 0.35f)),
                };
                s.Canvas.DrawRoundRect(rect, cell * 0.2f, cell * 0.2f, p);
            }
    }

    public static void BambooLamp(Studio s)
    {
        using (var bg = new SKPaint { Shader = Radial(600, 380, 900, Hex(0x4A3520), Hex(0x1A130C), Hex(0x0C0906)) }) s.Canvas.DrawRect(0, 0, W, H, bg);
        s.WoodTable(Hex(0x3A2616), 700);
        // The glow spilling from the lamp.
        using (var glow = new SKPaint { Shader = Radial(600, 420, 520, Hex(0xFFC46A, 170), Hex(0xFF9A30, 60), Hex(0xFF9A30, 0)) }) s.Canvas.DrawRect(0, 0, W, H, glow);
        var lamp = new SKRect(430, 180, 770, 720);
        using (var cord = Stroke(Hex(0x1A1A1A), 6)) s.Canvas.DrawLine(600, 0, 600, lamp.Top, cord);
        using (var inner = new SKPaint { IsAntialias = true, Shader = Radial(600, 430, 260, Hex(0xFFF1C0), Hex(0xFFB24A), Hex(0xC06A1A)) })
            s.Canvas.DrawOval(lamp, inner);
        s.Canvas.Save();
        using var clip = new SKPath();
        clip.AddOval(lamp);
        s.Canvas.ClipPath(clip, antialias: true);
        // Bamboo slats bend around the globe: narrower toward the edges.
        for (var i = -7; i <= 7; i++)
        {
            var t = i / 7.5f;
            var x = 600 + MathF.Sin(t * MathF.PI / 2) * 170;
            var w = 16 * MathF.Cos(t * MathF.PI / 2) + 3;
            using var slat = new SKPaint { IsAntialias = true, Shader = Linear(x - w, 0, x + w, 0, Hex(0x5A3A18), Hex(0x9A6A30), Hex(0x4A2E12)) };
            s.Canvas.DrawRect(x - w / 2, lamp.Top, w, lamp.Height, slat);
        }
        using (var ring = Stroke(Hex(0x6A4420), 10))
            for (var y = lamp.Top + 90; y < lamp.Bottom - 40; y += 120)
            {
                var halfW = MathF.Sqrt(1 - MathF.Pow((y - lamp.MidY) / (lamp.Height / 2), 2)) * lamp.Width / 2;
                s.Canvas.DrawOval(600, y, halfW, 14, ring);
            }
        s.Canvas.Restore();
        using (var cap = new SKPaint { IsAntialias = true, Shader = Linear(540, 0, 660, 0, Hex(0x3A2410), Hex(0x7A5026), Hex(0x3A2410)) })
            s.Canvas.DrawRoundRect(new SKRect(545, 165, 655, 200), 8, 8, cap);
        s.Shadow(600, 770, 220, 22, 120);
    }

    public static void StickyRice(Studio s)
    {
        s.Backdrop(Hex(0xEDE6D3), Hex(0xD8CCAE), Hex(0x8E6A42), Hex(0x745234), 560);
        s.WoodTable(Hex(0x8E6A42), 560);
        // An open jute sack with rice spilling out.
        s.Shadow(520, 800, 330, 50, 140);
        using var sack = new SKPath();
        sack.MoveTo(250, 380);
        sack.CubicTo(220, 560, 200, 760, 290, 810);
        sack.LineTo(760, 810);
        sack.CubicTo(840, 760, 820, 560, 790, 380);
        sack.Close();
        s.Canvas.Save();
        s.Canvas.ClipPath(sack, antialias: true);
        s.Burlap(new SKRect(180, 350, 860, 830), Hex(0xBFA274));
        using (var shade = new SKPaint { Shader = Linear(200, 0, 850, 0, Hex(0x000000, 120), Hex(0x000000, 0), Hex(0x000000, 150)) }) s.Canvas.DrawRect(180, 350, 680, 480, shade);
        s.Canvas.Restore();
        // Rolled-down rim, and the heap of grains inside.
        using (var rim = new SKPaint { IsAntialias = true, Shader = Linear(0, 350, 0, 420, Hex(0xD6BC8C), Hex(0x9C8058)) }) s.Canvas.DrawOval(520, 385, 280, 52, rim);
        using (var heap = new SKPaint { IsAntialias = true, Shader = Radial(500, 360, 260, Hex(0xFFFCF2), Hex(0xEDE4CC)) }) s.Canvas.DrawOval(520, 380, 250, 60, heap);
        for (var i = 0; i < 900; i++) Grain(s, 520 + s.Next(-240, 240), 380 + s.Next(-50, 50), s.Next(0, 180), 0.8f);
        // Spilled grains: dense at the centre of the little heap, sparse toward its edge.
        for (var i = 0; i < 700; i++)
        {
            var a = s.Next(0, MathF.Tau);
            var d = MathF.Pow(s.Next(0, 1), 1.6f);
            Grain(s, 960 + MathF.Cos(a) * d * 190, 760 + MathF.Sin(a) * d * 70, s.Next(0, 180), 1);
        }
        // Golden ears of rice.
        for (var k = 0; k < 4; k++) Panicle(s, 900 + k * 40, 560 - k * 20, -60 - k * 8);
    }

    private static void Grain(Studio s, float x, float y, float degrees, float scale)
    {
        s.Canvas.Save();
        s.Canvas.Translate(x, y);
        s.Canvas.RotateDegrees(degrees);
        using var p = new SKPaint { IsAntialias = true, Shader = Radial(-2, -2, 10 * scale, Hex(0xFFFFFF), Hex(0xEFE8D6), Hex(0xC9BDA2)) };
        s.Canvas.DrawOval(0, 0, 9 * scale, 4 * scale, p);
        s.Canvas.Restore();
    }

    private static void Panicle(Studio s, float x, float y, float degrees)
    {
        s.Canvas.Save();
        s.Canvas.Translate(x, y);
        s.Canvas.RotateDegrees(degrees);
        using (var stalk = Stroke(Hex(0xB08A3A), 4)) s.Canvas.DrawLine(0, 0, 320, 0, stalk);
        for (var i = 0; i < 16; i++)
        {
            var t = 120 + i * 12;
            var side = i % 2 == 0 ? -1 : 1;
            using var g = new SKPaint { IsAntialias = true, Shader = Radial(t, side * 10, 14, Hex(0xF2D27A), Hex(0xC9962E)) };
            s.Canvas.DrawOval(t + 6, side * 10, 12, 6, g);
        }
        s.Canvas.Restore();
    }

    public static void LeafYeastSpirit(Studio s)
    {
        s.Backdrop(Hex(0xDCD6C6), Hex(0xBDB39C), Hex(0x5E4430), Hex(0x4A3424), 580);
        s.WoodTable(Hex(0x5E4430), 580);
        s.Bottle(480, 800, 250, 580, Hex(0xD8E4DA, 150), Hex(0xF4F0DC, 170), 0.78f, Hex(0x8A1C1C), r => s.Label(r, Hex(0xB8201E), Hex(0xF2D67A)));
        SmallCup(s, 780, 760, 70);
        SmallCup(s, 930, 780, 70);
        s.Leaf(170, 700, 220, 60, -25, Hex(0x4C7030));
        s.Leaf(200, 760, 200, 54, -5, Hex(0x5E8438));
    }

    private static void SmallCup(Studio s, float cx, float bottom, float r)
    {
        s.Shadow(cx + 10, bottom, r * 1.1f, 14);
        using var body = new SKPath();
        body.MoveTo(cx - r, bottom - r * 1.1f);
        body.QuadTo(cx - r * 0.9f, bottom, cx - r * 0.5f, bottom);
        body.LineTo(cx + r * 0.5f, bottom);
        body.QuadTo(cx + r * 0.9f, bottom, cx + r, bottom - r * 1.1f);
        body.Close();
        using (var p = new SKPaint { IsAntialias = true, Shader = Linear(cx - r, 0, cx + r, 0, Hex(0xC9C1B0), Hex(0xFFFFFF), Hex(0xA99F8C)) }) s.Canvas.DrawPath(body, p);
        using (var liquor = Fill(Hex(0xF1E9C8))) s.Canvas.DrawOval(cx, bottom - r * 1.1f, r, r * 0.2f, liquor);
        using var rim = Stroke(Hex(0x2F5A8A), 3);
        s.Canvas.DrawOval(cx, bottom - r * 1.1f, r, r * 0.2f, rim);
        s.Canvas.DrawLine(cx - r * 0.85f, bottom - r * 0.6f, cx + r * 0.85f, bottom - r * 0.6f, rim);
    }

    public static void RiceWine(Studio s)
    {
        s.Backdrop(Hex(0xE6DDCB), Hex(0xCDBFA2), Hex(0x6A4C32), Hex(0x553A26), 580);
        s.WoodTable(Hex(0x6A4C32), 580);
        // Glazed earthenware jar (chum) for ageing.
        s.Shadow(330, 800, 230, 40, 140);
        using (var jar = new SKPaint { IsAntialias = true, Shader = Radial(280, 520, 320, Hex(0xA86A3A), Hex(0x6A3A1A), Hex(0x2E1608)) })
            s.Canvas.DrawOval(330, 600, 220, 210, jar);
        using (var neck = new SKPaint { IsAntialias = true, Shader = Linear(250, 0, 410, 0, Hex(0x4A2410), Hex(0x8A5428), Hex(0x3A1C0C)) })
            s.Canvas.DrawRoundRect(new SKRect(250, 360, 410, 420), 16, 16, neck);
        using (var cloth = Fill(Hex(0xB8201E))) s.Canvas.DrawOval(330, 362, 95, 30, cloth);
        using (var tie = Stroke(Hex(0xE8D7A0), 5)) s.Canvas.DrawLine(240, 392, 420, 392, tie);
        s.Bottle(730, 810, 220, 520, Hex(0xE6EEE6, 140), Hex(0xF8F0D0, 200), 0.8f, Hex(0x5A3A1A), r => s.Label(r, Hex(0xF3E7C2), Hex(0x8C1E1A)));
        SmallCup(s, 980, 790, 64);
        for (var i = 0; i < 6; i++) s.Leaf(900 + i * 30, 640 - i * 6, 90, 22, -120 + i * 22, Hex(0xC9A23A));
    }

    public static void RamieCakes(Studio s)
    {
        s.Backdrop(Hex(0xE9E4D4), Hex(0xD3CAB2), Hex(0x9A7A50), Hex(0x846644), 520);
        s.WoodTable(Hex(0x8E6C44), 520);
        // A banana leaf spread under the cakes.
        s.Leaf(80, 700, 1050, 230, -4, Hex(0x4E7A2C));
        (float X, float Y)[] spots = [(340, 610), (600, 590), (860, 615), (460, 760), (740, 770)];
        foreach (var (x, y) in spots.Take(4)) WrappedCake(s, x, y, 190);
        // One unwrapped and cut, showing the green-bean and coconut filling.
        CutCake(s, 760, 765, 170);
    }

    private static void WrappedCake(Studio s, float cx, float cy, float size)
    {
        s.Shadow(cx + 16, cy + size * 0.42f, size * 0.6f, 22, 130);
        var r = new SKRect(cx - size / 2, cy - size / 2.6f, cx + size / 2, cy + size / 2.6f);
        using (var leaf = new SKPaint { IsAntialias = true, Shader = Linear(r.Left, r.Top, r.Right, r.Bottom, Hex(0xD6C08A), Hex(0xB0925A), Hex(0x8A6C3A)) })
            s.Canvas.DrawRoundRect(r, 14, 14, leaf);
        using (var fibre = Stroke(Hex(0x7A5E32, 90), 2))
            for (var y = r.Top + 8; y < r.Bottom; y += 9) s.Canvas.DrawLine(r.Left + 4, y, r.Right - 4, y + s.Next(-2, 2), fibre);
        using var tie = Stroke(Hex(0xF0E4C4), 6);
        s.Canvas.DrawLine(r.MidX, r.Top, r.MidX, r.Bottom, tie);
        s.Canvas.DrawLine(r.Left, r.MidY, r.Right, r.MidY, tie);
    }

    private static void CutCake(Studio s, float cx, float cy, float size)
    {
        s.Shadow(cx + 14, cy + size * 0.45f, size * 0.6f, 20, 130);
        var r = new SKRect(cx - size / 2, cy - size / 2.4f, cx + size / 2, cy + size / 2.4f);
        // Ramie-leaf dough is glossy black-green.
        using (var dough = new SKPaint { IsAntialias = true, Shader = Radial(r.Left + 40, r.Top + 30, size, Hex(0x3A4A2A), Hex(0x1A2214), Hex(0x0C100A)) })
            s.Canvas.DrawRoundRect(r, 22, 22, dough);
        using (var filling = new SKPaint { IsAntialias = true, Shader = Radial(cx, cy, size * 0.3f, Hex(0xF6DA7A), Hex(0xD9B04A)) })
            s.Canvas.DrawOval(cx, cy, size * 0.26f, size * 0.2f, filling);
        using var coconut = Stroke(Hex(0xFFF8E6), 3);
        for (var i = 0; i < 10; i++) s.Canvas.DrawLine(cx + s.Next(-35, 35), cy + s.Next(-25, 25), cx + s.Next(-35, 35), cy + s.Next(-25, 25), coconut);
        using var sesame = Fill(Hex(0xF3EAD2));
        for (var i = 0; i < 24; i++) s.Canvas.DrawOval(s.Next(r.Left + 12, r.Right - 12), s.Next(r.Top + 10, r.Top + 40), 4, 2, sesame);
        using var shine = new SKPaint { IsAntialias = true, Color = SKColors.White.WithAlpha(60), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 8) };
        s.Canvas.DrawOval(r.Left + 45, r.Top + 35, 30, 12, shine);
    }

    public static void Codonopsis(Studio s)
    {
        s.Backdrop(Hex(0xE4DDCF), Hex(0xC9BEA6), Hex(0x7A5A3C), Hex(0x654830), 560);
        s.WoodTable(Hex(0x7A5A3C), 560);
        // A red gift box holding the roots.
        s.Shadow(600, 810, 430, 45, 150);
        using (var box = new SKPaint { IsAntialias = true, Shader = Linear(0, 420, 0, 820, Hex(0xA8201C), Hex(0x6A0E0C)) })
            s.Canvas.DrawRoundRect(new SKRect(170, 430, 1030, 810), 14, 14, box);
        using (var lining = new SKPaint { IsAntialias = true, Shader = Linear(0, 440, 0, 790, Hex(0xF3E2B0), Hex(0xD8BE80)) })
            s.Canvas.DrawRoundRect(new SKRect(200, 455, 1000, 790), 10, 10, lining);
        using (var trim = Stroke(Hex(0xE8C860), 4)) s.Canvas.DrawRoundRect(new SKRect(182, 442, 1018, 798), 12, 12, trim);
        for (var i = 0; i < 7; i++) Root(s, 240, 500 + i * 40, 720 + s.Next(-40, 40), s.Next(-6, 6));
    }

    private static void Root(Studio s, float x, float y, float length, float droop)
    {
        using var path = new SKPath();
        path.MoveTo(x, y);
        path.CubicTo(x + length * 0.3f, y + droop * 4 - 10, x + length * 0.6f, y - droop * 3 + 12, x + length, y + droop * 2);
        var tone = s.Jitter(Hex(0xC9A470), 0.05f);
        using (var body = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeWidth = 26, Color = Mix(tone, SKColors.Black, 0.25f) })
            s.Canvas.DrawPath(path, body);
        using (var top = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeWidth = 14, Color = tone })
        {
            s.Canvas.Save();
            s.Canvas.Translate(0, -4);
            s.Canvas.DrawPath(path, top);
            s.Canvas.Restore();
        }
        // Ring wrinkles and hair roots.
        using var ring = Stroke(Mix(tone, SKColors.Black, 0.4f).WithAlpha(150), 2);
        using var measure = new SKPathMeasure(path);
        for (var d = 20f; d < measure.Length - 20; d += s.Next(14, 26))
        {
            measure.GetPositionAndTangent(d, out var pos, out var tan);
            s.Canvas.DrawLine(pos.X - tan.Y * 12, pos.Y + tan.X * 12, pos.X + tan.Y * 12, pos.Y - tan.X * 12, ring);
            if (s.Next(0, 1) > 0.85f) s.Canvas.DrawLine(pos.X, pos.Y + 10, pos.X + s.Next(-20, 20), pos.Y + s.Next(25, 45), ring);
        }
    }
}
