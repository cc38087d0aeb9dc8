using System.Collections.Concurrent;
using System.Reflection;
using DockingGraph.LaunchLibrary.Pipeline;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// The cross-request cache, below the per-request memo: HybridCache (memory L1, Redis L2 when configured) keyed by
/// <see cref="Ll2CacheKey"/>. A fresh entry is served; a stale one (past its lifetime, within MaxStale) is served at
/// once, so a failing or throttled LL2 only delays its refresh. Every request's read adds to the key's demand
/// (<see cref="Ll2CacheDemand"/>); the refresh scheduler refreshes the keys in demand, most demanded first. Only
/// successful reads are stored: a <see cref="LaunchLibraryException"/> passes through and leaves nothing behind.
/// </summary>
internal sealed class Ll2CacheStage(HybridCache cache, IOptions<Ll2CacheOptions> options, TimeProvider clock,
    Ll2CacheDemand demand, Ll2BelowCache below, Ll2CacheMode mode, Ll2EntryVersions versions,
    Ll2ListCounts counts) : ILl2Stage
{
    private delegate Task<object> TypedRead(Ll2CacheStage stage, Ll2Read read, Ll2ReadNext next, CancellationToken ct);

    private static readonly MethodInfo TypedMethod =
        typeof(Ll2CacheStage).GetMethod(nameof(ReadTypedAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly ConcurrentDictionary<Type, TypedRead> TypedReads = new();

    public Task<object> ReadAsync(Ll2Read read, Ll2ReadNext next, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || read.Origin == Ll2ReadOrigin.Background)
        {
            return PassAsync(read, next, cancellationToken);
        }

        var typed = TypedReads.GetOrAdd(read.ResultType,
            type => TypedMethod.MakeGenericMethod(type).CreateDelegate<TypedRead>());
        return typed(this, read, next, cancellationToken);
    }

    private async Task<object> PassAsync(Ll2Read read, Ll2ReadNext next, CancellationToken cancellationToken)
    {
        var answer = await next(read, cancellationToken);
        counts.Seen(read, answer, clock.GetUtcNow());
        return answer;
    }

    private async Task<object> ReadTypedAsync<T>(Ll2Read read, Ll2ReadNext next, CancellationToken cancellationToken)
    {
        using var activity = Ll2CacheTelemetry.Start(read);
        var key = Ll2CacheKey.For(read);
        var lifetime = options.Value.TtlFor(read.Class);
        // Read before the entry: a write that lands in between makes the recorded version old, never too new.
        var version = versions.Current(key);
        if (read.Origin == Ll2ReadOrigin.Refresh)
        {
            return (await ReReadAsync<T>(read, key, lifetime, next, cancellationToken))!;
        }

        var miss = new Miss<T>(read, next, clock);
        var entry = await cache.GetOrCreateAsync(key, miss, static (m, ct) => m.FetchAsync(ct),
            EntryOptions(read.Class), cancellationToken: cancellationToken);
        counts.Seen(read, entry.Value, entry.FetchedAt);
        if (!read.SelfRefreshed && (miss.Fetched || AgeOf(entry) <= lifetime + options.Value.MaxStale))
        {
            Requested<T>(read, key, lifetime, entry.FetchedAt, miss.Fetched);
        }

        if (miss.Fetched)
        {
            read.Tally?.Used(new Ll2EntryUse(key, versions.Written(key), entry.FetchedAt + lifetime));
            Ll2CacheTelemetry.Result(activity, read, "miss");
            return entry.Value!;
        }

        var age = AgeOf(entry);
        if (age <= lifetime)
        {
            read.Tally?.CacheHit(age, stale: false);
            read.Tally?.Used(new Ll2EntryUse(key, version, entry.FetchedAt + lifetime));
            Ll2CacheTelemetry.Result(activity, read, "hit");
            return entry.Value!;
        }

        if (age <= lifetime + options.Value.MaxStale)
        {
            read.Tally?.CacheHit(age, stale: true);
            Ll2CacheTelemetry.Result(activity, read, "stale");
            return entry.Value!;
        }

        // Older than anything that may be served (an L1 entry outlived its L2 lifetime): read it now.
        Ll2CacheTelemetry.Result(activity, read, "miss");
        var fresh = await miss.FetchAsync(cancellationToken);
        counts.Seen(read, fresh.Value, fresh.FetchedAt);
        await cache.SetAsync(key, fresh, EntryOptions(read.Class), cancellationToken: cancellationToken);
        if (!read.SelfRefreshed)
        {
            Requested<T>(read, key, lifetime, fresh.FetchedAt, loaded: true);
        }

        read.Tally?.Used(new Ll2EntryUse(key, versions.Written(key), fresh.FetchedAt + lifetime));
        return fresh.Value!;
    }

    // A due refresh wants fresh data: a fresh entry (this process's, or another replica's through L2) answers it,
    // else it reads LL2 and stores what it read, so the replicas share one refresh as they share a stale one.
    private async Task<T?> ReReadAsync<T>(Ll2Read read, string key, TimeSpan lifetime, Ll2ReadNext next,
        CancellationToken cancellationToken)
    {
        var held = await PeekAsync<T>(key, read.Class, sharedOnly: false, cancellationToken);
        if (held is not null && AgeOf(held) > lifetime && mode.Distributed)
        {
            // This process's own copy is old; another replica's refresh may be in Redis.
            held = await PeekAsync<T>(key, read.Class, sharedOnly: true, cancellationToken) ?? held;
        }

        if (held is not null && AgeOf(held) <= lifetime)
        {
            read.Tally?.CacheHit(AgeOf(held), stale: false);
            counts.Seen(read, held.Value, held.FetchedAt);
            return held.Value;
        }

        var fresh = await new Miss<T>(read, next, clock).FetchAsync(cancellationToken);
        counts.Seen(read, fresh.Value, fresh.FetchedAt);
        await cache.SetAsync(key, fresh, EntryOptions(read.Class), cancellationToken: cancellationToken);
        versions.Written(key);
        demand.Refreshed(key, fresh.FetchedAt);
        return fresh.Value;
    }

    // The refresh the scheduler runs for this key: the read as a request made it, without the request's tally.
    private void Requested<T>(Ll2Read read, string key, TimeSpan lifetime, DateTimeOffset fetchedAt, bool loaded) =>
        demand.Requested(key, lifetime, fetchedAt, loaded, () =>
        {
            var bare = read with { Tally = null };
            return ct => RefreshAsync<T>(bare, key, ct);
        });

    private async Task<DateTimeOffset> RefreshAsync<T>(Ll2Read read, string key, CancellationToken cancellationToken)
    {
        // Another refresh (here, or on another replica through L2) may have landed since the key was found due.
        if (NotDue(await PeekAsync<T>(key, read.Class, sharedOnly: false, cancellationToken), read.Class) is { } here)
        {
            return here;
        }

        if (mode.Distributed
            && NotDue(await PeekAsync<T>(key, read.Class, sharedOnly: true, cancellationToken), read.Class)
                is { } shared)
        {
            return shared;
        }

        var background = read with { Origin = Ll2ReadOrigin.Background, Tally = null };
        var value = (T)await below.SendAsync(this, background, cancellationToken);
        var fetchedAt = clock.GetUtcNow();
        counts.Seen(read, value, fetchedAt);
        await cache.SetAsync(key, new Ll2CacheEntry<T>(fetchedAt, value), EntryOptions(read.Class),
            cancellationToken: cancellationToken);
        versions.Written(key);
        return fetchedAt;
    }

    // When the entry was fetched, if it is younger than the point a refresh is due at; else null.
    private DateTimeOffset? NotDue<T>(Ll2CacheEntry<T>? entry, Ll2ResourceClass resourceClass) =>
        entry is not null && AgeOf(entry) < options.Value.TtlFor(resourceClass) * options.Value.RefreshAhead
            ? entry.FetchedAt
            : null;

    // The entry this process holds (L1, else Redis), or with sharedOnly the one in Redis; never reads LL2.
    private async Task<Ll2CacheEntry<T>?> PeekAsync<T>(string key, Ll2ResourceClass resourceClass, bool sharedOnly,
        CancellationToken cancellationToken)
    {
        var kept = EntryOptions(resourceClass);
        var peek = new HybridCacheEntryOptions
        {
            Expiration = kept.Expiration,
            LocalCacheExpiration = kept.LocalCacheExpiration,
            Flags = HybridCacheEntryFlags.DisableUnderlyingData
                | (sharedOnly ? HybridCacheEntryFlags.DisableLocalCacheRead : HybridCacheEntryFlags.None),
        };
        return await cache.GetOrCreateAsync<Ll2CacheEntry<T>?>(key,
            static _ => ValueTask.FromResult<Ll2CacheEntry<T>?>(null), peek, cancellationToken: cancellationToken);
    }

    // Kept for the lifetime plus MaxStale: the stale window is part of what an entry is for.
    private HybridCacheEntryOptions EntryOptions(Ll2ResourceClass resourceClass)
    {
        var kept = options.Value.TtlFor(resourceClass) + options.Value.MaxStale;
        return new HybridCacheEntryOptions { Expiration = kept, LocalCacheExpiration = kept };
    }

    private TimeSpan AgeOf<T>(Ll2CacheEntry<T> entry) =>
        clock.GetUtcNow() - entry.FetchedAt is var age && age > TimeSpan.Zero ? age : TimeSpan.Zero;

    /// <summary>The read sent below on a miss; says whether this caller sent it (or joined another's).</summary>
    private sealed class Miss<T>(Ll2Read read, Ll2ReadNext next, TimeProvider clock)
    {
        public bool Fetched { get; private set; }

        public async ValueTask<Ll2CacheEntry<T>> FetchAsync(CancellationToken cancellationToken)
        {
            Fetched = true;
            var value = (T)await next(read, cancellationToken);
            return new Ll2CacheEntry<T>(clock.GetUtcNow(), value);
        }
    }
}
