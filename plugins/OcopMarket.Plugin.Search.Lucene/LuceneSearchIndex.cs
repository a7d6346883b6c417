using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OcopMarket.Core.Data;
using OcopMarket.Core.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace OcopMarket.Plugin.Search.Lucene;

/// <summary>
/// The product index of one process: one folder, one <see cref="IndexWriter"/> (Lucene allows one
/// writer per directory; it is thread-safe) and one near-real-time <see cref="SearcherManager"/>
/// refreshed after each commit. <see cref="LuceneSearchProvider"/> reads it, <see cref="LuceneSearchIndexer"/>
/// writes it. A singleton: construct it once per index folder.
/// </summary>
public sealed class LuceneSearchIndex : IDisposable
{
    /// <summary>Bump when the document layout changes: an index of another version is rebuilt on open.</summary>
    public const int SchemaVersion = 2;

    private readonly IServiceScopeFactory _scopes;
    private readonly LuceneSearchOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly object _openLock = new();
    // Serialises commits/refreshes with the start and end of a rebuild (never held while reading the database).
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _shutdown = new();
    private readonly ConcurrentDictionary<int, byte> _changedDuringRebuild = new();
    private LuceneDirectory? _dir;
    private IndexWriter? _writer;
    private volatile SearcherManager? _manager;
    private volatile bool _opened;
    private volatile bool _ready;
    private volatile bool _disposed;
    private volatile bool _rebuilding;
    private Task _rebuildTask = Task.CompletedTask;
    private int _done;
    private int _total;
    private volatile string? _error;

    public LuceneSearchIndex(IServiceScopeFactory scopes, LuceneSearchOptions options, TimeProvider? time = null, ILogger<LuceneSearchIndex>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.IndexPath);
        _scopes = scopes;
        _options = options;
        _time = time ?? TimeProvider.System;
        _log = (ILogger?)logger ?? NullLogger.Instance;
    }

    public string IndexPath => _options.IndexPath;

    /// <summary>True once a complete index is searchable (stays true while a rebuild replaces an existing index).</summary>
    public bool IsReady => _ready && !_disposed;

    public bool IsRebuilding => _rebuilding;

    public RebuildProgress Progress => new(Volatile.Read(ref _done), Volatile.Read(ref _total), !_rebuilding, _error);

    /// <summary>The running (or last) rebuild; completes when it has committed or failed.</summary>
    public Task RebuildTask => _rebuildTask;

    internal IndexCatalog Catalog { get; } = new();

    internal DateOnly Today => OcopMarket.Core.Common.VietnamTime.Today(_time);

    /// <summary>
    /// Opens the index folder (idempotent). When the folder is missing, empty, corrupt or of another
    /// schema it is deleted and a rebuild from the database starts in the background; meanwhile
    /// <see cref="IsReady"/> is false and the site serves through the database provider.
    /// </summary>
    public void Open()
    {
        if (_opened) return;
        lock (_openLock)
        {
            if (_opened) return;
            ObjectDisposedException.ThrowIf(_disposed, this);
            bool needRebuild;
            try
            {
                needRebuild = OpenFolder();
            }
            catch (LockObtainFailedException e)
            {
                // Another process holds the folder: stay not ready (the database provider answers).
                _log.LogError(e, "Search index at {Path} is locked by another process; Lucene search stays off.", _options.IndexPath);
                _error = e.Message;
                _opened = true;
                return;
            }
            try
            {
                using var scope = _scopes.CreateScope();
                Catalog.Load(scope.ServiceProvider.GetRequiredService<OcopDbContext>());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _log.LogWarning(e, "Search index: could not load facet labels; they fill in as products are indexed.");
            }
            _opened = true;
            _ready = !needRebuild;
            if (needRebuild) StartRebuild();
        }
    }

    /// <summary>Returns true when the index had to be (re)created.</summary>
    private bool OpenFolder()
    {
        var path = _options.IndexPath;
        var needRebuild = false;
        try
        {
            if (!System.IO.Directory.Exists(path) || !System.IO.Directory.EnumerateFileSystemEntries(path).Any())
            {
                needRebuild = true;
            }
            else
            {
                _dir = FSDirectory.Open(path);
                if (!DirectoryReader.IndexExists(_dir))
                {
                    needRebuild = true;
                }
                else
                {
                    using var reader = DirectoryReader.Open(_dir);
                    var data = reader.IndexCommit.UserData;
                    string? Get(string key) => data is not null && data.TryGetValue(key, out var v) ? v : null;
                    if (Get("schema") != SchemaVersion.ToString(CultureInfo.InvariantCulture) || Get("complete") != "1"
                        || (_options.SourceId is not null && Get("source") != _options.SourceId))
                    {
                        _log.LogInformation("Search index at {Path} is of another schema or database: rebuilding.", path);
                        needRebuild = true;
                    }
                }
            }
            System.IO.Directory.CreateDirectory(path);
            _dir ??= FSDirectory.Open(path);
            _writer = new IndexWriter(_dir, WriterConfig());
        }
        catch (LockObtainFailedException)
        {
            throw;
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or IOException
                                  or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // Corrupt or unreadable: start from an empty folder and rebuild from the database.
            _log.LogWarning(e, "Search index at {Path} is unreadable: deleting it and rebuilding from the database.", path);
            _writer?.Dispose();
            _writer = null;
            _dir?.Dispose();
            try
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
            }
            System.IO.Directory.CreateDirectory(path);
            _dir = FSDirectory.Open(path);
            _writer = new IndexWriter(_dir, WriterConfig());
            needRebuild = true;
        }
        _manager = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        return needRebuild;
    }

    private static IndexWriterConfig WriterConfig() => new(VietnameseAnalyzer.Version, TextAnalysis.ForIndexing())
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        RAMBufferSizeMB = 64,
    };

    private Dictionary<string, string> CommitData() => new()
    {
        ["schema"] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
        ["complete"] = "1",
        ["source"] = _options.SourceId ?? "",
    };

    /// <summary>Starts a full rebuild in the background; false if one is already running.</summary>
    public bool StartRebuild()
    {
        if (_disposed) return false;
        if (!_opened)
        {
            Open();
            if (_rebuilding) return true;
        }
        if (_writer is null) return false;
        _gate.Wait();
        try
        {
            if (_rebuilding) return false;
            _rebuilding = true;
            _error = null;
            Volatile.Write(ref _done, 0);
            _rebuildTask = Task.Run(() => RebuildCoreAsync(_shutdown.Token));
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs a full rebuild and waits for it (or for the one already running).</summary>
    public async Task RebuildAsync(CancellationToken ct = default)
    {
        Open();
        StartRebuild();
        await _rebuildTask.WaitAsync(ct);
        if (_error is { } error) throw new InvalidOperationException("Search index rebuild failed: " + error);
    }

    private async Task RebuildCoreAsync(CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        try
        {
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            Catalog.Load(db);
            Volatile.Write(ref _total, await db.Products.CountAsync(p => p.IsPublished && p.Producer!.IsPublished, ct));
            var writer = _writer!;
            writer.DeleteAll();
            var batch = Math.Max(100, _options.RebuildBatchSize);
            var last = 0;
            Task<List<ProductRow>> Next(int after) =>
                Task.Run(() => ProductDocuments.LoadAsync(db, p => p.Id > after && p.IsPublished && p.Producer!.IsPublished, batch, ct), ct);
            var next = Next(last);
            while (true)
            {
                var rows = await next;
                if (rows.Count == 0) break;
                last = rows[^1].Id;
                next = rows.Count < batch ? Task.FromResult(new List<ProductRow>()) : Next(last); // read the next batch while this one is analysed
                Parallel.ForEach(rows, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
                    r => writer.AddDocument(ProductDocuments.Build(r)));
                foreach (var r in rows) Catalog.Update(r);
                Interlocked.Add(ref _done, rows.Count);
            }

            await _gate.WaitAsync(CancellationToken.None);
            try
            {
                writer.SetCommitData(CommitData());
                writer.Commit();
                _manager!.MaybeRefreshBlocking();
                _ready = true;
                _rebuilding = false;
            }
            finally
            {
                _gate.Release();
            }
            _log.LogInformation("Search index rebuilt: {Count} products in {Elapsed:0.0} s.", _done, _time.GetElapsedTime(started).TotalSeconds);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            _rebuilding = false; // shutting down: Dispose rolls the writer back to the last commit
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _log.LogError(e, "Search index rebuild failed; keeping the previous index.");
            _error = e.Message;
            await _gate.WaitAsync(CancellationToken.None);
            try
            {
                RollbackAndReopen();
                _rebuilding = false;
            }
            finally
            {
                _gate.Release();
            }
        }

        // Changes saved while the rebuild ran were queued rather than written into a half-built index.
        var changed = _changedDuringRebuild.Keys.ToList();
        foreach (var id in changed) _changedDuringRebuild.TryRemove(id, out _);
        if (changed.Count > 0 && !_disposed)
        {
            try
            {
                await IndexProductsAsync(changed, ct);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _log.LogError(e, "Search index: re-indexing {Count} products changed during the rebuild failed.", changed.Count);
            }
        }
    }

    /// <summary>Discards uncommitted changes (a failed rebuild) and reopens writer and searcher on the last commit.</summary>
    private void RollbackAndReopen()
    {
        var oldManager = _manager;
        _writer!.Rollback();
        _writer = new IndexWriter(_dir!, WriterConfig());
        _manager = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        oldManager?.Dispose();
    }

    /// <summary>
    /// Re-reads these products (one query, plus one for their certificates) and updates their
    /// documents, deletes those missing or not visible, commits and refreshes the searcher.
    /// </summary>
    public async Task IndexProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken ct = default)
    {
        if (productIds.Count == 0) return;
        Open();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is null) return; // locked by another process (logged at open)
        var ids = productIds.Distinct().ToList();
        var rows = new List<ProductRow>(ids.Count);
        using (var scope = _scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            foreach (var chunk in ids.Chunk(500))
                rows.AddRange(await ProductDocuments.LoadAsync(db, p => chunk.Contains(p.Id), null, ct));
        }
        var docs = rows.Where(r => r.Visible).ToDictionary(r => r.Id, ProductDocuments.Build);

        await _gate.WaitAsync(ct);
        try
        {
            if (_rebuilding)
            {
                foreach (var id in ids) _changedDuringRebuild.TryAdd(id, 0);
                return;
            }
            ObjectDisposedException.ThrowIf(_disposed, this);
            var writer = _writer!;
            foreach (var id in ids)
            {
                var term = new Term(F.Id, id.ToString(CultureInfo.InvariantCulture));
                if (docs.TryGetValue(id, out var doc)) writer.UpdateDocument(term, doc);
                else writer.DeleteDocuments(term);
            }
            writer.SetCommitData(CommitData());
            writer.Commit();
            _manager!.MaybeRefreshBlocking();
        }
        finally
        {
            _gate.Release();
        }
        foreach (var r in rows) Catalog.Update(r);
    }

    /// <summary>Runs <paramref name="read"/> on the current searcher (acquired and released around it).</summary>
    internal T Read<T>(Func<IndexSearcher, T> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            var manager = _manager ?? throw new InvalidOperationException("The search index is not open.");
            IndexSearcher searcher;
            try
            {
                searcher = manager.Acquire();
            }
            catch (ObjectDisposedException) when (attempt == 0 && !_disposed)
            {
                continue; // swapped by a rollback: take the new one
            }
            try
            {
                return read(searcher);
            }
            finally
            {
                manager.Release(searcher);
            }
        }
    }

    /// <summary>Number of live documents in the current searcher.</summary>
    public int DocumentCount => _manager is null ? 0 : Read(s => s.IndexReader.NumDocs);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _ready = false;
        _shutdown.Cancel();
        try
        {
            _rebuildTask.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
        }
        _gate.Wait(TimeSpan.FromSeconds(30));
        try
        {
            _manager?.Dispose();
            // Every acknowledged change was committed: roll back whatever a cancelled rebuild left.
            _writer?.Rollback();
            _dir?.Dispose();
        }
        finally
        {
            _manager = null;
            _writer = null;
            _shutdown.Dispose();
        }
    }
}
