using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using OcopMarket.Core.Media;

namespace OcopMarket.Web.Features.Media;

/// <summary>The outcome of <see cref="ReplaceableImage.ApplyAsync"/>: the image to keep, or a refused upload.</summary>
public readonly record struct ReplaceableImageResult(bool Succeeded, int? MediaFileId);

/// <summary>
/// One replaceable image on an editor's form (a cover, a banner): a new upload replaces it, "remove" clears it,
/// otherwise it stays. A refused upload puts its reason on the form field and changes nothing.
/// </summary>
public sealed class ReplaceableImage(IImageStore images, UploadProblems uploads)
{
    public async Task<ReplaceableImageResult> ApplyAsync(
        IFormFile? upload, bool remove, int? current, string field, ModelStateDictionary state, CancellationToken ct)
    {
        if (upload is not { Length: > 0 }) return new(true, remove ? null : current);
        await using var stream = upload.OpenReadStream();
        var saved = await images.SaveAsync(stream, upload.FileName, ct);
        if (saved.Succeeded) return new(true, saved.File!.Id);
        state.AddModelError(field, uploads.Describe(saved.Error!.Value));
        return new(false, current);
    }
}
