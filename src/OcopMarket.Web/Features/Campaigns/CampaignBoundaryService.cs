using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Data;
using OcopMarket.Core.Promotions;
using OcopMarket.Web.Framework;

namespace OcopMarket.Web.Features.Campaigns;

/// <summary>Wakes <see cref="CampaignBoundaryService"/> at once after the office or a producer changed a campaign.</summary>
public sealed class CampaignScheduleSignal
{
    private readonly SemaphoreSlim _changed = new(0, 1);

    public void Changed()
    {
        // One pending wake-up is enough: the service re-reads everything when it wakes.
        try { _changed.Release(); } catch (SemaphoreFullException) { }
    }

    public Task WaitAsync(CancellationToken ct) => _changed.WaitAsync(ct);
}

/// <summary>
/// Campaigns start and end by the clock, but storefront pages are output-cached: this service sleeps (on the site's
/// <see cref="TimeProvider"/>) until the next campaign start or end — at most a minute, and less after a save — and
/// evicts the storefront cache when one has passed, so prices change on time with nobody pressing a button.
/// </summary>
public sealed partial class CampaignBoundaryService(
    IServiceScopeFactory scopes, IOutputCacheStore pages, CampaignScheduleSignal signal, TimeProvider time, ILogger<CampaignBoundaryService> logger)
    : BackgroundService
{
    public static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly List<(DateTimeOffset Until, TaskCompletionSource Done)> _waiters = [];
    private DateTimeOffset _checkedUpTo = DateTimeOffset.MinValue;

    /// <summary>Completes once every boundary up to <paramref name="instant"/> has been handled (for tests driving a fake clock).</summary>
    public Task WhenCheckedAsync(DateTimeOffset instant)
    {
        lock (_gate)
        {
            if (_checkedUpTo >= instant) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((instant, done));
            return done.Task;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastCheck = time.GetUtcNow();
        MarkChecked(lastCheck);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var periods = await PeriodsAsync(stoppingToken);
                var now = time.GetUtcNow();
                if (CampaignBoundaries.AnyCrossed(periods, lastCheck, now))
                {
                    await pages.EvictByTagAsync(CacheTags.Storefront, stoppingToken);
                    LogEvicted(logger, now);
                }
                lastCheck = now;
                MarkChecked(now);
                await SleepAsync(CampaignBoundaries.SleepFor(CampaignBoundaries.Next(periods, now), now, MaxSleep), stoppingToken);
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
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<List<CampaignPeriod>> PeriodsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var rows = await db.Campaigns.AsNoTracking().Where(c => c.IsPublished).Select(c => new { c.StartsAt, c.EndsAt }).ToListAsync(ct);
        return rows.Select(r => new CampaignPeriod(r.StartsAt, r.EndsAt)).ToList();
    }

    /// <summary>Sleeps for <paramref name="wait"/> on the site's clock, or until a save signals a change.</summary>
    private async Task SleepAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(wait, time, wake.Token);
        var changed = signal.WaitAsync(wake.Token);
        await Task.WhenAny(delay, changed);
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private void MarkChecked(DateTimeOffset now)
    {
        lock (_gate)
        {
            _checkedUpTo = now;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Until > now) continue;
                _waiters[i].Done.TrySetResult();
                _waiters.RemoveAt(i);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A campaign started or ended by {Now}: storefront cache evicted")]
    private static partial void LogEvicted(ILogger logger, DateTimeOffset now);

    [LoggerMessage(Level = LogLevel.Error, Message = "Campaign boundary check failed; will retry")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
