using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.LaunchLibrary.Pipeline;
using DockingGraph.LaunchLibrary.Queries;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// Whether the cross-request cache would answer a list page without a call, asked without one: the entry this
/// process holds (L1, else Redis) that <see cref="Ll2CacheStage"/> would serve, fresh or stale within
/// <c>Cache:MaxStale</c>. Lets the cost estimate count a cached block as free before anything is fetched.
/// </summary>
public sealed class Ll2CachePeek(HybridCache cache, IOptions<Ll2CacheOptions> options, TimeProvider clock)
{
    /// <summary>The cached page's count and fetch time, or null when reading it would be a call.</summary>
    public async Task<Ll2ListCount?> HeldAsync<TDto>(Ll2ListQuery<TDto> query,
        CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return null;
        }

        var read = Ll2Read.ForList(query);
        var kept = settings.TtlFor(read.Class) + settings.MaxStale;
        var peek = new HybridCacheEntryOptions
        {
            Expiration = kept,
            LocalCacheExpiration = kept,
            Flags = HybridCacheEntryFlags.DisableUnderlyingData,
        };
        var entry = await cache.GetOrCreateAsync<Ll2CacheEntry<PageDto<TDto>>?>(Ll2CacheKey.For(read),
            static _ => ValueTask.FromResult<Ll2CacheEntry<PageDto<TDto>>?>(null), peek,
            cancellationToken: cancellationToken);
        return entry is not null && clock.GetUtcNow() - entry.FetchedAt <= kept
            ? new Ll2ListCount(entry.Value.Count, entry.FetchedAt)
            : null;
    }
}
