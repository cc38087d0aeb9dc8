using DockingGraph.LaunchLibrary;
using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Queries;
using DockingGraph.LaunchLibrary.Quota;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// Reads the mirror's blocks through the LL2 client (memo, cross-request cache, quota governor), each in its own
/// scope, outside any request.
/// <list type="bullet">
/// <item>Fill, on first use: <c>ordering=docking,departure&amp;mode=detailed&amp;limit=100</c>, offsets 0, 100, …
/// up to LL2's count (LL2 documents no <c>id</c> ordering; ties are broken by LL2, see <see cref="LocalOrdering"/>).
/// Complete when the distinct ids equal the count.</item>
/// <item>Recent refresh, every <see cref="MirrorOptions.RecentRefresh"/> while in demand: block 0 of
/// <c>-docking</c> (new dockings come first) and of <c>-departure</c> (PostgreSQL puts NULLs first descending: the
/// still-docked events, whose departure is what changes, then the latest departures). Two calls find what changes
/// in LL2's docking data; a changed count means events appeared or vanished elsewhere, and the mirror is filled
/// again.</item>
/// While the recent refresh is due and the mirror in demand, its 2 calls are held (<see cref="Ll2RefreshHolds"/>):
/// client reads leave them, and the refresh takes them (<see cref="Ll2ReadOrigin.Refresh"/>: past a stale cache
/// entry), so a long tail of cold misses cannot starve the refresh that keeps every list answer local.</item>
/// <item>Early: the recent refresh runs once the mirror is <see cref="MirrorOptions.EarlyRefresh"/> old, its 2 calls
/// held as for the due one; it cycles an old block too when none was cycled within RecentRefresh.</item>
/// <item>Cycle: after a recent refresh, the oldest block is read again when the budget has calls left beyond
/// <see cref="Ll2BudgetOptions.Reserve"/> (corrections to old events).</item>
/// </list>
/// With the cache on Redis every block is read by one replica at a time (<see cref="Ll2ReplicaLease"/>): replicas
/// due at the same moment wait for the holder and take its block from Redis, so they add no LL2 calls.
/// The budget is checked before each call; a read that fails leaves the mirror as it was until the next tick.
/// A block served stale by the cache carries its real age (the scope's tally), so the mirror never counts it fresh.
/// </summary>
public sealed class DockingEventsMirrorRefresher(DockingEventsMirror mirror, IServiceScopeFactory scopes,
    DetailedBlockIndex detailedBlocks, ILl2QuotaStatus quota, IOptions<Ll2BudgetOptions> budget,
    IOptions<MirrorOptions> options, TimeProvider clock, ILogger<DockingEventsMirrorRefresher> logger,
    MirrorTelemetry telemetry, Ll2ReplicaLease lease, Ll2RefreshHolds? holds = null)
    : BackgroundService
{
    // Held so the mirror's gauges exist from startup.
    private readonly MirrorTelemetry _telemetry = telemetry;

    private const int RecentCalls = 2;

    private DateTimeOffset _cycledAt = DateTimeOffset.MinValue;

    private const int BlockSize = AlignedBlockReader.BlockSize;

    private static readonly string[] StableOrder = ["docking", "departure"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!mirror.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await mirror.WaitForWakeAsync(options.Value.Tick, stoppingToken);
                await PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Never out of the loop: a background service that throws stops the host.
                var error = e is LaunchLibraryException ll2 ? ll2.Kind.ToString() : e.GetType().Name;
                logger.LogInformation("Docking-events mirror read failed ({Error}); pages are pushed down to LL2 " +
                    "until a later try succeeds", error);
            }
        }
    }

    /// <summary>One look at the mirror: fill it, or refresh what is due.</summary>
    public async Task PassAsync(CancellationToken cancellationToken)
    {
        if (!mirror.InDemand)
        {
            holds?.Release();
            return;
        }

        if (!mirror.Complete)
        {
            await FillAsync(cancellationToken);
        }
        else if (mirror.RecentDue || mirror.EarlyDue)
        {
            var due = mirror.RecentDue;
            // Its 2 calls are held, early or due: the mirror answers most list requests, and without the hold the
            // demand scheduler (which needs 1) would take every call as it frees.
            holds?.Hold(RecentCalls);
            if (!HeldAllowed(RecentCalls))
            {
                return;
            }

            try
            {
                await RefreshRecentAsync(cancellationToken);
            }
            finally
            {
                holds?.Release();
            }

            // The due refresh always cycles; early ones restart its clock, so they cycle once per RecentRefresh.
            if (mirror.Complete && (due || clock.GetUtcNow() - _cycledAt >= options.Value.RecentRefresh)
                && Allowed(1))
            {
                await CycleAsync(mirror.OldestBlock, cancellationToken);
            }
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (!Allowed(1))
        {
            return;
        }

        var (first, at) = await ReadAsync(Block(0, StableOrder), cancellationToken);
        var events = new List<DockingEventDto>(first.Results);
        var times = new List<DateTimeOffset> { at };
        var blocks = (first.Count + BlockSize - 1) / BlockSize;
        for (var k = 1; k < blocks; k++)
        {
            if (!Allowed(1))
            {
                return;
            }

            var (page, blockAt) = await ReadAsync(Block(k, StableOrder), cancellationToken);
            if (page.Count != first.Count)
            {
                return; // LL2 changed while it was read: the next tick reads it again.
            }

            events.AddRange(page.Results);
            times.Add(blockAt);
        }

        mirror.Filled(events, first.Count, times);
        _cycledAt = clock.GetUtcNow(); // every block was just read
    }

    private async Task RefreshRecentAsync(CancellationToken cancellationToken)
    {
        var origin = holds is null ? Ll2ReadOrigin.Request : Ll2ReadOrigin.Refresh;
        var (docked, dockedAt) = await ReadAsync(Block(0, ["-docking"]), cancellationToken, origin);
        var (departed, departedAt) = await ReadAsync(Block(0, ["-departure"]), cancellationToken, origin);
        mirror.Merged(docked.Results.Concat(departed.Results), docked.Count,
            dockedAt < departedAt ? dockedAt : departedAt, recent: true);
    }

    private async Task CycleAsync(int k, CancellationToken cancellationToken)
    {
        _cycledAt = clock.GetUtcNow();
        // Past a stale cache entry: the point of the cycle is LL2's corrections, not the copy read last time.
        var (page, at) = await ReadAsync(Block(k, StableOrder), cancellationToken, Ll2ReadOrigin.Refresh);
        mirror.Merged(page.Results, page.Count, at, recent: false, block: k);
    }

    private static Ll2ListQuery<DockingEventDto> Block(int k, IReadOnlyList<string> ordering) =>
        Ll2Lists.DockingEvents.Query().OrderBy(ordering).WithPage(BlockSize, k * BlockSize)
            with { Mode = Ll2Mode.Detailed };

    private async Task<(PageDto<DockingEventDto> Page, DateTimeOffset DataAt)> ReadAsync(
        Ll2ListQuery<DockingEventDto> block, CancellationToken cancellationToken,
        Ll2ReadOrigin origin = Ll2ReadOrigin.Request)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ll2 = scope.ServiceProvider.GetRequiredService<LaunchLibraryClient>();
        var tally = scope.ServiceProvider.GetRequiredService<Ll2RequestTally>();
        var page = await lease.ReadAsync(block, ct => ll2.GetPageAsync(block, origin, ct), options.Value.LeaseWait,
            cancellationToken);
        detailedBlocks.Read(block);
        return (page, clock.GetUtcNow() - (tally.OldestAge ?? TimeSpan.Zero));
    }

    // The held calls are the refresh's own: only they need to be left (the reserve is for client reads).
    private bool HeldAllowed(int calls) => holds is null ? Allowed(calls) : quota.Remaining is not { } r || r >= calls;

    // Calls left beyond the reserve kept for reads a client waits for; unknown (no call yet, or unmetered): allowed.
    private bool Allowed(int calls) =>
        quota.Remaining is not { } remaining || remaining - budget.Value.Reserve >= calls;
}
