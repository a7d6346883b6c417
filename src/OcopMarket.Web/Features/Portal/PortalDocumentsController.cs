using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using OcopMarket.Core.Certification;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;
using OcopMarket.Core.Producers;
using OcopMarket.Core.Producers.Documents;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.Portal;

/// <summary>
/// /portal/tai-lieu: food-safety certificates, VietGAP, test results... as PDF or images, checked by content and
/// size-limited. Files are only ever served through <see cref="Download"/>, which checks ownership, forces a
/// download and forbids content sniffing.
/// </summary>
public sealed class PortalDocumentsController(
    CurrentProducer current, OcopDbContext db, ProducerDocumentStore store, DocumentOptions options, DocumentProblems problems,
    IAntiforgery antiforgery, CertificateStatusPolicy dates, IStringLocalizer<PortalResource> L) : PortalController(current)
{
    // Room for the multipart boundaries, headers and the other fields around the file.
    private const long FormOverheadBytes = 64 * 1024;

    private static readonly SortMap<PortalDocumentRow> Sorts = new SortMap<PortalDocumentRow>()
        .Add("uploaded", d => d.UploadedAt)
        .Add("title", d => d.Title)
        .Add("kind", d => d.Kind)
        .Add("valid", d => d.ValidUntil)
        .Add("size", d => d.SizeBytes);

    [HttpGet("/portal/tai-lieu")]
    public async Task<IActionResult> Index([FromQuery] ListQuery list, [FromQuery] string? kind, CancellationToken ct)
    {
        DocumentKind? filter = Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null;
        var query = db.ProducerDocuments.AsNoTracking().Where(d => d.ProducerId == ProducerId);
        if (filter is { } f) query = query.Where(d => d.Kind == f);
        if (list.Text is { } text)
        {
            var like = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(d => EF.Functions.Like(d.Title, like, "\\") || EF.Functions.Like(d.OriginalFileName, like, "\\"));
        }
        if (list.Sort is null) list.Desc = true;
        var page = await query.Select(d => new PortalDocumentRow
        {
            Id = d.Id,
            Kind = d.Kind,
            Title = d.Title,
            OriginalFileName = d.OriginalFileName,
            ContentType = d.ContentType,
            SizeBytes = d.SizeBytes,
            ValidUntil = d.ValidUntil,
            UploadedAt = d.UploadedAt,
        }).ToPagedListAsync(list, Sorts, ct);
        return View(new PortalDocumentListModel(page, filter, dates.Today, options.MaxBytes));
    }

    [HttpGet("/portal/tai-lieu/them")]
    public IActionResult Upload() => View(new DocumentUploadModel { MaxBytes = options.MaxBytes });

    [HttpPost("/portal/tai-lieu/them")]
    [IgnoreAntiforgeryToken] // validated below, after the body limit is set, so an oversized file gets a message rather than a bare 400
    public async Task<IActionResult> Upload(CancellationToken ct)
    {
        var model = new DocumentUploadModel { MaxBytes = options.MaxBytes };
        if (!Request.HasFormContentType) return BadRequest();
        // Stop reading early instead of buffering an oversized body; the store checks the exact limit again.
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.MaxBytes + FormOverheadBytes;
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            ModelState.AddModelError("File", problems.Describe(DocumentRejection.TooLarge));
            return View(model);
        }
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }

        await TryUpdateModelAsync(model, "");
        if (model.Kind is { } kind && !Enum.IsDefined(kind))
            ModelState.AddModelError(nameof(model.Kind), L["Please choose the kind of document."]);
        DateOnly? validUntil = null;
        if (!string.IsNullOrWhiteSpace(model.ValidUntil))
        {
            if (DateOnly.TryParseExact(model.ValidUntil.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && d.Year is >= 2000 and <= 2100)
                validUntil = d;
            else
                ModelState.AddModelError(nameof(model.ValidUntil), L["Enter the date as dd/mm/yyyy."]);
        }
        var file = form.Files.GetFile("File");
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
            ModelState.AddModelError("File", problems.NoFile);
        if (!ModelState.IsValid) return View(model);

        DocumentSaveResult saved;
        await using (var content = file!.OpenReadStream())
            saved = await store.SaveAsync(ProducerId, new DocumentUpload(model.Kind!.Value, model.Title, validUntil, file.FileName), content, ct);
        if (!saved.Succeeded)
        {
            ModelState.AddModelError("File", problems.Describe(saved.Rejection!.Value));
            return View(model);
        }
        Flash(L["The document \"{0}\" was uploaded.", saved.Document!.Title]);
        return Redirect("/portal/tai-lieu");
    }

    [HttpGet("/portal/tai-lieu/{id:int}/tai-ve")]
    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        var opened = await store.OpenAsync(ProducerId, id, ct);
        if (opened is null) return NotFound();
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        // Always an attachment with the original name: a document never renders inside the site's origin.
        return File(opened.Content, opened.Document.ContentType, opened.Document.OriginalFileName);
    }

    [HttpPost("/portal/tai-lieu/{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var title = await db.ProducerDocuments.AsNoTracking().Where(d => d.Id == id && d.ProducerId == ProducerId).Select(d => d.Title).FirstOrDefaultAsync(ct);
        if (title is null || !await store.DeleteAsync(ProducerId, id, ct)) return NotFound();
        Flash(L["The document \"{0}\" was deleted.", title]);
        return Redirect("/portal/tai-lieu");
    }
}
