using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// Background refreshes of stale entries: one per key at a time in this process (and across replicas through
/// <see cref="ILl2RefreshLock"/>), none for a key whose last refresh failed within the backoff. A refresh runs
/// outside any request: no request token, no request context, no request's activity as its parent.
/// </summary>
internal sealed class Ll2CacheRefresher(ILl2RefreshLock refreshLock, TimeProvider clock,
    IOptions<Ll2CacheOptions> options, ILogger<Ll2CacheRefresher> logger) : IDisposable
{
    // Long enough for the slowest LL2 call; cut short as soon as the refresh ends.
    private static readonly TimeSpan Refreshing = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Landed = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Task> _running = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _failedUntil = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The refreshes in flight (tests wait for them).</summary>
    public Task Idle => Task.WhenAll(_running.Values);

    public void Schedule(string key, Func<CancellationToken, Task> refresh)
    {
        if (_stopping.IsCancellationRequested
            || (_failedUntil.TryGetValue(key, out var until) && clock.GetUtcNow() < until))
        {
            return;
        }

        var start = new TaskCompletionSource();
        if (!_running.TryAdd(key, start.Task))
        {
            return;
        }

        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await RunAsync(key, refresh);
                }
                finally
                {
                    _running.TryRemove(key, out _);
                    start.SetResult();
                }
            });
        }
    }

    // Not disposed: refreshes still running read its token.
    public void Dispose() => _stopping.Cancel();

    private async Task RunAsync(string key, Func<CancellationToken, Task> refresh)
    {
        var owner = Guid.NewGuid().ToString("N");
        if (!await refreshLock.TryAcquireAsync(key, owner, Refreshing))
        {
            return;
        }

        try
        {
            await refresh(_stopping.Token);
            _failedUntil.TryRemove(key, out _);
            await refreshLock.HoldAsync(key, owner, Landed);
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
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: the stale entry stays as it is.
        }
    }
}
