using SkiaSharp;
using static SeedImages.Studio;

namespace SeedImages;

/// <summary>Textiles, tea, Tây Sơn food and the tourism landscapes.</summary>
internal static class Scenes3
{
    public static void BrocadeScarf(Studio s)
    {
        s.Backdrop(Hex(0xE8E2D6), Hex(0xD0C6B4), Hex(0x8A7A64), Hex(0x766650), 600);
        // The scarf lies in a gentle S across the table, folded once.
        s.Canvas.Save();
        s.Canvas.Translate(600, 470);
        s.Canvas.RotateDegrees(-12);
        s.Shadow(20, 60, 560, 200, 120);
        Brocade(s, new SKRect(-560, -230, 560, 230));
        s.Canvas.Restore();
        // Fringe tassels on the right end.
        using var thread = Stroke(Hex(0xB01E24), 4);
        for (var i = 0; i < 26; i++)
        {
            var y = 270 + i * 16f;
            s.Canvas.DrawLine(1140 - i * 3.3f, y - i * 2.2f, 1190 - i * 3.3f, y + 20 - i * 2.2f, thread);
        }
    }

    /// <summary>Xơ Đăng-style brocade: a black ground with red bands and white/yellow diamonds and zigzags.</summary>
    public static void Brocade(Studio s, SKRect r)
    {
        using (var ground = Fill(Hex(0x151515))) s.Canvas.DrawRect(r, ground);
        var y = r.Top;
        var band = 0;
        while (y < r.Bottom)
        {
            var h = band % 3 == 1 ? 70f : 34f;
            var color = (band % 3) switch { 0 => Hex(0xB3161C), 1 => Hex(0x151515), _ => Hex(0x1F3A6A) };
            using (var p = Fill(color)) s.Canvas.DrawRect(r.Left, y, r.Width, h, p);
            if (band % 3 == 1)
            {
                // Diamond chain.
                for (var x = r.Left; x < r.Right; x += 70)
                {
                    using var d = new SKPath();
                    d.MoveTo(x + 35, y + 6);
                    d.LineTo(x + 64, y + 35);
                    d.LineTo(x + 35, y + 64);
                    d.LineTo(x + 6, y + 35);
                    d.Close();
                    using (var dp = Fill(band % 2 == 0 ? Hex(0xF2D36A) : Hex(0xEFEAE0))) s.Canvas.DrawPath(d, dp);
                    using (var dc = Fill(Hex(0xB3161C))) s.Canvas.DrawRect(x + 27, y + 27, 16, 16, dc);
                }
            }
            else
            {
                using var zig = new SKPath();
                zig.MoveTo(r.Left, y + h / 2);
                for (var x = r.Left; x < r.Right; x += 20) zig.LineTo(x + 10, y + (x / 20 % 2 == 0 ? 6 : h - 6));
                using var zp = Stroke(Hex(0xEFEAE0), 3);
                s.Canvas.DrawPath(zig, zp);
            }
            y += h;
            band++;
        }
        // Woven texture and soft folds.
        using (var weft = Stroke(Hex(0x000000, 40), 1.2f))
            for (var yy = r.Top; yy < r.Bottom; yy += 4) s.Canvas.DrawLine(r.Left, yy, r.Right, yy, weft);
        using var folds = new SKPaint { Shader = Linear(r.Left, 0, r.Right, 0, Hex(0x000000, 90), Hex(0xFFFFFF, 30), Hex(0x000000, 60), Hex(0xFFFFFF, 25), Hex(0x000000, 100)) };
        s.Canvas.DrawRect(r, folds);
    }

    public static void GreenTea(Studio s)
    {
        s.Backdrop(Hex(0xE6E8DC), Hex(0xCBD0BA), Hex(0x6E5A42), Hex(0x5A4834), 560);
        s.WoodTable(Hex(0x6E5A42), 560);
        // Teapot-free: a cup of pale green tea, a dish of dried leaves, fresh shoots.
        s.Cup(420, 540, 330, 240, Hex(0xE9EEE6), Hex(0xB8C252));
        s.Shadow(870, 770, 220, 36, 120);
        using (var dish = new SKPaint { IsAntialias = true, Shader = Radial(860, 700, 260, Hex(0xF4F1EA), Hex(0xC8C2B4)) }) s.Canvas.DrawOval(870, 720, 230, 70, dish);
        for (var i = 0; i < 120; i++)
        {
            // Pan-fired leaves curl into dark twists.
            var x = 870 + s.Next(-190, 190);
            var y = 715 + s.Next(-45, 45);
            using var curl = Stroke(s.Jitter(Hex(0x2F4A1E), 0.05f), s.Next(5, 9));
            using var path = new SKPath();
            path.MoveTo(x, y);
            path.QuadTo(x + s.Next(-14, 14), y + s.Next(-14, 14), x + s.Next(-22, 22), y + s.Next(-10, 10));
            s.Canvas.DrawPath(path, curl);
        }
        s.Leaf(160, 720, 200, 60, -30, Hex(0x4E8A2E));
        s.Leaf(200, 760, 180, 52, 10, Hex(0x5FA03A));
        s.Leaf(720, 540, 160, 46, -150, Hex(0x4E8A2E));
        using var steam = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 14, Color = SKColors.White.WithAlpha(60), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 10) };
        for (var k = 0; k < 3; k++)
        {
            using var p = new SKPath();
            p.MoveTo(370 + k * 50, 500);
            p.CubicTo(330 + k * 50, 420, 430 + k * 50, 380, 380 + k * 50, 290);
            s.Canvas.DrawPath(p, steam);
        }
    }

    public static void Tre(Studio s)
    {
        s.Backdrop(Hex(0xE7E0CF), Hex(0xCFC3A8), Hex(0x7C5E3E), Hex(0x664C30), 560);
        s.WoodTable(Hex(0x7C5E3E), 560);
        // Tré is pressed in guava leaves and wrapped in straw, tied at both ends.
        (float X, float Y, float A)[] bundles = [(330, 620, -8), (620, 600, 4), (900, 630, -3), (470, 760, 6), (770, 770, -5)];
        foreach (var (x, y, a) in bundles) Bundle(s, x, y, a);
        s.Leaf(120, 500, 170, 50, 20, Hex(0x5F8A3A));
        s.Leaf(1070, 520, 160, 48, 160, Hex(0x4F7A30));
    }

    private static void Bundle(Studio s, float cx, float cy, float degrees)
    {
        s.Shadow(cx + 14, cy + 60, 150, 24, 130);
        s.Canvas.Save();
        s.Canvas.Translate(cx, cy);
        s.Canvas.RotateDegrees(degrees);
        var r = new SKRect(-140, -58, 140, 58);
        using (var straw = new SKPaint { IsAntialias = true, Shader = Linear(0, r.Top, 0, r.Bottom, Hex(0xE8CF8A), Hex(0xC9A458), Hex(0x8E6E30)) })
            s.Canvas.DrawRoundRect(r, 50, 50, straw);
        using (var stalk = Stroke(Hex(0x9A7A3A, 150), 2))
            for (var y = r.Top + 6; y < r.Bottom - 4; y += 5) s.Canvas.DrawLine(r.Left + 20, y, r.Right - 20, y + s.Next(-2, 2), stalk);
        // A glimpse of guava leaf at the ends.
        using (var leaf = Fill(Hex(0x4E6A2A))) { s.Canvas.DrawOval(r.Left + 10, 0, 22, 40, leaf); s.Canvas.DrawOval(r.Right - 10, 0, 22, 40, leaf); }
        using var tie = Stroke(Hex(0x6A4A1E), 7);
        foreach (var x in new[] { -90f, 0f, 90f }) s.Canvas.DrawLine(x, r.Top + 2, x + 4, r.Bottom - 2, tie);
        s.Canvas.Restore();
    }

    public static void RicePaper(Studio s)
    {
        s.Backdrop(Hex(0xEDE7DA), Hex(0xD6CCB8), Hex(0x5E6B3A), Hex(0x4E5A30), 500);
        // Drying rack of split bamboo.
        using (var rack = Fill(Hex(0xB89A5E))) s.Canvas.DrawRect(0, 500, W, 400, rack);
        using (var slat = Stroke(Hex(0x7A6034), 5))
        {
            for (var x = 0f; x < W; x += 46) s.Canvas.DrawLine(x, 500, x + 30, H, slat);
            for (var y = 520f; y < H; y += 60) s.Canvas.DrawLine(0, y, W, y, slat);
        }
        // A stack, then discs laid out to dry, dotted with black sesame.
        for (var i = 0; i < 9; i++) Disc(s, 330, 560 - i * 8, 230, 80);
        Disc(s, 800, 560, 200, 70);
        Disc(s, 660, 760, 210, 74);
        Disc(s, 1020, 760, 190, 66);
        s.Leaf(1000, 420, 200, 40, -160, Hex(0x5C8A34));
    }

    private static void Disc(Studio s, float cx, float cy, float rx, float ry)
    {
        s.Shadow(cx + 10, cy + 14, rx, ry, 70);
        using (var paper = new SKPaint { IsAntialias = true, Shader = Radial(cx - rx * 0.3f, cy - ry * 0.3f, rx * 1.2f, Hex(0xFBF4E2, 240), Hex(0xEBDDBA, 240), Hex(0xD6C294, 240)) })
            s.Canvas.DrawOval(cx, cy, rx, ry, paper);
        // The drying mat leaves its cross-hatch on the paper.
        s.Canvas.Save();
        using var clip = new SKPath();
        clip.AddOval(new SKRect(cx - rx, cy - ry, cx + rx, cy + ry));
        s.Canvas.ClipPath(clip, antialias: true);
        using (var mesh = Stroke(Hex(0xC8B58A, 90), 1.5f))
            for (var x = cx - rx; x < cx + rx; x += 12) s.Canvas.DrawLine(x, cy - ry, x + 20, cy + ry, mesh);
        using var sesame = Fill(Hex(0x1E1A16));
        for (var i = 0; i < rx * 0.45f; i++)
        {
            var a = s.Next(0, MathF.Tau);
            var d = MathF.Sqrt(s.Next(0, 1));
            s.Canvas.DrawOval(cx + MathF.Cos(a) * rx * d * 0.92f, cy + MathF.Sin(a) * ry * d * 0.92f, 3.2f, 1.6f, sesame);
        }
        s.Canvas.Restore();
    }

    public static void StreamValley(Studio s)
    {
        Landscape(s, Hex(0x8EC0E6), Hex(0xF2E6CC), 430);
        Boat(s, 640, 700, 1f);
    }

    public static void StreamBoats(Studio s)
    {
        Landscape(s, Hex(0xF0B27A), Hex(0xF6E2B8), 400);
        Boat(s, 520, 640, 0.8f);
        Boat(s, 820, 760, 1.05f);
    }

    /// <summary>Layered hills in aerial perspective, a stream winding between boulders, trees on the banks.</summary>
    private static void Landscape(Studio s, SKColor skyTop, SKColor skyLow, float horizon)
    {
        using (var sky = new SKPaint { Shader = Linear(0, 0, 0, horizon + 60, skyTop, skyLow) }) s.Canvas.DrawRect(0, 0, W, H, sky);
        using (var sun = new SKPaint { Shader = Radial(880, 170, 260, Hex(0xFFF6D8, 230), Hex(0xFFF0C0, 0)) }) s.Canvas.DrawRect(0, 0, W, H, sun);
        SKColor[] ridges = [Hex(0x9BB3A8), Hex(0x7E9E84), Hex(0x5E8460), Hex(0x3E6A40)];
        for (var layer = 0; layer < ridges.Length; layer++)
        {
            var baseY = horizon - 120 + layer * 70;
            using var hill = new SKPath();
            hill.MoveTo(0, H);
            hill.LineTo(0, baseY);
            for (var x = 0f; x <= W + 100; x += 100) hill.QuadTo(x + 50, baseY - s.Next(30, 120) + layer * 10, x + 100, baseY + s.Next(-20, 20));
            hill.LineTo(W, H);
            hill.Close();
            using var p = new SKPaint { IsAntialias = true, Shader = Linear(0, baseY - 100, 0, baseY + 200, ridges[layer], Mix(ridges[layer], SKColors.Black, 0.2f)) };
            s.Canvas.DrawPath(hill, p);
            using var mist = new SKPaint { Shader = Linear(0, baseY + 10, 0, baseY + 90, Hex(0xFFFFFF, 90), Hex(0xFFFFFF, 0)) };
            s.Canvas.DrawRect(0, baseY + 10, W, 80, mist);
        }
        // Stream: wide at the bottom, vanishing toward the hills.
        using var stream = new SKPath();
        stream.MoveTo(560, horizon + 90);
        stream.CubicTo(500, horizon + 200, 760, horizon + 260, 600, H);
        stream.LineTo(1000, H);
        stream.CubicTo(980, horizon + 260, 640, horizon + 200, 620, horizon + 90);
        stream.Close();
        using (var water = new SKPaint { IsAntialias = true, Shader = Linear(0, horizon + 90, 0, H, Hex(0xB8D8E0), Hex(0x4E8A96), Hex(0x2E6470)) })
            s.Canvas.DrawPath(stream, water);
        using (var ripple = Stroke(Hex(0xFFFFFF, 90), 2))
            for (var i = 0; i < 40; i++)
            {
                var y = s.Next(horizon + 150, H);
                var x = 640 + (y - horizon) * 0.35f + s.Next(-80, 80);
                s.Canvas.DrawLine(x, y, x + s.Next(20, 60), y, ripple);
            }
        // Boulders along the banks.
        for (var i = 0; i < 14; i++)
        {
            var left = i % 2 == 0;
            var y = s.Next(horizon + 160, H);
            var x = left ? s.Next(430, 600) - (y - horizon) * 0.2f : s.Next(820, 1000) + (y - horizon) * 0.15f;
            var r = 20 + (y - horizon) * 0.12f;
            using var rock = new SKPaint { IsAntialias = true, Shader = Radial(x - r * 0.4f, y - r * 0.4f, r * 1.5f, Hex(0xC8C2B4), Hex(0x8A847A), Hex(0x4A463E)) };
            s.Canvas.DrawOval(x, y, r * 1.3f, r * 0.8f, rock);
        }
        for (var i = 0; i < 16; i++) Tree(s, i < 8 ? s.Next(0, 420) : s.Next(1020, W), s.Next(horizon + 60, H - 40));
    }

    private static void Tree(Studio s, float x, float y)
    {
        var size = 50 + (y - 400) * 0.25f;
        using (var trunk = Stroke(Hex(0x4A3424), size * 0.12f)) s.Canvas.DrawLine(x, y, x, y - size * 1.2f, trunk);
        for (var k = 0; k < 5; k++)
        {
            using var crown = new SKPaint { IsAntialias = true, Shader = Radial(x - size * 0.3f, y - size * 1.6f, size * 1.2f, Hex(0x7AA858), Hex(0x2E5A2A)) };
            s.Canvas.DrawCircle(x + s.Next(-size * 0.5f, size * 0.5f), y - size * 1.3f - s.Next(0, size * 0.6f), size * s.Next(0.4f, 0.6f), crown);
        }
    }

    /// <summary>A dugout boat with a rower.</summary>
    private static void Boat(Studio s, float cx, float cy, float scale)
    {
        s.Canvas.Save();
        s.Canvas.Translate(cx, cy);
        s.Canvas.Scale(scale);
        using var hull = new SKPath();
        hull.MoveTo(-170, -12);
        hull.QuadTo(0, 10, 170, -22);
        hull.QuadTo(110, 34, 0, 34);
        hull.QuadTo(-120, 34, -170, -12);
        hull.Close();
        using (var wood = new SKPaint { IsAntialias = true, Shader = Linear(0, -20, 0, 34, Hex(0x8A5A30), Hex(0x3A2210)) }) s.Canvas.DrawPath(hull, wood);
        using (var reflection = new SKPaint { IsAntialias = true, Color = Hex(0x1E3A40, 90), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 6) })
            s.Canvas.DrawOval(0, 46, 160, 12, reflection);
        // Rower: body, conical hat, pole.
        using (var shirt = Fill(Hex(0x2A4A7A))) s.Canvas.DrawRoundRect(new SKRect(-22, -92, 18, -8), 10, 10, shirt);
        using (var skin = Fill(Hex(0xC08A60))) s.Canvas.DrawCircle(-2, -104, 13, skin);
        using (var hat = new SKPath())
        {
            hat.MoveTo(-36, -104);
            hat.LineTo(-2, -138);
            hat.LineTo(32, -104);
            hat.Close();
            using var straw = Fill(Hex(0xE8D8A8));
            s.Canvas.DrawPath(hat, straw);
        }
        using (var pole = Stroke(Hex(0x6A4A2A), 5)) s.Canvas.DrawLine(-70, -150, 60, 60, pole);
        s.Canvas.Restore();
    }

    public static void StiltHouse(Studio s)
    {
        Landscape(s, Hex(0x9CC6E8), Hex(0xEFE8D2), 470);
        var baseY = 700f;
        // Stilts, floor, bamboo walls, tall thatched roof.
        using (var post = Stroke(Hex(0x4A3220), 16))
            for (var x = 330f; x <= 870; x += 90) s.Canvas.DrawLine(x, baseY - 150, x, baseY + 70, post);
        using (var floor = Fill(Hex(0x6A4A2E))) s.Canvas.DrawRect(300, baseY - 170, 600, 26, floor);
        using (var wall = new SKPaint { IsAntialias = true, Shader = Linear(320, 0, 880, 0, Hex(0xB89A62), Hex(0xD8BE86), Hex(0xA8884E)) })
            s.Canvas.DrawRect(320, baseY - 330, 560, 162, wall);
        using (var weave = Stroke(Hex(0x8A6A3A, 120), 3))
            for (var y = baseY - 325; y < baseY - 170; y += 12) s.Canvas.DrawLine(320, y, 880, y, weave);
        using (var door = Fill(Hex(0x3A2818))) s.Canvas.DrawRect(570, baseY - 300, 80, 130, door);
        using var roof = new SKPath();
        roof.MoveTo(250, baseY - 320);
        roof.LineTo(520, baseY - 600);
        roof.LineTo(680, baseY - 600);
        roof.LineTo(950, baseY - 320);
        roof.Close();
        using (var thatch = new SKPaint { IsAntialias = true, Shader = Linear(0, baseY - 600, 0, baseY - 320, Hex(0x9A7A48), Hex(0x6A4E2A)) }) s.Canvas.DrawPath(roof, thatch);
        using (var straw = Stroke(Hex(0x4E3A1E, 110), 2))
            for (var x = 260f; x < 950; x += 9) s.Canvas.DrawLine(x, baseY - 322, 520 + (x - 260) * 0.23f, baseY - 598, straw);
        // Ladder and a brocade hung on the rail.
        using (var ladder = Stroke(Hex(0x5A3E24), 8))
        {
            s.Canvas.DrawLine(700, baseY - 150, 760, baseY + 70, ladder);
            s.Canvas.DrawLine(740, baseY - 150, 800, baseY + 70, ladder);
            for (var k = 0; k < 6; k++) s.Canvas.DrawLine(706 + k * 10, baseY - 125 + k * 36, 746 + k * 10, baseY - 125 + k * 36, ladder);
        }
        s.Canvas.Save();
        s.Canvas.ClipRect(new SKRect(360, baseY - 160, 540, baseY - 40));
        Brocade(s, new SKRect(360, baseY - 160, 540, baseY - 40));
        s.Canvas.Restore();
    }
}
