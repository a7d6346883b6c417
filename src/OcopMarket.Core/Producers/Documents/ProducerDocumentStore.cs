using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Producers.Documents;

/// <summary>What a producer fills in next to the file.</summary>
public sealed record DocumentUpload(DocumentKind Kind, string Title, DateOnly? ValidUntil, string OriginalFileName);

public sealed record DocumentSaveResult(ProducerDocument? Document, DocumentRejection? Rejection)
{
    public bool Succeeded => Document is not null;
}

/// <summary>An opened document: its row and a read stream the caller disposes.</summary>
public sealed record OpenedDocument(ProducerDocument Document, Stream Content);

/// <summary>
/// Stores producer documents outside wwwroot, under {root}/{producerId}/{random}.{ext}: the path never
/// contains anything the client sent, and every read or delete is scoped to one producer, so another
/// producer's id simply finds nothing.
/// </summary>
public sealed class ProducerDocumentStore(
    OcopDbContext db, DocumentOptions options, DocumentContentInspector inspector, TimeProvider time, IAuditActor actor,
    ILogger<ProducerDocumentStore> logger)
{
    public const int MaxTitleLength = 200;
    private const int MaxFileNameLength = 260;

    public async Task<DocumentSaveResult> SaveAsync(int producerId, DocumentUpload upload, Stream content, CancellationToken ct = default)
    {
        var bytes = await ReadBoundedAsync(content, options.MaxBytes, ct);
        if (bytes is null) return new(null, DocumentRejection.TooLarge);
        var (format, rejection) = inspector.Inspect(bytes);
        if (format is null) return new(null, rejection ?? DocumentRejection.UnsupportedContent);

        var key = $"{producerId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{Guid.NewGuid():N}.{format.Extension}";
        var path = Resolve(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct);

        var document = new ProducerDocument
        {
            ProducerId = producerId,
            Kind = upload.Kind,
            Title = Clean(upload.Title, MaxTitleLength),
            OriginalFileName = CleanFileName(upload.OriginalFileName, format),
            ContentType = format.ContentType,
            SizeBytes = bytes.Length,
            StorageKey = key,
            ValidUntil = upload.ValidUntil,
            UploadedAt = time.GetUtcNow(),
            UploadedByUserId = actor.UserId,
        };
        db.ProducerDocuments.Add(document);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // No row, no file: an orphan would never be cleaned up.
            db.Entry(document).State = EntityState.Detached;
            File.Delete(path);
            throw;
        }
        logger.LogInformation("Producer {ProducerId} stored document {Id} ({ContentType}, {Size} bytes)", producerId, document.Id, format.ContentType, bytes.Length);
        return new(document, null);
    }

    /// <summary>The producer's own document with its content, or null (another producer's id, or the file is gone).</summary>
    public async Task<OpenedDocument?> OpenAsync(int producerId, int documentId, CancellationToken ct = default)
    {
        var document = await db.ProducerDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.ProducerId == producerId, ct);
        if (document is null) return null;
        var path = Resolve(document.StorageKey);
        if (!File.Exists(path))
        {
            logger.LogWarning("Document {Id} has no file at {Key}", document.Id, document.StorageKey);
            return null;
        }
        return new(document, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    /// <summary>Deletes the producer's own document (row, then file); false when it is not theirs or does not exist.</summary>
    public async Task<bool> DeleteAsync(int producerId, int documentId, CancellationToken ct = default)
    {
        var document = await db.ProducerDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.ProducerId == producerId, ct);
        if (document is null) return false;
        db.ProducerDocuments.Remove(document);
        await db.SaveChangesAsync(ct);
        // The row is gone for good; a file left behind by a failed delete is harmless and unreachable.
        try
        {
            File.Delete(Resolve(document.StorageKey));
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete the file of document {Id}", document.Id);
        }
        return true;
    }

    /// <summary>The absolute path of a storage key, refusing anything that would leave the documents root.</summary>
    private string Resolve(string key)
    {
        var root = Path.GetFullPath(options.RootPath);
        var full = Path.GetFullPath(Path.Combine(root, key));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("A document storage key points outside the documents folder.");
        return full;
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the stream holds more.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Clean(string text, int max)
    {
        var cleaned = new string(text.Normalize(System.Text.NormalizationForm.FormC).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return cleaned.Length > max ? cleaned[..max] : cleaned;
    }

    /// <summary>The name shown and offered on download: no client path, no control characters, and the real extension.</summary>
    private static string CleanFileName(string fileName, DocumentFormat format)
    {
        var name = Clean(Path.GetFileName(fileName.Replace('\\', '/')), MaxFileNameLength);
        var stem = Path.GetFileNameWithoutExtension(name);
        if (stem.Length == 0) stem = "tai-lieu";
        var extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
        // Keep the user's extension when it names the same format (.jpeg for a JPEG), otherwise say what the file really is.
        var matches = extension == format.Extension || (format == DocumentFormat.Jpeg && extension == "jpeg");
        var result = matches ? $"{stem}.{extension}" : $"{stem}.{format.Extension}";
        return result.Length > MaxFileNameLength ? result[^MaxFileNameLength..] : result;
    }
}
