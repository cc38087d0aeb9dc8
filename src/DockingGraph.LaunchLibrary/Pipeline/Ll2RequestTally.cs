using System.Collections.Concurrent;

namespace DockingGraph.LaunchLibrary.Pipeline;

/// <summary>
/// What one request spent on LL2, carried on each of its reads: the calls made (stopped at <see cref="MaxCalls"/>
/// whatever the estimate said), the reads answered from the memo, and later stages' cache hits and stale data.
/// Scoped to the request; thread-safe, because loaders of one request run in parallel.
/// </summary>
public sealed class Ll2RequestTally
{
    private int _calls;
    private int _memoHits;
    private int _cacheHits;
    private long _oldestTicks = -1;
    private readonly ConcurrentQueue<Ll2EntryUse> _entries = new();

    /// <summary>LL2 calls this request may make; null: no cap (readiness, tools).</summary>
    public int? MaxCalls { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public int MemoHits => Volatile.Read(ref _memoHits);

    public int CacheHits => Volatile.Read(ref _cacheHits);

    /// <summary>True when an answer used data past its lifetime.</summary>
    public bool Stale { get; private set; }

    /// <summary>Age of the oldest cached data the answer used.</summary>
    public TimeSpan? OldestAge => Interlocked.Read(ref _oldestTicks) is >= 0 and var ticks ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>The cross-request cache entries the answer was made of (fresh hits and misses it stored).</summary>
    public IReadOnlyCollection<Ll2EntryUse> Entries => _entries;

    public void Used(Ll2EntryUse entry) => _entries.Enqueue(entry);

    /// <summary>Takes one call from the request's cap; false (and nothing taken) when the cap is reached.</summary>
    public bool TryStartCall()
    {
        while (true)
        {
            var calls = Volatile.Read(ref _calls);
            if (MaxCalls is { } max && calls >= max)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _calls, calls + 1, calls) == calls)
            {
                return true;
            }
        }
    }

    public void MemoHit() => Interlocked.Increment(ref _memoHits);

    /// <summary>A read answered from a cross-request cache, with the age of its data.</summary>
    public void CacheHit(TimeSpan age, bool stale)
    {
        Interlocked.Increment(ref _cacheHits);
        Stale |= stale;
        long current;
        do
        {
            current = Interlocked.Read(ref _oldestTicks);
            if (current >= age.Ticks)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _oldestTicks, age.Ticks, current) != current);
    }
}
