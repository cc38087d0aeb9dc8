using DockingGraph.LaunchLibrary.Quota;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// Decides which cached entries are refreshed in the background, every <see cref="Ll2CacheOptions.RefreshTick"/>:
/// of the keys <see cref="Ll2CacheDemand"/> finds due (in demand, stale or about to be), the most demanded first,
/// while the budget has calls beyond <see cref="Ll2BudgetOptions.Reserve"/> and the mirror's held calls
/// (<see cref="Ll2RefreshHolds"/>). A stale hit only adds demand: when calls are scarce a long tail of stale hits
/// no longer takes them first come, first served, ahead of the keys most requests read.
/// </summary>
internal sealed class Ll2RefreshScheduler(Ll2CacheDemand demand, Ll2CacheRefresher refresher,
    IServiceProvider services, IOptions<Ll2CacheOptions> options, IOptions<Ll2BudgetOptions> budget,
    TimeProvider clock, ILogger<Ll2RefreshScheduler> logger) : BackgroundService
{
    // Bounds one tick when nothing is metered (the embedded snapshot): the budget bounds it otherwise.
    private const int MostPerTick = 16;

    private readonly SemaphoreSlim _oneTick = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RefreshTick, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await TickAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // Never out of the loop: a background service that throws stops the host.
                    logger.LogWarning(e, "LL2 refresh scheduling failed; the next tick tries again");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One look at what is due; returns the entries refreshed.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken = default)
    {
        await _oneTick.WaitAsync(cancellationToken);
        try
        {
            var due = demand.Due().Where(d => refresher.MayStart(d.Key)).ToList();
            var refreshed = 0;
            var tried = 0;
            foreach (var key in due)
            {
                if (tried == MostPerTick || Spare() <= 0 || cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                tried++;
                var outcome = await refresher.RefreshAsync(key.Key, key.Refresh);
                Ll2CacheTelemetry.Refresh(outcome.Result);
                if (outcome is { Result: Ll2RefreshResult.Refreshed, FetchedAt: { } fetchedAt })
                {
                    demand.Refreshed(key.Key, fetchedAt);
                    refreshed++;
                }
                else if (outcome.Result == Ll2RefreshResult.NotSent)
                {
                    break; // the budget (or the pause) refuses every background read until it frees
                }
            }

            Ll2CacheTelemetry.Queue(due.Count - refreshed, demand.Tracked);
            return refreshed;
        }
        finally
        {
            _oneTick.Release();
        }
    }

    // Calls left beyond the reserve and the mirror's held calls; unmetered (no governor): the tick's bound.
    private int Spare()
    {
        var quota = services.GetService<ILl2QuotaStatus>();
        if (quota is null or Ll2Unmetered)
        {
            return MostPerTick;
        }

        var left = quota.Remaining ?? quota.Limit;
        var held = services.GetService<Ll2RefreshHolds>()?.Held ?? 0;
        return left - budget.Value.Reserve - held;
    }
}
