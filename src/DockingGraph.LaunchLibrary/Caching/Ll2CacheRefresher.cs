using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// Runs the background refreshes the scheduler (<see cref="Ll2RefreshScheduler"/>) picks: one per key at a time in
/// this process (and across replicas through <see cref="ILl2RefreshLock"/>), none for a key whose last refresh
/// failed within the backoff. A refresh runs outside any request: no request token, no request context, no
/// request's activity as its parent.
/// </summary>
internal sealed class Ll2CacheRefresher(ILl2RefreshLock refreshLock, TimeProvider clock,
    IOptions<Ll2CacheOptions> options, ILogger<Ll2CacheRefresher> logger) : IDisposable
{
    // Long enough for the slowest LL2 call; cut short as soon as the refresh ends.
    private static readonly TimeSpan Refreshing = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Landed = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Task<Ll2RefreshOutcome>> _running = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _failedUntil = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The refreshes in flight (tests wait for them).</summary>
    public Task Idle => Task.WhenAll(_running.Values);

    /// <summary>False while the key is being refreshed or backs off after a failure.</summary>
    public bool MayStart(string key) => !_stopping.IsCancellationRequested && !_running.ContainsKey(key)
        && !(_failedUntil.TryGetValue(key, out var until) && clock.GetUtcNow() < until);

    public Task<Ll2RefreshOutcome> RefreshAsync(string key, Ll2KeyRefresh refresh)
    {
        if (!MayStart(key))
        {
            return Task.FromResult(Ll2RefreshOutcome.Skipped);
        }

        var start = new TaskCompletionSource<Ll2RefreshOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_running.TryAdd(key, start.Task))
        {
            return Task.FromResult(Ll2RefreshOutcome.Skipped);
        }

        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(async () =>
            {
                var outcome = Ll2RefreshOutcome.Skipped;
                try
                {
                    outcome = await RunAsync(key, refresh);
                }
                finally
                {
                    _running.TryRemove(key, out _);
                    start.SetResult(outcome);
                }
            });
        }

        return start.Task;
    }

    // Not disposed: refreshes still running read its token.
    public void Dispose() => _stopping.Cancel();

    private async Task<Ll2RefreshOutcome> RunAsync(string key, Ll2KeyRefresh refresh)
    {
        var owner = Guid.NewGuid().ToString("N");
        if (!await refreshLock.TryAcquireAsync(key, owner, Refreshing))
        {
            return Ll2RefreshOutcome.Skipped;
        }

        try
        {
            var fetchedAt = await refresh(_stopping.Token);
            _failedUntil.TryRemove(key, out _);
            await refreshLock.HoldAsync(key, owner, Landed);
            return new Ll2RefreshOutcome(Ll2RefreshResult.Refreshed, fetchedAt);
        }
        catch (Exception e) when (!_stopping.IsCancellationRequested)
        {
            var backoff = e is LaunchLibraryException { RetryAfter: { } retryAfter }
                && retryAfter > options.Value.RefreshBackoff
                ? retryAfter
                : options.Value.RefreshBackoff;
            _failedUntil[key] = clock.GetUtcNow() + backoff;
            await refreshLock.HoldAsync(key, owner, backoff);
            logger.LogInformation("LL2 refresh of {Key} failed ({Error}); stale data is served, next try in {Backoff}",
                key, e is LaunchLibraryException ll2 ? ll2.Kind.ToString() : e.GetType().Name, backoff);
            return new Ll2RefreshOutcome(
                e is LaunchLibraryException { NotSent: true } ? Ll2RefreshResult.NotSent : Ll2RefreshResult.Failed,
                null);
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: the stale entry stays as it is.
            return Ll2RefreshOutcome.Skipped;
        }
    }
}

internal enum Ll2RefreshResult
{
    /// <summary>Not run: in flight already, backing off, another replica holds the lock, or shutting down.</summary>
    Skipped,

    /// <summary>The entry is fresh again (read from LL2, or found refreshed by another replica).</summary>
    Refreshed,

    /// <summary>LL2 failed or refused; the stale entry stays.</summary>
    Failed,

    /// <summary>Never left: the budget, the 429 pause or an open circuit refused it.</summary>
    NotSent,
}

internal sealed record Ll2RefreshOutcome(Ll2RefreshResult Result, DateTimeOffset? FetchedAt)
{
    public static readonly Ll2RefreshOutcome Skipped = new(Ll2RefreshResult.Skipped, null);
}
