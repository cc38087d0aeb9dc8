using System.Collections.Concurrent;
using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// The hook for what is kept above the LL2 client (whole answers): a version per cache key, taken from one
/// process-wide sequence each time the cache stage stores an entry (a miss, a background refresh, a re-read of data
/// too old to serve). Whoever recorded the version an answer read can tell, on a later hit, whether that entry has
/// been replaced since. A key never written here has version 0 (an L2 entry another replica wrote).
/// </summary>
public sealed class Ll2EntryVersions(TimeProvider clock, IOptions<Ll2CacheOptions> options)
{
    private const int SweepEvery = 4096;

    private readonly ConcurrentDictionary<string, (long Version, DateTimeOffset WrittenAt)> _versions =
        new(StringComparer.Ordinal);

    private long _sequence;

    public long Current(string key) => _versions.TryGetValue(key, out var entry) ? entry.Version : 0;

    /// <summary>An entry was stored under <paramref name="key"/>: answers that read an earlier one are old.</summary>
    public long Written(string key)
    {
        var version = Interlocked.Increment(ref _sequence);
        _versions[key] = (version, clock.GetUtcNow());
        if (version % SweepEvery == 0)
        {
            Sweep();
        }

        return version;
    }

    public bool AreCurrent(IEnumerable<Ll2EntryUse> uses) => uses.All(use => Current(use.Key) == use.Version);

    // An answer lives no longer than the data it read, so a version older than the longest lifetime guards nothing.
    // A forgotten key reads as 0 again, which no answer that read a written entry recorded: it is dropped, not kept.
    private void Sweep()
    {
        var lifetimes = options.Value;
        var longest = new[] { lifetimes.ReferenceTtl, lifetimes.DetailTtl, lifetimes.ListTtl }.Max();
        var before = clock.GetUtcNow() - longest;
        foreach (var (key, entry) in _versions)
        {
            if (entry.WrittenAt < before)
            {
                _versions.TryRemove(new KeyValuePair<string, (long, DateTimeOffset)>(key, entry));
            }
        }
    }
}
