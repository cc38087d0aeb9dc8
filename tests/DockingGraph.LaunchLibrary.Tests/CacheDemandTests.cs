using DockingGraph.LaunchLibrary.Caching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DockingGraph.LaunchLibrary.Tests;

/// <summary>The demand table the refresh scheduler reads: its order, its idle rule and its bound.</summary>
public sealed class CacheDemandTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void DueKeysComeMostDemandedFirstAndAFullTableForgetsTheLeastDemanded()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var demand = new Ll2CacheDemand(clock, Options.Create(new Ll2CacheOptions { DemandKeys = 16 }));
        var fetchedAt = clock.GetUtcNow();
        for (var key = 0; key < 16; key++)
        {
            demand.Requested($"k{key}", Hour, fetchedAt, loaded: true, Refresh);
            for (var hit = 0; hit < key; hit++)
            {
                demand.Requested($"k{key}", Hour, fetchedAt, loaded: false, Refresh);
            }
        }

        clock.Advance(TimeSpan.FromMinutes(61));
        demand.Requested("k16", Hour, clock.GetUtcNow(), loaded: true, Refresh);

        // k0 was only ever its own miss (idle: nobody read what it fetched); k0 and k1 made room for k16.
        Assert.Equal(15, demand.Tracked);
        Assert.Equal(Enumerable.Range(2, 14).Reverse().Select(k => $"k{k}"), demand.Due().Select(d => d.Key));
    }

    private static Ll2KeyRefresh Refresh() => _ => Task.FromResult(DateTimeOffset.UnixEpoch);
}
