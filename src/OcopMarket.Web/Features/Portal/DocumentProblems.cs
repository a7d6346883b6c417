using System.Globalization;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Producers.Documents;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Portal;

/// <summary>Says, in the request's language, why a document was refused.</summary>
public sealed class DocumentProblems(IStringLocalizer<PortalResource> text, DocumentOptions options)
{
    public string MaxSize => Megabytes(options.MaxBytes);

    public string Describe(DocumentRejection rejection) => rejection switch
    {
        DocumentRejection.Empty => text["The file is empty. Please choose a PDF or an image."],
        DocumentRejection.TooLarge => text["The file is too large: at most {0} MB.", MaxSize],
        DocumentRejection.DamagedPdf => text["The PDF is incomplete or damaged (it has no end-of-file marker). Please save or scan it again."],
        DocumentRejection.DamagedImage => text["The image is damaged and cannot be opened. Please take or scan it again."],
        DocumentRejection.TooManyPixels => text["The image is too large in pixels. Please scale it down and upload it again."],
        _ => text["Only PDF documents and JPEG, PNG or WebP images are accepted. This file is neither, whatever its name says."],
    };

    public string NoFile => text["Please choose the file to upload."];

    // "10" or "12,5" in Vietnamese: the localizer formats with the current culture.
    private static string Megabytes(long bytes) => Math.Round(bytes / (1024d * 1024d), 1).ToString("0.#", CultureInfo.CurrentCulture);
}
