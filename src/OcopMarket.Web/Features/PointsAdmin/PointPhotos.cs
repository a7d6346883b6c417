using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Media;
using OcopMarket.Core.Places;
using OcopMarket.Web.Features.Portal;

namespace OcopMarket.Web.Features.PointsAdmin;

/// <summary>What the office changes on the photos list in one post: alt texts, and optionally one move or one removal.</summary>
public sealed record PhotoEdits(IReadOnlyDictionary<int, string?> AltTexts, int? MoveId, int MoveBy, int? RemoveId);

public enum PhotoUploadOutcome
{
    Saved,
    PointNotFound,
    NoFile,
    TooMany,
    Refused,
}

public sealed record PhotoUploadResult(PhotoUploadOutcome Outcome, int Saved = 0, IReadOnlyList<RefusedImage>? Refused = null);

/// <summary>
/// A point's photos, through the same image pipeline as product photos (<see cref="IImageStore"/>: decoded and
/// checked, re-encoded without metadata, served in the same sizes). An upload of several files is one transaction:
/// if one is not an image, none is kept.
/// </summary>
public sealed class PointPhotos(OcopDbContext db, IImageStore images, TimeProvider time, PointsRefresh refresh)
{
    public const int MaxPhotos = 12;
    public const int AltTextMaxLength = 300;

    public async Task<PhotoUploadResult> UploadAsync(int pointId, IReadOnlyList<IFormFile> files, string? altText, CancellationToken ct)
    {
        var point = await db.DisplayPoints.FirstOrDefaultAsync(p => p.Id == pointId, ct);
        if (point is null) return new(PhotoUploadOutcome.PointNotFound);
        var sent = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (sent.Count == 0) return new(PhotoUploadOutcome.NoFile);
        var existing = await db.DisplayPointPhotos.Where(x => x.DisplayPointId == pointId).Select(x => x.SortOrder).ToListAsync(ct);
        if (existing.Count + sent.Count > MaxPhotos) return new(PhotoUploadOutcome.TooMany);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var refused = new List<RefusedImage>();
        var stored = new List<int>();
        foreach (var file in sent)
        {
            await using var stream = file.OpenReadStream();
            var saved = await images.SaveAsync(stream, file.FileName, ct);
            if (saved.Succeeded) stored.Add(saved.File!.Id);
            else refused.Add(new RefusedImage(Path.GetFileName(file.FileName), saved.Error!.Value));
        }
        if (refused.Count > 0) return new(PhotoUploadOutcome.Refused, Refused: refused); // disposing rolls back the stored ones

        var alt = Clean(altText) ?? point.Name;
        var next = existing.Count == 0 ? 0 : existing.Max() + 1;
        foreach (var media in stored)
            db.DisplayPointPhotos.Add(new DisplayPointPhoto { DisplayPointId = pointId, MediaFileId = media, SortOrder = next++, AltText = alt });
        point.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await refresh.AfterChangeAsync(ct);
        return new(PhotoUploadOutcome.Saved, stored.Count);
    }

    /// <summary>Applies alt texts, then the move or removal, renumbering 0…n-1; false when the point does not exist.</summary>
    public async Task<bool> EditAsync(int pointId, PhotoEdits edits, CancellationToken ct)
    {
        var point = await db.DisplayPoints.FirstOrDefaultAsync(p => p.Id == pointId, ct);
        if (point is null) return false;
        var photos = await db.DisplayPointPhotos.Where(x => x.DisplayPointId == pointId).OrderBy(x => x.SortOrder).ThenBy(x => x.Id).ToListAsync(ct);
        foreach (var photo in photos)
        {
            if (edits.AltTexts.TryGetValue(photo.Id, out var alt)) photo.AltText = Clean(alt);
        }
        if (edits.RemoveId is { } remove && photos.FirstOrDefault(x => x.Id == remove) is { } gone)
        {
            db.DisplayPointPhotos.Remove(gone);
            photos.Remove(gone);
        }
        if (edits.MoveId is { } move && photos.FindIndex(x => x.Id == move) is var from and >= 0)
        {
            var to = Math.Clamp(from + edits.MoveBy, 0, photos.Count - 1);
            var photo = photos[from];
            photos.RemoveAt(from);
            photos.Insert(to, photo);
        }
        for (var i = 0; i < photos.Count; i++) photos[i].SortOrder = i;
        if (db.ChangeTracker.HasChanges()) point.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await refresh.AfterChangeAsync(ct);
        return true;
    }

    private static string? Clean(string? text)
    {
        var t = Core.Common.VietnameseText.Normalize(text);
        if (string.IsNullOrEmpty(t)) return null;
        return t.Length > AltTextMaxLength ? t[..AltTextMaxLength] : t;
    }
}
