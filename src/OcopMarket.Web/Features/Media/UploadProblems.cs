using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Media;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Media;

/// <summary>Says, in the request's language, exactly what is wrong with an upload.</summary>
public sealed class UploadProblems(IStringLocalizer<MediaResource> text, MediaOptions options)
{
    public string RejectedTitle => text["The image was not accepted"];

    public string Describe(ImageRejection rejection) => rejection switch
    {
        ImageRejection.Empty => text["The file is empty. Please choose an image."],
        ImageRejection.TooLarge => text["The file is too large: at most {0} MB.", Round(options.MaxUploadBytes / (1024d * 1024d))],
        ImageRejection.TooManyPixels => text["The image is too large: at most {0} megapixels. Please scale it down and upload it again.", Round(options.MaxPixels / 1_000_000d)],
        ImageRejection.UnsupportedFormat => text["This image format is not supported. Use JPEG, PNG, WebP or GIF."],
        _ => text["The file is not a valid image (JPEG, PNG, WebP)."],
    };

    public string NoFile => text["No file was sent. Attach the image in the form field \"file\"."];

    public string AntiforgeryTitle => text["The request could not be verified"];

    public string AntiforgeryDetail => text["Your session has expired or the form is out of date. Reload the page and try again."];

    /// <summary>A stable machine-readable code next to the human message, for scripts calling the API.</summary>
    public static string Code(ImageRejection rejection) => rejection switch
    {
        ImageRejection.Empty => "empty",
        ImageRejection.TooLarge => "too-large",
        ImageRejection.TooManyPixels => "too-many-pixels",
        ImageRejection.UnsupportedFormat => "unsupported-format",
        _ => "not-an-image",
    };

    // "40", "10", or "12,5" in Vietnamese: the localizer formats with the current culture.
    private static string Round(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.CurrentCulture);
}
