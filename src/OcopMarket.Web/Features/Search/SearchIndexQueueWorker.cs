using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Search;

namespace OcopMarket.Web.Features.Search;

/// <summary>
/// Drains the search index backlog: resolves queued products and producers to product ids, hands
/// them to every indexer, then deletes the rows. A failure leaves the rows for the next round.
/// </summary>
public sealed partial class SearchIndexQueueWorker(IServiceScopeFactory scopes, IEnumerable<ISearchIndexer> indexers, ILogger<SearchIndexQueueWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private const int Batch = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DrainOnceAsync(stoppingToken) == Batch) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a background loop must survive any failure and retry
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }
            await Task.Delay(Interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <returns>How many queue rows were handled.</returns>
    public async Task<int> DrainOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var items = await db.SearchIndexQueue.AsNoTracking().OrderBy(i => i.Id).Take(Batch).ToListAsync(ct);
        if (items.Count == 0) return 0;

        var productIds = items.Where(i => i.Target == IndexTarget.Product).Select(i => i.TargetId).ToHashSet();
        var producerIds = items.Where(i => i.Target == IndexTarget.Producer).Select(i => i.TargetId).ToList();
        if (producerIds.Count > 0)
            productIds.UnionWith(await db.Products.Where(p => producerIds.Contains(p.ProducerId)).Select(p => p.Id).ToListAsync(ct));

        foreach (var indexer in indexers)
            await indexer.IndexProductsAsync(productIds, ct);

        var handled = items.Select(i => i.Id).ToList();
        await db.SearchIndexQueue.Where(i => handled.Contains(i.Id)).ExecuteDeleteAsync(ct);
        return items.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index backlog could not be drained; will retry")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
