using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OcopMarket.Core.Identity;
using OcopMarket.Web.Features.Media;
using OcopMarket.Web.Framework;
using OcopMarket.Web.Framework.BackOffice;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>A point's photos: upload (several at once), alt texts, order, removal. Every action returns to the editor.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Office)]
public sealed class PointPhotosController(PointPhotos photos, UploadProblems problems, IStringLocalizer<PointsAdminResource> localizer)
    : PointsControllerBase(localizer)
{
    private const long BodyLimit = 64 * 1024 * 1024;

    [HttpPost(DisplayPointAdminPaths.List + "/{id:int}/anh")]
    [RequestSizeLimit(BodyLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = BodyLimit)]
    public async Task<IActionResult> Upload(int id, [FromForm] List<IFormFile> files, [FromForm] string? altText, CancellationToken ct)
    {
        var result = await photos.UploadAsync(id, files, altText, ct);
        switch (result.Outcome)
        {
            case PhotoUploadOutcome.PointNotFound:
                return NotFound();
            case PhotoUploadOutcome.NoFile:
                Flash("Choose one or more photos first.", "warning");
                break;
            case PhotoUploadOutcome.TooMany:
                Flash("A point can have at most {0} photos. Remove some first.", "warning", PointPhotos.MaxPhotos);
                break;
            case PhotoUploadOutcome.Refused:
                var details = string.Join(" ", result.Refused!.Select(r => $"{r.FileName}: {problems.Describe(r.Reason)}"));
                TempData["Status"] = L["No photo was added. {0}", details].Value;
                TempData["StatusKind"] = "danger";
                break;
            default:
                Flash("{0} photo(s) added.", "success", result.Saved);
                break;
        }
        return Redirect(DisplayPointAdminPaths.Edit(id) + "#photos");
    }

    /// <summary>Saves the alt texts; the "move" (id:±1) or "remove" (id) button that sent the form does its one change too.</summary>
    [HttpPost(DisplayPointAdminPaths.List + "/{id:int}/anh/sua")]
    public async Task<IActionResult> Edit(int id, [FromForm] Dictionary<int, string?>? alt, [FromForm] string? move, [FromForm] int? remove, CancellationToken ct)
    {
        int? moveId = null;
        var moveBy = 0;
        if (move?.Split(':') is [var photo, var by] && int.TryParse(photo, out var p) && int.TryParse(by, out var b))
        {
            moveId = p;
            moveBy = Math.Sign(b);
        }
        if (!await photos.EditAsync(id, new PhotoEdits(alt ?? [], moveId, moveBy, remove), ct)) return NotFound();
        Flash(remove is not null ? "The photo was removed." : moveId is not null ? "The order of the photos was saved." : "The photo descriptions were saved.");
        return Redirect(DisplayPointAdminPaths.Edit(id) + "#photos");
    }
}
