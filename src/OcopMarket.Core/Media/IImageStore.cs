namespace OcopMarket.Core.Media;

/// <summary>Why an upload was refused; the web layer turns it into a message in the user's language.</summary>
public enum ImageRejection
{
    Empty = 1,
    TooLarge,
    NotAnImage,
    TooManyPixels,
    UnsupportedFormat,
}

public sealed record ImageSaveResult(MediaFile? File, ImageRejection? Error)
{
    public bool Succeeded => File is not null;
    public static ImageSaveResult Ok(MediaFile file) => new(file, null);
    public static ImageSaveResult Fail(ImageRejection error) => new(null, error);
}

/// <summary>Validates an uploaded image by decoding it, stores the original and records a MediaFile (saved).</summary>
public interface IImageStore
{
    Task<ImageSaveResult> SaveAsync(Stream content, string fileName, CancellationToken ct = default);
}
