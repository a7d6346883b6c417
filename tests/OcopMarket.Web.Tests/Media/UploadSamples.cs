using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace OcopMarket.Web.Tests.Media;

/// <summary>Files a user might upload: a real photo, a text file renamed .jpg, and a decompression bomb.</summary>
internal static class UploadSamples
{
    public static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Wheat);
            using var paint = new SKPaint { Color = SKColors.DarkOrange, IsAntialias = true };
            canvas.DrawCircle(width / 2f, height / 2f, height / 3f, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    public static byte[] TextRenamedJpg => Encoding.UTF8.GetBytes("Danh sách sản phẩm OCOP — đây không phải là ảnh.\n");

    /// <summary>A valid 1-bit PNG claiming 20000×20000 pixels (400 megapixels) in a few dozen KB.</summary>
    public static byte[] PngBomb(int width = 20_000, int height = 20_000)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 1; // bit depth 1, colour type 0 (grey)
        Chunk(png, "IHDR", ihdr);
        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + (width + 7) / 8];
            for (var y = 0; y < height; y++) z.Write(row);
        }
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var head = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        Encoding.ASCII.GetBytes(type, head.AsSpan(4));
        s.Write(head);
        s.Write(data);
        // PNG's CRC-32 (reflected 0xEDB88320) over type and data.
        var crc = 0xFFFFFFFFu;
        foreach (var b in head.AsSpan(4).ToArray().Concat(data))
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        var tail = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(tail, ~crc);
        s.Write(tail);
    }
}
