using System.Collections.Concurrent;

namespace OcopMarket.Core.Media;

/// <summary>
/// Creates each derived file once. Requests racing for the same file in this process share one job;
/// across processes the write goes to a temporary file and is renamed into place, so no reader sees half a file.
/// </summary>
public sealed class MediaFileCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> pending = new(StringComparer.Ordinal);

    public async Task<string> GetOrCreateAsync(string path, Func<byte[]> produce)
    {
        if (File.Exists(path)) return path;
        var job = pending.GetOrAdd(path, p => new Lazy<Task>(() => Task.Run(() => Write(p, produce))));
        try
        {
            await job.Value;
        }
        finally
        {
            pending.TryRemove(new KeyValuePair<string, Lazy<Task>>(path, job));
        }
        return path;
    }

    private static void Write(string path, Func<byte[]> produce)
    {
        if (File.Exists(path)) return;
        var bytes = produce();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllBytes(temp, bytes);
            // Rename is atomic on one file system; another process writing the same bytes first is harmless.
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
