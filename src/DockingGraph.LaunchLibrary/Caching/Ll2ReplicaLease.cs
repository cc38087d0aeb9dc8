using System.Diagnostics;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// One replica at a time reads a list block that every replica wants at the same moment (the docking-events
/// mirror's blocks): the lease holder reads through the client and its answer lands in the shared cache; the
/// others wait (bounded) for the lease and then read the same block through the client, where the holder's fresh
/// entry in Redis answers without an LL2 call. Only with the cache on Redis: in memory, or with the cache off,
/// there is nothing to share and each replica reads on its own. Redis away: the lock lets every caller through.
/// </summary>
public sealed class Ll2ReplicaLease
{
    // Long enough for the slowest LL2 call (with retries); cut short as soon as the read ends.
    private static readonly TimeSpan Reading = TimeSpan.FromMinutes(2);

    // HybridCache answers before its L2 write lands: the next holder waits this long for it.
    private static readonly TimeSpan Landed = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly ILl2RefreshLock _lock;
    private readonly Ll2CacheMode _mode;
    private readonly IOptions<Ll2CacheOptions> _options;

    internal Ll2ReplicaLease(ILl2RefreshLock refreshLock, Ll2CacheMode mode, IOptions<Ll2CacheOptions> options) =>
        (_lock, _mode, _options) = (refreshLock, mode, options);

    /// <summary>Whether reads are leased at all (cache on, with Redis as L2).</summary>
    public bool Shared => _mode is { Enabled: true, Distributed: true };

    /// <summary>
    /// Runs <paramref name="read"/> once this replica holds the lease of <paramref name="block"/>, waiting at most
    /// <paramref name="wait"/> for it (<see cref="Ll2LeaseTimeoutException"/> past that: the caller tries later).
    /// After a failed read others stay off the block for <see cref="Ll2CacheOptions.RefreshBackoff"/>.
    /// </summary>
    public async Task<T> ReadAsync<TDto, T>(Ll2ListQuery<TDto> block, Func<CancellationToken, Task<T>> read,
        TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!Shared)
        {
            return await read(cancellationToken);
        }

        var key = $"lease:{block.ToPath()}";
        var owner = Guid.NewGuid().ToString("N");
        var waited = Stopwatch.StartNew();
        while (!await _lock.TryAcquireAsync(key, owner, Reading))
        {
            if (waited.Elapsed >= wait)
            {
                throw new Ll2LeaseTimeoutException(block.ToPath(), wait);
            }

            await Task.Delay(Poll, cancellationToken);
        }

        try
        {
            var value = await read(cancellationToken);
            await _lock.HoldAsync(key, owner, Landed);
            return value;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            await _lock.HoldAsync(key, owner, TimeSpan.Zero);
            throw;
        }
        catch (Exception)
        {
            await _lock.HoldAsync(key, owner, _options.Value.RefreshBackoff);
            throw;
        }
    }
}

/// <summary>Another replica held a block's lease for longer than the caller would wait.</summary>
public sealed class Ll2LeaseTimeoutException(string path, TimeSpan wait)
    : Exception($"Another replica held the read of {path} for more than {wait}.");
