using System.Collections.Concurrent;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>A list's <c>count</c> as LL2 gave it, and when (a cached answer keeps its fetch time).</summary>
public sealed record Ll2ListCount(int Count, DateTimeOffset FetchedAt);

/// <summary>
/// The <c>count</c> of every LL2 list answer this process read (from LL2 or from the cache), keyed by the list and
/// its filters: limit, offset, ordering and mode change which rows a page holds, never how many the list has, so
/// every block of one local evaluation and a pushed-down page with the same filters share a key. Lets the gateway
/// know how many blocks a list needs before it spends a call. Bounded: past <see cref="MaxKeys"/> the eighth seen
/// longest ago is forgotten. Process memory only: a replica that never read a list does not know its count.
/// </summary>
public sealed class Ll2ListCounts(IOptions<Ll2CacheOptions> options, TimeProvider clock)
{
    public const int MaxKeys = 4096;

    private readonly ConcurrentDictionary<string, Ll2ListCount> _counts = new(StringComparer.Ordinal);
    private int _keys;

    internal static string KeyOf<TDto>(Ll2ListQuery<TDto> query) =>
        $"{query.List.Path}?{QueryString.Join(query.Filters)}";

    /// <summary>The newest count known for the query's list and filters, whatever its age.</summary>
    public Ll2ListCount? Known<TDto>(Ll2ListQuery<TDto> query) => _counts.GetValueOrDefault(KeyOf(query));

    /// <summary>
    /// The count, when LL2 gave it no longer ago than the list's cache lifetime (<c>Cache:ListTtl</c> for lists):
    /// old enough to act on, as a fresh cache entry would be.
    /// </summary>
    public Ll2ListCount? Fresh<TDto>(Ll2ListQuery<TDto> query) =>
        Known(query) is { } known && clock.GetUtcNow() - known.FetchedAt <= options.Value.TtlFor(query.List.Class)
            ? known
            : null;

    internal void Seen(Ll2Read read, object? answer, DateTimeOffset fetchedAt)
    {
        if (read.CountKey is not { } key || answer is not ICountedPage page)
        {
            return;
        }

        var seen = new Ll2ListCount(page.Count, fetchedAt);
        if (!_counts.TryAdd(key, seen))
        {
            // An older answer (a stale cache entry read after a fresh one) never replaces a newer count.
            _counts.AddOrUpdate(key, seen, (_, known) => known.FetchedAt > fetchedAt ? known : seen);
            return;
        }

        if (Interlocked.Increment(ref _keys) > MaxKeys)
        {
            foreach (var (old, _) in _counts.OrderBy(c => c.Value.FetchedAt).Take(MaxKeys / 8).ToList())
            {
                if (_counts.TryRemove(old, out _))
                {
                    Interlocked.Decrement(ref _keys);
                }
            }
        }
    }
}
