using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Certification.Import;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.RegisterImport;

/// <summary>
/// Import of an office's existing register: upload → preview of every row with its errors → import
/// (all rows, or only the valid ones when the user says so) → summary. The file waits in
/// <see cref="ImportUploadStore"/> between the steps, tied to the user who uploaded it.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class RegisterImportController(
    RegisterImportService imports,
    RegisterFileReader reader,
    ImportUploadStore uploads,
    ImportMessageText text,
    RegisterTemplate template,
    IOutputCacheStore outputCache,
    IStringLocalizer<OfficeResource> L) : Controller
{
    private const int PreviewPageSize = 50;
    private const int MaxErrorLines = 200;
    private const long RequestLimit = RegisterFileReader.MaxBytes + 64 * 1024;

    private int UserId => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    [HttpGet("/admin/nhap-so")]
    public IActionResult Index() => View(new ImportUploadPageModel(null, RegisterFileReader.MaxBytes / (1024 * 1024)));

    [HttpPost("/admin/nhap-so")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return UploadError(new ImportMessage(ImportMessages.Empty));
        if (file.Length > RegisterFileReader.MaxBytes)
            return UploadError(new ImportMessage(ImportMessages.TooLarge, RegisterFileReader.MaxBytes / (1024 * 1024)));

        byte[] content;
        using (var buffer = new MemoryStream((int)file.Length))
        {
            await file.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        // Refuse at once what is not a register at all; row errors are for the preview.
        var read = reader.Read(content);
        if (read.Error is { } error) return UploadError(error);

        var upload = await uploads.SaveAsync(UserId, file.FileName, content, ct);
        return RedirectToAction(nameof(Preview), new { token = upload.Token.ToString("N") });
    }

    [HttpGet("/admin/nhap-so/xem-truoc/{token:guid}")]
    public async Task<IActionResult> Preview(Guid token, bool errorsOnly, int page, CancellationToken ct)
    {
        var stored = await uploads.LoadAsync(token, UserId, ct);
        if (stored is null) return Expired();
        var preview = await imports.PreviewAsync(stored.Value.Content, ct);
        if (preview.FileError is { } error)
        {
            uploads.Delete(token);
            return UploadError(error);
        }

        var errorLines = preview.Rows.Where(r => !r.IsValid)
            .SelectMany(r => r.Errors.Select(e => text.ForRow(r.RowNumber, e))).ToList();
        var shown = errorsOnly ? preview.Rows.Where(r => !r.IsValid).ToList() : preview.Rows.ToList();
        var pageCount = Math.Max(1, (shown.Count + PreviewPageSize - 1) / PreviewPageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var rows = new PagedList<ImportRow>(shown.Skip((current - 1) * PreviewPageSize).Take(PreviewPageSize).ToList(),
            shown.Count, current, PreviewPageSize, "row", false);

        var model = new ImportPreviewPageModel(
            token, stored.Value.Upload.FileName, preview.Format!.Value, preview.Rows.Count, preview.ValidCount, preview.InvalidCount,
            preview.NewProducers, preview.NewProducts, errorsOnly, rows, errorLines.Take(MaxErrorLines).ToList(), Math.Max(0, errorLines.Count - MaxErrorLines));
        return View(model);
    }

    [HttpPost("/admin/nhap-so/nhap/{token:guid}")]
    public async Task<IActionResult> Import(Guid token, [FromForm] string? mode, CancellationToken ct)
    {
        var stored = await uploads.LoadAsync(token, UserId, ct);
        if (stored is null) return Expired();

        var validOnly = mode == "valid";
        var result = await imports.ImportAsync(stored.Value.Content, validOnly, ct);
        if (!result.Succeeded)
        {
            TempData["Status"] = text.Format(new ImportMessage(result.Error!, result.Arguments ?? []));
            TempData["StatusKind"] = "danger";
            return RedirectToAction(nameof(Preview), new { token = token.ToString("N") });
        }

        uploads.Delete(token);
        // New rows are unpublished, but a certificate of a published product changes its badge.
        await outputCache.EvictByTagAsync(CacheTags.Storefront, ct);
        TempData["ImportResult"] = JsonSerializer.Serialize(new ImportResultPageModel(result.Value!, stored.Value.Upload.FileName));
        return RedirectToAction(nameof(Result));
    }

    [HttpPost("/admin/nhap-so/huy/{token:guid}")]
    public async Task<IActionResult> Cancel(Guid token, CancellationToken ct)
    {
        // Only the uploader's own file: a foreign token simply is not found.
        if (await uploads.LoadAsync(token, UserId, ct) is not null) uploads.Delete(token);
        TempData["Status"] = L["The uploaded file was discarded."].Value;
        TempData["StatusKind"] = "warning";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/admin/nhap-so/ket-qua")]
    public IActionResult Result()
    {
        if (TempData["ImportResult"] is not string json || JsonSerializer.Deserialize<ImportResultPageModel>(json) is not { } model)
            return RedirectToAction(nameof(Index));
        return View(model);
    }

    [HttpGet("/admin/nhap-so/mau.xlsx")]
    public IActionResult TemplateXlsx() =>
        File(template.Xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-so-ocop.xlsx");

    [HttpGet("/admin/nhap-so/mau.csv")]
    public IActionResult TemplateCsv() => File(template.Csv(), "text/csv; charset=utf-8", "mau-so-ocop.csv");

    private ViewResult UploadError(ImportMessage error) =>
        View(nameof(Index), new ImportUploadPageModel(text.Format(error), RegisterFileReader.MaxBytes / (1024 * 1024)));

    private ViewResult Expired()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(nameof(Index), new ImportUploadPageModel(text.Format(new ImportMessage(ImportMessages.UploadExpired)), RegisterFileReader.MaxBytes / (1024 * 1024)));
    }
}
