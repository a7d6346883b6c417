using SkiaSharp;
using static SeedImages.Studio;

namespace SeedImages;

/// <summary>Which scenes picture which demo product (names as in DemoCatalog; the slug is derived from them).</summary>
internal static class Catalogue
{
    public static readonly (string Name, Action<Studio>[] Scenes)[] Scenes =
    [
        ("Hồng không hạt Bảo Lâm", [Scenes1.PersimmonTray, Scenes1.PersimmonBranch]),
        ("Tinh dầu hồi Mẫu Sơn", [Scenes1.AniseOil]),
        ("Hoa hồi khô Cao Lộc", [Scenes1.AnisePile, Scenes1.AniseCloseUp]),
        ("Rượu Mẫu Sơn men lá", [Scenes2.LeafYeastSpirit]),
        ("Mật ong Bình Sơn", [Scenes1.HoneyJar, Scenes1.Honeycomb]),
        ("Phấn hoa Bình Sơn", [Scenes1.BeePollen]),
        ("Giỏ mây đan Thọ Tân", [Scenes2.RattanBasket, Scenes2.RattanWeaveDetail]),
        ("Đèn tre Thọ Tân", [Scenes2.BambooLamp]),
        ("Gạo nếp cái hoa vàng Thọ Bình", [Scenes2.StickyRice]),
        ("Rượu nếp Thọ Bình", [Scenes2.RiceWine]),
        ("Bánh gai Minh Sơn", [Scenes2.RamieCakes]),
        ("Mật ong rừng Kon Rẫy", [Scenes1.WildHoney]),
        ("Sâm dây Kon Rẫy", [Scenes2.Codonopsis]),
        ("Cà phê Robusta Kon Rẫy", [Scenes1.Coffee]),
        ("Khăn thổ cẩm Xơ Đăng", [Scenes3.BrocadeScarf]),
        ("Trà xanh Tây Sơn", [Scenes3.GreenTea]),
        ("Tré Tây Sơn", [Scenes3.Tre]),
        ("Bánh tráng nước dừa Tây Sơn", [Scenes3.RicePaper]),
        ("Tour sinh thái Hầm Hô", [Scenes3.StreamValley, Scenes3.StreamBoats]),
        ("Trải nghiệm dệt thổ cẩm Kon Rlong", [Scenes3.StiltHouse]),
    ];
}

/// <summary>Fruit, spice, honey and coffee.</summary>
internal static class Scenes1
{
    public static void PersimmonTray(Studio s)
    {
        s.Backdrop(Hex(0xEFE6D6), Hex(0xDCCDB4), Hex(0x8B5A33), Hex(0x6E4424), 520);
        s.WoodTable(Hex(0x8B5A33), 520);
        // A shallow woven tray.
        s.Shadow(620, 770, 470, 70, 130);
        using (var tray = new SKPaint { IsAntialias = true, Shader = Linear(0, 540, 0, 800, Hex(0xC9A46A), Hex(0x9C7440)) })
            s.Canvas.DrawOval(600, 700, 460, 120, tray);
        using (var rim = Stroke(Hex(0x7A5528), 14)) s.Canvas.DrawOval(600, 700, 460, 120, rim);
        (float X, float Y, float R)[] fruit = [(420, 600, 120), (640, 590, 126), (860, 615, 118), (520, 700, 124), (760, 705, 128), (330, 710, 104), (965, 712, 100)];
        foreach (var (x, y, r) in fruit.OrderBy(f => f.Y)) Persimmon(s, x, y, r, s.Next(-12, 12));
        s.Leaf(980, 520, 170, 48, -150, Hex(0x4F7A2B));
        s.Leaf(240, 560, 150, 42, -30, Hex(0x5E8A33));
    }

    public static void PersimmonBranch(Studio s)
    {
        using (var sky = new SKPaint { Shader = Linear(0, 0, 0, H, Hex(0x9CC3E0), Hex(0xE8EEF0)) }) s.Canvas.DrawRect(0, 0, W, H, sky);
        // Out-of-focus orchard behind.
        for (var i = 0; i < 40; i++)
        {
            using var bokeh = new SKPaint { IsAntialias = true, Color = Mix(Hex(0x5E8A3A), Hex(0xA8C070), s.Next(0, 1)).WithAlpha(110), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 22) };
            s.Canvas.DrawCircle(s.Next(0, W), s.Next(300, H), s.Next(40, 120), bokeh);
        }
        using (var branch = Stroke(Hex(0x4A3423), 26)) { using var p = new SKPath(); p.MoveTo(-20, 180); p.CubicTo(300, 120, 600, 260, 1220, 200); s.Canvas.DrawPath(p, branch); }
        using (var twig = Stroke(Hex(0x4A3423), 12))
        {
            s.Canvas.DrawLine(380, 175, 430, 330, twig);
            s.Canvas.DrawLine(760, 225, 720, 380, twig);
            s.Canvas.DrawLine(980, 210, 1010, 430, twig);
        }
        s.Leaf(200, 150, 200, 60, -20, Hex(0x6B8E2F));
        s.Leaf(560, 200, 220, 64, 30, Hex(0x7A9A35));
        s.Leaf(860, 205, 190, 55, -35, Hex(0x8A8A30));
        Persimmon(s, 440, 430, 120, -6);
        Persimmon(s, 715, 480, 110, 8);
        Persimmon(s, 1015, 530, 115, 3);
        s.Leaf(1050, 230, 160, 50, 60, Hex(0xB07A2A));
    }

    /// <summary>Squarish orange fruit with a four-lobed calyx: the seedless persimmon of Bảo Lâm.</summary>
    public static void Persimmon(Studio s, float cx, float cy, float r, float degrees)
    {
        s.Shadow(cx + r * 0.2f, cy + r * 0.8f, r * 0.95f, r * 0.22f, 120);
        s.Canvas.Save();
        s.Canvas.Translate(cx, cy);
        s.Canvas.RotateDegrees(degrees);
        using var body = new SKPath();
        body.AddRoundRect(new SKRect(-r, -r * 0.82f, r, r * 0.86f), r * 0.62f, r * 0.6f);
        var orange = s.Jitter(Hex(0xF08A1C), 0.04f);
        using (var p = new SKPaint { IsAntialias = true, Shader = Radial(-r * 0.35f, -r * 0.35f, r * 1.9f, Mix(orange, Hex(0xFFD27A), 0.55f), orange, Mix(orange, Hex(0x9A3C05), 0.6f)) })
            s.Canvas.DrawPath(body, p);
        // Shallow grooves that give the fruit its square look.
        using (var groove = Stroke(Mix(orange, SKColors.Black, 0.3f).WithAlpha(70), r * 0.05f))
        {
            s.Canvas.DrawLine(-r * 0.35f, -r * 0.6f, -r * 0.45f, r * 0.7f, groove);
            s.Canvas.DrawLine(r * 0.35f, -r * 0.6f, r * 0.45f, r * 0.7f, groove);
        }
        using (var shine = new SKPaint { IsAntialias = true, Color = SKColors.White.WithAlpha(120), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, r * 0.08f) })
            s.Canvas.DrawOval(-r * 0.45f, -r * 0.45f, r * 0.22f, r * 0.12f, shine);
        var calyx = Hex(0x5B5A25);
        for (var i = 0; i < 4; i++)
        {
            s.Canvas.Save();
            s.Canvas.RotateDegrees(i * 90);
            using var leaf = new SKPath();
            leaf.MoveTo(0, -r * 0.8f);
            leaf.QuadTo(r * 0.34f, -r * 0.98f, r * 0.42f, -r * 0.62f);
            leaf.QuadTo(r * 0.18f, -r * 0.62f, 0, -r * 0.8f);
            using var lp = Fill(Mix(calyx, SKColors.Black, i * 0.06f));
            s.Canvas.DrawPath(leaf, lp);
            s.Canvas.Restore();
        }
        using (var stem = Fill(Hex(0x3D2A14))) s.Canvas.DrawCircle(0, -r * 0.82f, r * 0.08f, stem);
        s.Canvas.Restore();
    }

    /// <summary>Eight boat-shaped carpels around a centre: star anise.</summary>
    public static void StarAnise(Studio s, float cx, float cy, float r, float degrees)
    {
        var brown = s.Jitter(Hex(0x7A3A1E), 0.05f);
        s.Shadow(cx + r * 0.15f, cy + r * 0.2f, r * 0.9f, r * 0.8f, 90);
        for (var i = 0; i < 8; i++)
        {
            s.Canvas.Save();
            s.Canvas.Translate(cx, cy);
            s.Canvas.RotateDegrees(degrees + i * 45 + s.Next(-6, 6));
            var len = r * s.Next(0.85f, 1.05f);
            using var pod = new SKPath();
            pod.MoveTo(0, 0);
            pod.CubicTo(len * 0.3f, -r * 0.26f, len * 0.8f, -r * 0.2f, len, -r * 0.02f);
            pod.CubicTo(len * 0.8f, r * 0.18f, len * 0.3f, r * 0.24f, 0, 0);
            using (var p = new SKPaint { IsAntialias = true, Shader = Linear(0, -r * 0.25f, 0, r * 0.25f, Mix(brown, Hex(0xC07A4A), 0.45f), brown, Mix(brown, SKColors.Black, 0.45f)) })
                s.Canvas.DrawPath(pod, p);
            // The split carpel shows a glossy seed.
            using (var slit = Fill(Mix(brown, SKColors.Black, 0.5f))) s.Canvas.DrawOval(len * 0.55f, -r * 0.01f, len * 0.25f, r * 0.05f, slit);
            using (var seed = Fill(Hex(0xC9955A))) s.Canvas.DrawOval(len * 0.55f, -r * 0.01f, len * 0.12f, r * 0.035f, seed);
            s.Canvas.Restore();
        }
        using var centre = Fill(Mix(brown, SKColors.Black, 0.35f));
        s.Canvas.DrawCircle(cx, cy, r * 0.12f, centre);
    }

    public static void AniseOil(Studio s)
    {
        s.Backdrop(Hex(0xE9E2D4), Hex(0xCFC4AE), Hex(0x6B4A31), Hex(0x56391F), 560);
        s.WoodTable(Hex(0x6E4B2E), 560);
        s.Bottle(560, 790, 230, 520, Hex(0x5A2A0C), Hex(0x3A1805), 0.8f, Hex(0x1E1E1E), r => s.Label(r, Hex(0xF3EBD8), Hex(0x7A2D12)));
        // Dropper bulb on the cap.
        using (var bulb = new SKPaint { IsAntialias = true, Shader = Linear(530, 0, 590, 0, Hex(0x111111), Hex(0x4A4A4A), Hex(0x111111)) })
            s.Canvas.DrawRoundRect(new SKRect(533, 200, 587, 270), 26, 26, bulb);
        StarAnise(s, 820, 760, 80, 10);
        StarAnise(s, 930, 660, 64, 40);
        StarAnise(s, 300, 770, 74, -15);
        StarAnise(s, 230, 650, 56, 25);
        s.Leaf(860, 600, 190, 44, -20, Hex(0x4E6E2A));
    }

    public static void AnisePile(Studio s)
    {
        s.Burlap(new SKRect(0, 0, W, H), Hex(0xB79A6E));
        using (var tint = new SKPaint { Shader = Radial(600, 450, 700, Hex(0xFFFFFF, 0), Hex(0x3A2A18, 120)) }) s.Canvas.DrawRect(0, 0, W, H, tint);
        for (var i = 0; i < 34; i++)
            StarAnise(s, s.Next(60, W - 60), s.Next(60, H - 60), s.Next(60, 95), s.Next(0, 45));
    }

    public static void AniseCloseUp(Studio s)
    {
        using (var bg = new SKPaint { Shader = Linear(0, 0, W, H, Hex(0x2F2218), Hex(0x5A4330)) }) s.Canvas.DrawRect(0, 0, W, H, bg);
        s.WoodTable(Hex(0x5E4026), 0);
        StarAnise(s, 600, 450, 300, 8);
        StarAnise(s, 1080, 180, 150, 30);
        StarAnise(s, 140, 790, 160, -10);
    }

    public static void HoneyJar(Studio s)
    {
        s.Backdrop(Hex(0xF4EAD2), Hex(0xE2CFA6), Hex(0x9A6A3C), Hex(0x7A5230), 600);
        s.WoodTable(Hex(0x9A6A3C), 600);
        s.GlassJar(new SKRect(390, 330, 770, 800), 0.86f, Hex(0xF6B22A), Hex(0xA45A08), Hex(0xC89B3C));
        using (var band = Fill(Hex(0xF3E7C9))) s.Canvas.DrawRect(390, 520, 380, 130, band);
        s.Label(new SKRect(450, 505, 710, 665), Hex(0xF6EDD6), Hex(0x8C4A12));
        Dipper(s, 860, 780, -28);
        Comb(s, new SKRect(140, 660, 360, 820), 24);
        s.Leaf(900, 560, 180, 46, -160, Hex(0x5A7E2E));
    }

    public static void Honeycomb(Studio s)
    {
        using (var bg = new SKPaint { Shader = Linear(0, 0, 0, H, Hex(0x6A3E0E), Hex(0x2E1806)) }) s.Canvas.DrawRect(0, 0, W, H, bg);
        Comb(s, new SKRect(-40, -40, W + 40, H + 40), 46);
        // A trickle of honey running down.
        using var drip = new SKPaint { IsAntialias = true, Shader = Linear(560, 0, 660, 0, Hex(0xB86B0A), Hex(0xFFD060), Hex(0xB86B0A)) };
        using var path = new SKPath();
        path.MoveTo(560, 0);
        path.CubicTo(570, 300, 640, 420, 610, 760);
        path.QuadTo(605, 830, 635, 830);
        path.QuadTo(662, 830, 655, 760);
        path.CubicTo(680, 420, 640, 300, 660, 0);
        path.Close();
        s.Canvas.DrawPath(path, drip);
    }

    private static void Comb(Studio s, SKRect area, float size)
    {
        s.Canvas.Save();
        using var clip = new SKPath();
        clip.AddRoundRect(area, 18, 18);
        s.Canvas.ClipPath(clip, antialias: true);
        using (var wax = Fill(Hex(0xD99A2B))) s.Canvas.DrawRect(area, wax);
        var dx = size * 1.732f;
        for (var row = 0; area.Top + row * size * 1.5f < area.Bottom + size; row++)
            for (var col = -1; area.Left + col * dx < area.Right + dx; col++)
            {
                var cx = area.Left + col * dx + (row % 2) * dx / 2;
                var cy = area.Top + row * size * 1.5f;
                using var hex = new SKPath();
                for (var k = 0; k < 6; k++)
                {
                    var a = (60 * k - 30) * MathF.PI / 180;
                    var pt = new SKPoint(cx + size * 0.86f * MathF.Cos(a), cy + size * 0.86f * MathF.Sin(a));
                    if (k == 0) hex.MoveTo(pt);
                    else hex.LineTo(pt);
                }
                hex.Close();
                var full = s.Next(0, 1) > 0.25f;
                using var cell = new SKPaint { IsAntialias = true, Shader = Radial(cx - size * 0.2f, cy - size * 0.2f, size, full ? Hex(0xFFD36B) : Hex(0xF0D9A0), full ? Hex(0xC4760C) : Hex(0xCFA860)) };
                s.Canvas.DrawPath(hex, cell);
                using var wall = Stroke(Hex(0xF6DDA0), size * 0.12f);
                s.Canvas.DrawPath(hex, wall);
            }
        s.Canvas.Restore();
    }

    private static void Dipper(Studio s, float x, float y, float degrees)
    {
        s.Shadow(x - 40, y + 10, 180, 18, 100);
        s.Canvas.Save();
        s.Canvas.Translate(x, y);
        s.Canvas.RotateDegrees(degrees);
        using (var handle = new SKPaint { IsAntialias = true, Shader = Linear(0, -10, 0, 10, Hex(0xE3C08A), Hex(0x9C7444)) })
            s.Canvas.DrawRoundRect(new SKRect(-260, -10, 40, 10), 10, 10, handle);
        for (var i = 0; i < 5; i++)
        {
            using var ring = new SKPaint { IsAntialias = true, Shader = Linear(0, -34, 0, 34, Hex(0xE8C58E), Hex(0xA0763F)) };
            s.Canvas.DrawRoundRect(new SKRect(40 + i * 18, -32 + Math.Abs(i - 2) * 4, 56 + i * 18, 32 - Math.Abs(i - 2) * 4), 8, 8, ring);
        }
        using (var honey = new SKPaint { IsAntialias = true, Color = Hex(0xE89A1A, 200) }) s.Canvas.DrawOval(90, 30, 50, 14, honey);
        s.Canvas.Restore();
    }

    public static void BeePollen(Studio s)
    {
        s.Backdrop(Hex(0xF1ECE0), Hex(0xDCD3BE), Hex(0xB8A78A), Hex(0xA29074), 560);
        s.GlassJar(new SKRect(650, 330, 960, 780), 0.88f, Hex(0xF2C040), Hex(0xB9781A), Hex(0x3E6B3A));
        // Granules seen through the glass.
        s.Canvas.Save();
        s.Canvas.ClipRect(new SKRect(660, 390, 950, 775));
        Granules(s, new SKRect(650, 380, 960, 790), 900, 9);
        s.Canvas.Restore();
        s.Label(new SKRect(690, 520, 920, 650), Hex(0xF6EFDC), Hex(0x3E6B3A));
        // A spilled heap in a wooden spoon and on the table.
        s.Shadow(380, 760, 260, 40, 110);
        using (var heap = new SKPaint { IsAntialias = true, Shader = Radial(360, 700, 260, Hex(0xE9A62A), Hex(0xB56D14)) })
            s.Canvas.DrawOval(370, 720, 250, 80, heap);
        s.Canvas.Save();
        using var mound = new SKPath();
        mound.AddOval(new SKRect(120, 600, 620, 800));
        s.Canvas.ClipPath(mound, antialias: true);
        Granules(s, new SKRect(120, 600, 620, 800), 1600, 10);
        s.Canvas.Restore();
        s.Leaf(150, 560, 150, 40, -30, Hex(0x557A30));
    }

    private static void Granules(Studio s, SKRect area, int count, float size)
    {
        SKColor[] tones = [Hex(0xF2B233), Hex(0xE08A1E), Hex(0xC7651A), Hex(0xE9C24A), Hex(0x9C6B2A), Hex(0xD8A030)];
        for (var i = 0; i < count; i++)
        {
            var c = tones[s.Random.Next(tones.Length)];
            var x = s.Next(area.Left, area.Right);
            var y = s.Next(area.Top, area.Bottom);
            var r = s.Next(size * 0.6f, size * 1.2f);
            using var p = new SKPaint { IsAntialias = true, Shader = Radial(x - r * 0.3f, y - r * 0.3f, r * 1.3f, Mix(c, SKColors.White, 0.35f), c, Mix(c, SKColors.Black, 0.4f)) };
            s.Canvas.DrawCircle(x, y, r, p);
        }
    }

    public static void WildHoney(Studio s)
    {
        // Forest light behind.
        using (var bg = new SKPaint { Shader = Linear(0, 0, 0, 600, Hex(0x2F4A26), Hex(0x6E8A4A)) }) s.Canvas.DrawRect(0, 0, W, 600, bg);
        for (var i = 0; i < 30; i++)
        {
            using var bokeh = new SKPaint { IsAntialias = true, Color = Mix(Hex(0xCFE08A), Hex(0x3A5A2A), s.Next(0, 1)).WithAlpha(120), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 18) };
            s.Canvas.DrawCircle(s.Next(0, W), s.Next(0, 560), s.Next(20, 80), bokeh);
        }
        s.WoodTable(Hex(0x5A3A22), 600);
        s.Bottle(470, 810, 250, 560, Hex(0x7A3E08), Hex(0x6B2E04), 0.88f, Hex(0x2E2418), r => s.Label(r, Hex(0xEBDDBE), Hex(0x3E2A14)));
        s.GlassJar(new SKRect(700, 560, 930, 810), 0.8f, Hex(0xD8821A), Hex(0x6A3006), Hex(0x3E2A14));
        Comb(s, new SKRect(960, 700, 1130, 820), 20);
        s.Leaf(230, 640, 160, 44, -20, Hex(0x3C6428));
    }

    public static void Coffee(Studio s)
    {
        s.Backdrop(Hex(0xD9CBB6), Hex(0xB9A58A), Hex(0x4A3222), Hex(0x3A2618), 520);
        s.WoodTable(Hex(0x5A3B26), 520);
        // A heap of beans, then a cup.
        for (var i = 0; i < 260; i++)
        {
            var a = s.Next(0, MathF.Tau);
            var d = MathF.Sqrt(s.Next(0, 1)) * 330;
            Bean(s, 420 + d * MathF.Cos(a) * 1.2f, 720 + d * MathF.Sin(a) * 0.42f, s.Next(20, 26), s.Next(0, 360));
        }
        s.Cup(860, 600, 280, 210, Hex(0xF2EEE6), Hex(0x3A1F10));
        using (var saucer = Stroke(Hex(0xE4DED2), 10)) s.Canvas.DrawOval(860, 812, 210, 40, saucer);
        using (var handle = Stroke(Hex(0xE9E4DA), 18)) s.Canvas.DrawArc(new SKRect(970, 630, 1060, 730), -80, 170, false, handle);
        using (var crema = Stroke(Hex(0xB07A45, 180), 5)) s.Canvas.DrawOval(860, 603, 100, 22, crema);
    }

    private static void Bean(Studio s, float x, float y, float size, float degrees)
    {
        s.Canvas.Save();
        s.Canvas.Translate(x, y);
        s.Canvas.RotateDegrees(degrees);
        var roast = s.Jitter(Hex(0x4A2614), 0.04f);
        using (var body = new SKPaint { IsAntialias = true, Shader = Radial(-size * 0.3f, -size * 0.3f, size * 1.6f, Mix(roast, Hex(0xB07040), 0.45f), roast, Mix(roast, SKColors.Black, 0.6f)) })
            s.Canvas.DrawOval(0, 0, size, size * 0.72f, body);
        using var groove = Stroke(Mix(roast, SKColors.Black, 0.7f), size * 0.12f);
        using var path = new SKPath();
        path.MoveTo(-size * 0.85f, 0);
        path.CubicTo(-size * 0.3f, -size * 0.25f, size * 0.3f, size * 0.25f, size * 0.85f, 0);
        s.Canvas.DrawPath(path, groove);
        s.Canvas.Restore();
    }
}
