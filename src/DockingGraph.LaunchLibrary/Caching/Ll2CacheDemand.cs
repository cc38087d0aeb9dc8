using Microsoft.Extensions.Options;

namespace DockingGraph.LaunchLibrary.Caching;

/// <summary>
/// How much each cache key is asked for in this process: an exponentially decayed request count
/// (<see cref="Ll2CacheOptions.DemandHalfLife"/>), the last request, and the entry those requests were served.
/// The refresh scheduler reads it to refresh the keys in demand, most demanded first. At most
/// <see cref="Ll2CacheOptions.DemandKeys"/> keys are tracked (the least demanded are forgotten), and only keys with
/// an entry: a read that failed leaves nothing to refresh, so client input cannot grow the table past what LL2
/// answered.
/// </summary>
internal sealed class Ll2CacheDemand(TimeProvider clock, IOptions<Ll2CacheOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, KeyDemand> _keys = new(StringComparer.Ordinal);

    public int Tracked
    {
        get { lock (_gate) { return _keys.Count; } }
    }

    /// <summary>
    /// A request was answered with the entry of <paramref name="key"/> fetched at <paramref name="fetchedAt"/>;
    /// <paramref name="loaded"/>: this request's own miss read it from LL2 (nobody else has used it yet).
    /// </summary>
    public void Requested(string key, TimeSpan lifetime, DateTimeOffset fetchedAt, bool loaded,
        Func<Ll2KeyRefresh> refresh)
    {
        var now = clock.GetUtcNow();
        var halfLife = options.Value.DemandHalfLife;
        lock (_gate)
        {
            if (!_keys.TryGetValue(key, out var demand))
            {
                if (_keys.Count >= options.Value.DemandKeys)
                {
                    ForgetLeastDemanded(now, halfLife);
                }

                demand = new KeyDemand(refresh(), lifetime) { FetchedAt = fetchedAt };
                _keys[key] = demand;
            }

            demand.Score = demand.ScoreAt(now, halfLife) + 1;
            demand.ScoredAt = demand.LastRequested = now;
            demand.Lifetime = lifetime;
            if (fetchedAt > demand.FetchedAt)
            {
                (demand.FetchedAt, demand.UsedSinceFetch) = (fetchedAt, !loaded);
            }
            else
            {
                demand.UsedSinceFetch |= !loaded;
            }
        }
    }

    /// <summary>The entry of a tracked key was replaced (a refresh, the mirror's re-read, another replica's).</summary>
    public void Refreshed(string key, DateTimeOffset fetchedAt)
    {
        lock (_gate)
        {
            if (_keys.TryGetValue(key, out var demand) && fetchedAt > demand.FetchedAt)
            {
                (demand.FetchedAt, demand.UsedSinceFetch) = (fetchedAt, false);
            }
        }
    }

    /// <summary>
    /// The keys worth a refresh now, most demanded first: their entry is stale or past
    /// <see cref="Ll2CacheOptions.RefreshAhead"/> of its lifetime (and still kept), a request used it after it was
    /// stored (else the key is idle: nobody read what the last call fetched), and a request came within
    /// <see cref="Ll2CacheOptions.MaxStale"/>.
    /// </summary>
    public IReadOnlyList<Ll2DueRefresh> Due()
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var due = new List<(Ll2DueRefresh Refresh, double Score)>();
        lock (_gate)
        {
            foreach (var (key, demand) in _keys)
            {
                var age = now - demand.FetchedAt;
                if (demand.UsedSinceFetch
                    && now - demand.LastRequested <= settings.MaxStale
                    && age >= demand.Lifetime * settings.RefreshAhead
                    && age <= demand.Lifetime + settings.MaxStale)
                {
                    due.Add((new Ll2DueRefresh(key, demand.Refresh), demand.ScoreAt(now, settings.DemandHalfLife)));
                }
            }
        }

        return due.OrderByDescending(d => d.Score).ThenBy(d => d.Refresh.Key, StringComparer.Ordinal)
            .Select(d => d.Refresh).ToList();
    }

    // An eighth at a time, so a full table is not sorted again for every new key.
    private void ForgetLeastDemanded(DateTimeOffset now, TimeSpan halfLife)
    {
        var forget = Math.Max(1, _keys.Count / 8);
        foreach (var key in _keys.OrderBy(k => k.Value.ScoreAt(now, halfLife)).Take(forget).Select(k => k.Key)
                     .ToList())
        {
            _keys.Remove(key);
        }
    }

    private sealed class KeyDemand(Ll2KeyRefresh refresh, TimeSpan lifetime)
    {
        public Ll2KeyRefresh Refresh { get; } = refresh;

        public TimeSpan Lifetime { get; set; } = lifetime;

        public double Score { get; set; }

        public DateTimeOffset ScoredAt { get; set; }

        public DateTimeOffset LastRequested { get; set; }

        public DateTimeOffset FetchedAt { get; set; }

        public bool UsedSinceFetch { get; set; }

        public double ScoreAt(DateTimeOffset now, TimeSpan halfLife) =>
            Score * Math.Pow(0.5, Math.Max(0, (now - ScoredAt).TotalSeconds) / halfLife.TotalSeconds);
    }
}

/// <summary>Refreshes one key's entry; returns when the entry now in the cache was fetched.</summary>
internal delegate Task<DateTimeOffset> Ll2KeyRefresh(CancellationToken cancellationToken);

internal sealed record Ll2DueRefresh(string Key, Ll2KeyRefresh Refresh);
