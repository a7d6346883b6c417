using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace OcopMarket.Core.Tests.Media;

/// <summary>Real encoded images for the tests, made with Skia or, where Skia cannot help, byte by byte.</summary>
internal static class TestImages
{
    public static byte[] Encode(int width, int height, SKEncodedImageFormat format, bool transparent = false)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(transparent ? SKColors.Transparent : SKColors.White);
            using var paint = new SKPaint { Color = SKColors.OrangeRed, IsAntialias = true };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
            paint.Color = SKColors.SeaGreen;
            canvas.DrawRect(0, 0, width / 4f, height / 4f, paint); // marks the top-left corner
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG carrying an EXIF block with the given orientation and a recognisable secret string.</summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation, string secret)
    {
        var jpeg = Encode(width, height, SKEncodedImageFormat.Jpeg);
        var tiff = new List<byte>();
        tiff.AddRange("II*\0"u8.ToArray());
        tiff.AddRange(LittleEndian32(8));          // first IFD right after the header
        var secretBytes = Encoding.ASCII.GetBytes(secret + "\0");
        tiff.AddRange(LittleEndian16(2));          // two entries
        tiff.AddRange(Entry(0x0112, 3, 1, orientation));                       // Orientation, SHORT
        tiff.AddRange(Entry(0x010E, 2, (uint)secretBytes.Length, 8 + 2 + 24 + 4)); // ImageDescription, ASCII, stored after the IFD
        tiff.AddRange(LittleEndian32(0));          // no next IFD
        tiff.AddRange(secretBytes);

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new List<byte> { 0xFF, 0xE1 };
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        segment.AddRange(length);
        segment.AddRange(payload);
        // Right after SOI, where cameras put APP1.
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();

        static byte[] Entry(ushort tag, ushort type, uint count, uint value)
        {
            var e = new byte[12];
            BinaryPrimitives.WriteUInt16LittleEndian(e, tag);
            BinaryPrimitives.WriteUInt16LittleEndian(e.AsSpan(2), type);
            BinaryPrimitives.WriteUInt32LittleEndian(e.AsSpan(4), count);
            BinaryPrimitives.WriteUInt32LittleEndian(e.AsSpan(8), value);
            return e;
        }
    }

    /// <summary>
    /// A valid 1-bit greyscale PNG of the given size, all black: 20000×20000 compresses to a few dozen KB,
    /// the shape of a decompression bomb. Written by hand so no encoder has to allocate the pixels.
    /// </summary>
    public static byte[] BlankPng(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 1;  // bit depth
        ihdr[9] = 0;  // greyscale
        WriteChunk(png, "IHDR", ihdr);

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + (width + 7) / 8]; // filter byte 0, then zero bits
            for (var y = 0; y < height; y++) z.Write(row);
        }
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream s, string type, byte[] data)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        Encoding.ASCII.GetBytes(type, header.AsSpan(4));
        s.Write(header);
        s.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(header.AsSpan(4), data));
        s.Write(crc);
    }

    /// <summary>The CRC-32 PNG chunks carry (ISO 3309, reflected, polynomial 0xEDB88320).</summary>
    private static uint Crc32(ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in type) crc = Step(crc, b);
        foreach (var b in data) crc = Step(crc, b);
        return crc ^ 0xFFFFFFFFu;

        static uint Step(uint crc, byte b)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            return crc;
        }
    }

    private static byte[] LittleEndian16(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        return b;
    }

    private static byte[] LittleEndian32(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return b;
    }
}
