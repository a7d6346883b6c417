using System.Text.Json;

namespace OcopMarket.Web.Features.RegisterImport;

/// <summary>What is remembered about an uploaded register between the preview and the import.</summary>
public sealed record ImportUpload(Guid Token, int UserId, string FileName, long Size, DateTimeOffset UploadedAt);

/// <summary>
/// Keeps an uploaded register file between the preview and the confirmation, under App_Data/imports as
/// "{token}.upload" plus a small JSON note of who uploaded it. The token is a random GUID and is only
/// honoured for the user who uploaded the file; files older than a day are removed on the next upload.
/// </summary>
public sealed class ImportUploadStore(IWebHostEnvironment environment, TimeProvider time, ILogger<ImportUploadStore> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private string Folder => Path.Combine(environment.ContentRootPath, "App_Data", "imports");

    public async Task<ImportUpload> SaveAsync(int userId, string fileName, byte[] content, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        PurgeOld();
        var upload = new ImportUpload(Guid.NewGuid(), userId, Path.GetFileName(fileName), content.Length, time.GetUtcNow());
        await File.WriteAllBytesAsync(ContentPath(upload.Token), content, ct);
        await File.WriteAllTextAsync(NotePath(upload.Token), JsonSerializer.Serialize(upload), ct);
        return upload;
    }

    /// <summary>The upload and its bytes, or null when it is gone or belongs to someone else.</summary>
    public async Task<(ImportUpload Upload, byte[] Content)?> LoadAsync(Guid token, int userId, CancellationToken ct)
    {
        var note = NotePath(token);
        var path = ContentPath(token);
        if (!File.Exists(note) || !File.Exists(path)) return null;
        var upload = JsonSerializer.Deserialize<ImportUpload>(await File.ReadAllTextAsync(note, ct));
        if (upload is null || upload.UserId != userId || upload.Token != token) return null;
        if (time.GetUtcNow() - upload.UploadedAt > KeepFor) return null;
        return (upload, await File.ReadAllBytesAsync(path, ct));
    }

    public void Delete(Guid token)
    {
        TryDelete(ContentPath(token));
        TryDelete(NotePath(token));
    }

    // Guid.ToString("N") is 32 hex digits: no path can be smuggled through a token.
    private string ContentPath(Guid token) => Path.Combine(Folder, token.ToString("N") + ".upload");

    private string NotePath(Guid token) => Path.Combine(Folder, token.ToString("N") + ".json");

    // By the recorded upload time (the site's clock), not the file system's.
    private void PurgeOld()
    {
        var cutoff = time.GetUtcNow() - KeepFor;
        foreach (var note in Directory.EnumerateFiles(Folder, "*.json"))
        {
            ImportUpload? upload;
            try
            {
                upload = JsonSerializer.Deserialize<ImportUpload>(File.ReadAllText(note));
            }
            catch (Exception e) when (e is IOException or JsonException)
            {
                upload = null;
            }
            if (upload is null || upload.UploadedAt < cutoff)
            {
                TryDelete(note);
                TryDelete(Path.ChangeExtension(note, ".upload"));
            }
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete the import upload {Path}", path);
        }
    }
}
