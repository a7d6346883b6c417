using SkiaSharp;
using OcopMarket.Core.Media;

namespace OcopMarket.Core.Producers.Documents;

/// <summary>Why a document was refused; the web layer turns it into a message in the user's language.</summary>
public enum DocumentRejection
{
    Empty = 1,
    TooLarge,
    /// <summary>Neither a complete PDF nor a decodable JPEG, PNG or WebP, whatever its name says.</summary>
    UnsupportedContent,
    DamagedPdf,
    DamagedImage,
    TooManyPixels,
}

/// <summary>What the bytes really are: the stored extension and Content-Type come from here, never from the upload.</summary>
public sealed record DocumentFormat(string Extension, string ContentType)
{
    public static readonly DocumentFormat Pdf = new("pdf", "application/pdf");
    public static readonly DocumentFormat Jpeg = new("jpg", "image/jpeg");
    public static readonly DocumentFormat Png = new("png", "image/png");
    public static readonly DocumentFormat WebP = new("webp", "image/webp");

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>
/// Decides by content alone whether an upload is a PDF or an image we accept: a PDF must begin with
/// "%PDF-" and end (within its last kilobyte) with "%%EOF"; an image must be JPEG, PNG or WebP and
/// decode completely with Skia. A renamed .exe or text file fails both, whatever its name or MIME type.
/// </summary>
public sealed class DocumentContentInspector(DocumentOptions options)
{
    private static readonly byte[] PdfHeader = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfTrailer = "%%EOF"u8.ToArray();
    /// <summary>Writers may add a newline or a little padding after the last %%EOF; 1 KB is what readers tolerate too.</summary>
    private const int TrailerWindow = 1024;

    public (DocumentFormat? Format, DocumentRejection? Rejection) Inspect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return (null, DocumentRejection.Empty);
        if (bytes.StartsWith(PdfHeader))
            return bytes[Math.Max(0, bytes.Length - TrailerWindow)..].IndexOf(PdfTrailer) >= 0
                ? (DocumentFormat.Pdf, null)
                : (null, DocumentRejection.DamagedPdf);
        return InspectImage(bytes);
    }

    private (DocumentFormat?, DocumentRejection?) InspectImage(ReadOnlySpan<byte> bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return (null, DocumentRejection.UnsupportedContent);
        var format = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => DocumentFormat.Jpeg,
            SKEncodedImageFormat.Png => DocumentFormat.Png,
            SKEncodedImageFormat.Webp => DocumentFormat.WebP,
            _ => null,
        };
        if (format is null) return (null, DocumentRejection.UnsupportedContent);
        // From the header, before any pixel memory is allocated.
        if ((long)codec.Info.Width * codec.Info.Height > options.MaxPixels) return (null, DocumentRejection.TooManyPixels);
        using var bitmap = ImageDecoding.DecodeUpright(codec);
        return bitmap is null ? (null, DocumentRejection.DamagedImage) : (format, null);
    }
}
