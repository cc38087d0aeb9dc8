using System.Collections.Concurrent;
using DockingGraph.LaunchLibrary.Caching;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Options;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// Which <c>mode=detailed</c> blocks this process read lately. A detailed event differs from a normal one only by
/// its upgraded chaser fields, so a detailed block also answers a normal selection: a normal block is first looked
/// for as its detailed twin, which the cross-request cache (or the request's memo) still holds while it is listed
/// here. The cache cannot be peeked without reading it, hence this list of what was read.
/// </summary>
public sealed class DetailedBlockIndex(TimeProvider clock, IOptions<Ll2CacheOptions> cache)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _readAt = new(StringComparer.Ordinal);

    public void Read(Ll2ListQuery<DockingEventDto> detailedBlock) =>
        _readAt[detailedBlock.ToQueryString()] = clock.GetUtcNow();

    /// <summary>The block to read for <paramref name="block"/>: its detailed twin when one was read lately.</summary>
    public Ll2ListQuery<DockingEventDto> Prefer(Ll2ListQuery<DockingEventDto> block)
    {
        if (block.Mode == Ll2Mode.Detailed)
        {
            return block;
        }

        var detailed = block with { Mode = Ll2Mode.Detailed };
        var key = detailed.ToQueryString();
        if (!_readAt.TryGetValue(key, out var at))
        {
            return block;
        }

        if (clock.GetUtcNow() - at <= cache.Value.ListTtl)
        {
            return detailed;
        }

        _readAt.TryRemove(key, out _);
        return block;
    }
}
