using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using OcopMarket.Core.Identity;
using OcopMarket.Core.Media;
using OcopMarket.Web.Framework.TagHelpers;

namespace OcopMarket.Web.Features.Media;

/// <summary>Serves sized product images and takes uploads from staff and producers.</summary>
public sealed class MediaController(MediaVariants variants, IImageStore store, IAntiforgery antiforgery, UploadProblems problems, MediaOptions options)
    : ControllerBase
{
    public const string UploadRoles = Roles.Administrator + "," + Roles.OfficeStaff + "," + Roles.Producer;

    // Room for the multipart boundaries, headers and the antiforgery field around the file itself.
    private const long FormOverheadBytes = 64 * 1024;

    [HttpGet("/media/{id:int}/{width:int}.{ext}")]
    public async Task<IActionResult> Variant(int id, int width, string ext, CancellationToken ct)
    {
        if (!VariantFormats.TryParse(ext, out var format)) return NotFound();
        var variant = await variants.GetAsync(id, width, format, ct);
        return variant is null ? NotFound() : Send(variant);
    }

    [HttpGet("/media/placeholder/{width:int}.{ext}")]
    public async Task<IActionResult> Placeholder(int width, string ext)
    {
        if (!VariantFormats.TryParse(ext, out var format)) return NotFound();
        var variant = await variants.GetPlaceholderAsync(width, format);
        return variant is null ? NotFound() : Send(variant);
    }

    [HttpPost("/api/media/images")]
    [Authorize(Roles = UploadRoles)]
    [IgnoreAntiforgeryToken] // validated below, so a failure answers as problem details rather than a bare 400
    public async Task<IActionResult> Upload(CancellationToken ct)
    {
        if (!Request.HasFormContentType) return Rejected(problems.RejectedTitle, problems.NoFile, "no-file");

        // Stop reading early instead of buffering an oversized body; the store checks the exact limit again.
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.MaxUploadBytes + FormOverheadBytes;
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return Rejected(problems.RejectedTitle, problems.Describe(ImageRejection.TooLarge), UploadProblems.Code(ImageRejection.TooLarge));
        }

        // Checked here rather than by filter so the body limit above applies to the antiforgery read too.
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return Rejected(problems.AntiforgeryTitle, problems.AntiforgeryDetail, "antiforgery");
        }

        var file = form.Files.GetFile("file");
        if (file is null) return Rejected(problems.RejectedTitle, problems.NoFile, "no-file");

        ImageSaveResult result;
        await using (var content = file.OpenReadStream())
            result = await store.SaveAsync(content, file.FileName, ct);
        if (!result.Succeeded)
            return Rejected(problems.RejectedTitle, problems.Describe(result.Error!.Value), UploadProblems.Code(result.Error.Value));

        var saved = result.File!;
        var largest = options.Widths.Max();
        return Created(MediaUrls.Variant(saved.Id, largest, VariantFormat.Jpeg), new
        {
            id = saved.Id,
            width = saved.Width,
            height = saved.Height,
            urls = new
            {
                webp = options.Widths.ToDictionary(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture), w => MediaUrls.Variant(saved.Id, w, VariantFormat.WebP)),
                jpg = options.Widths.ToDictionary(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture), w => MediaUrls.Variant(saved.Id, w, VariantFormat.Jpeg)),
            },
        });
    }

    private PhysicalFileResult Send(MediaVariant variant)
    {
        var info = new FileInfo(variant.PhysicalPath);
        // A URL's bytes never change (new uploads get new ids), so browsers and CDNs may keep them for a year.
        Response.Headers.CacheControl = "public,max-age=31536000,immutable";
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        // PhysicalFile answers If-None-Match with 304 itself.
        return PhysicalFile(info.FullName, variant.ContentType, new DateTimeOffset(info.LastWriteTimeUtc), etag);
    }

    private ObjectResult Rejected(string title, string detail, string code)
    {
        var result = Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: title);
        if (result.Value is ProblemDetails details) details.Extensions["code"] = code;
        return result;
    }
}
